// @ts-check
/**
 * `lots-match` against scipy, whole process against whole process (goal 3 of issue 15): the same
 * instance file is solved by `lots-match FILE` and by a python3 process that reads the same JSON
 * and calls scipy (`linear_sum_assignment` on the dense matrix, `min_weight_full_bipartite_matching`
 * on the sparse one), each timed with /usr/bin/time (CPU = user + system of the whole process, JSON
 * parsing included). Both must report the same optimal total. Budget: lots-match ≤ 0.8× scipy's
 * CPU time on the dense instances, and ahead (< 1×) on the sparse one.
 *
 * Where python3 with scipy or /usr/bin/time is absent, the comparison is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOTS_MATCH = fileURLToPath(new URL('../packages/matching/bin/lots-match.js', import.meta.url));

/** The scipy side: reads the instance JSON, solves it, prints the matched count and the total. */
const SCIPY = String.raw`
import json, sys
import numpy as np
d = json.load(open(sys.argv[1]))
if 'scores' in d:
    from scipy.optimize import linear_sum_assignment
    m = np.array(d['scores'], dtype=float)
    r, c = linear_sum_assignment(m, maximize=True)
    print(len(r), repr(float(m[r, c].sum())))
else:
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching
    a = {x['id']: i for i, x in enumerate(d['adepts'])}
    mm = {x['id']: j for j, x in enumerate(d['mentors'])}
    e = d['edges']
    rows = np.fromiter((a[x[0]] for x in e), dtype=np.int64, count=len(e))
    cols = np.fromiter((mm[x[1]] for x in e), dtype=np.int64, count=len(e))
    w = np.fromiter((x[2] for x in e), dtype=float, count=len(e))
    # maximize=True does not finish on these instances (scipy 1.17): a full matching has n edges, so the
    # heaviest one is the lightest under the cost (max + 1 - score), all costs positive.
    g = csr_matrix((w.max() + 1 - w, (rows, cols)), shape=(len(a), len(mm)))
    r, c = min_weight_full_bipartite_matching(g)
    print(len(r), repr(float(len(r) * (w.max() + 1) - np.asarray(g[r, c]).sum())))
`;

/** Mulberry32. @param {number} seed */
function rng(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform scores in (0, 1], four decimals (never 0: scipy's sparse matrices drop zeros). @param {() => number} r */
const score = (r) => Math.max(1, Math.round(r() * 1e4)) / 1e4;

/** @param {number} n */
function dense(n) {
  const r = rng(20261203 + n);
  const rows = [];
  for (let i = 0; i < n; i++) rows.push(`[${Array.from({ length: n }, () => score(r)).join(',')}]`);
  return `{"mentors":[${Array.from({ length: n }, (_, j) => `{"id":"m${j}","capacity":1}`).join(',')}],"adepts":[${Array.from(
    { length: n },
    (_, i) => `{"id":"a${i}"}`,
  ).join(',')}],"scores":[${rows.join(',')}]}`;
}

/** n × n, about `per` allowed mentors per adept, with a perfect matching (adept i may have mentor i). @param {number} n @param {number} per */
function sparse(n, per) {
  const r = rng(20261204);
  const edges = [];
  for (let i = 0; i < n; i++) {
    const chosen = new Set([i]);
    while (chosen.size < per) chosen.add(Math.floor(r() * n));
    for (const j of chosen) edges.push(`["a${i}","m${j}",${score(r)}]`);
  }
  return `{"mentors":[${Array.from({ length: n }, (_, j) => `{"id":"m${j}","capacity":1}`).join(',')}],"adepts":[${Array.from(
    { length: n },
    (_, i) => `{"id":"a${i}"}`,
  ).join(',')}],"edges":[${edges.join(',')}]}`;
}

/**
 * @typedef {object} Timed
 * @property {number} cpuS user + system seconds of the whole process
 * @property {number} wallS
 * @property {number} peakMb
 * @property {string} stdout
 */

/** @param {string} command @param {string[]} args @param {Record<string, string>} [env] @returns {Timed} */
function timed(command, args, env = {}) {
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %e %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
  });
  const lines = run.stderr.trim().split('\n');
  const [user, system, wall, peakKb] = (lines.at(-1) ?? '').split(' ').map(Number);
  if (run.status !== 0 || user === undefined || Number.isNaN(user)) {
    throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-500)}`);
  }
  return { cpuS: user + (system ?? 0), wallS: wall ?? 0, peakMb: Math.round((peakKb ?? 0) / 1024), stdout: run.stdout };
}

/** Why the comparison cannot run here, or null. */
export function scipyMissing() {
  if (!existsSync('/usr/bin/time')) return '/usr/bin/time is not installed';
  const probe = spawnSync('python3', ['-c', 'import scipy.optimize, scipy.sparse.csgraph, numpy'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'python3 with scipy is not installed (Debian: apt install python3-scipy)';
  return null;
}

/**
 * @typedef {object} ScipyRow
 * @property {string} name
 * @property {number} lotsCpuS
 * @property {number} lotsWallS
 * @property {number} lotsPeakMb
 * @property {number} scipyCpuS
 * @property {number} scipyWallS
 * @property {number} scipyPeakMb
 * @property {number} ratio lots-match CPU / scipy CPU
 * @property {number} budget
 * @property {boolean} same same matched count and total (to 1e-6)
 */

/**
 * Runs the comparison on dense 2,000², dense 4,000² and a sparse 10,000² with ~30 mentors per adept.
 * @param {{ only?: string }} [options]
 * @returns {ScipyRow[]}
 */
export function compareWithScipy(options = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), 'lots-scipy-'));
  const cases = [
    { name: 'dense 2000²', budget: 0.8, make: () => dense(2000) },
    { name: 'dense 4000²', budget: 0.8, make: () => dense(4000) },
    { name: 'sparse 10000², ~30 per adept', budget: 1, make: () => sparse(10000, 30) },
  ].filter((c) => !options.only || c.name.startsWith(options.only));
  /** @type {ScipyRow[]} */
  const rows = [];
  try {
    for (const c of cases) {
      const file = join(dir, 'instance.json');
      writeFileSync(file, c.make());
      const lots = timed(process.execPath, [LOTS_MATCH, file]);
      // One thread for numpy's BLAS: linear_sum_assignment is single-threaded, idle BLAS threads only add CPU.
      const scipy = timed('python3', ['-c', SCIPY, file], { OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' });
      const result = JSON.parse(lots.stdout);
      const [scipyMatched, scipyTotal] = scipy.stdout.trim().split(' ').map(Number);
      rows.push({
        name: c.name,
        lotsCpuS: lots.cpuS,
        lotsWallS: lots.wallS,
        lotsPeakMb: lots.peakMb,
        scipyCpuS: scipy.cpuS,
        scipyWallS: scipy.wallS,
        scipyPeakMb: scipy.peakMb,
        ratio: lots.cpuS / scipy.cpuS,
        budget: c.budget,
        same: result.matchedCount === scipyMatched && Math.abs(result.totalScore - (scipyTotal ?? NaN)) < 1e-6,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
