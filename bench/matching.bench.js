#!/usr/bin/env node
// @ts-check
/**
 * Benchmark of the matching engine: `node bench/matching.bench.js` (or `npm run bench:matching`).
 *
 * Generates two instances deterministically (seeded PRNG), solves each with the exact solver and
 * with the greedy baseline, checks the exact result with `verifyResult`, and prints a table.
 * Each instance runs in its own child process so that its peak memory (maxRSS) is its own.
 * Exit code 1 when a time budget is missed or a result is not feasible.
 *
 * The budget is checked against the CPU time of the solve() call (user + system, all threads of
 * the process), which on an idle machine is about the wall-clock time of this single-threaded code
 * and, unlike wall-clock time, does not grow when other processes share the cores (developer
 * machines and CI often run other work at the same time). Both are printed.
 *
 * Then `lots-match` against scipy, whole process against whole process (bench/matching-scipy.js):
 * dense 2,000² and 4,000² (budget 0.8× scipy's CPU time) and a sparse instance (ahead of scipy),
 * the same optimum checked; skipped with a message where python3-scipy is absent.
 *
 * Options: --only NAME (dense|sparse|scipy), --json (print the rows as JSON instead of a table).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { greedy, solve, validate, verifyResult } from '../packages/matching/src/index.js';
import { compareWithScipy, scipyMissing } from './matching-scipy.js';

/** @typedef {import('../packages/matching/src/types.js').Instance} Instance */

/**
 * @typedef {object} Spec
 * @property {string} name
 * @property {string} what
 * @property {number} budgetMs
 * @property {() => Instance} make
 */

/**
 * @typedef {object} Row
 * @property {string} name
 * @property {string} what
 * @property {number} adepts
 * @property {number} mentors
 * @property {number} edges
 * @property {number} matched
 * @property {number} greedyMatched
 * @property {number} total
 * @property {number} greedyTotal
 * @property {number} ms wall-clock
 * @property {number} cpuMs CPU time of the process (all threads) during the call
 * @property {number} validateMs
 * @property {number} greedyMs
 * @property {number} peakRssMb
 * @property {number} heapUsedMb
 * @property {number} budgetMs
 * @property {string[]} problems
 */

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

/**
 * Scores with realistic contention: every mentor has a popularity that all adepts feel, plus an
 * adept-specific fit. Rounded to 4 decimals (as a scoring model would export them).
 * @param {() => number} r
 * @param {number[]} popularity
 * @param {number} j
 */
function score(r, popularity, j) {
  return Math.round((0.5 * /** @type {number} */ (popularity[j]) + 0.5 * r()) * 1e4) / 1e4;
}

/** @type {Spec[]} */
const SPECS = [
  {
    name: 'dense',
    what: 'scores matrix, capacity 2, all pairs allowed',
    budgetMs: 1000,
    make() {
      const r = rng(20240601);
      const n = 2000;
      const m = 1000;
      const popularity = Array.from({ length: m }, () => r());
      return {
        mentors: Array.from({ length: m }, (_, j) => ({ id: `m${j}`, capacity: 2 })),
        adepts: Array.from({ length: n }, (_, i) => ({ id: `a${i}` })),
        scores: Array.from({ length: n }, () => Array.from({ length: m }, (_, j) => score(r, popularity, j))),
      };
    },
  },
  {
    name: 'sparse',
    what: 'edges, ~300 allowed mentors per adept, capacity 1-3',
    budgetMs: 10000,
    make() {
      const r = rng(20240602);
      const n = 10000;
      const m = 5000;
      const perAdept = 300;
      const popularity = Array.from({ length: m }, () => r());
      const mentors = Array.from({ length: m }, (_, j) => ({ id: `m${j}`, capacity: 1 + Math.floor(r() * 3) }));
      const adepts = Array.from({ length: n }, (_, i) => ({ id: `a${i}` }));
      /** @type {[string, string, number][]} */
      const edges = [];
      const perm = Int32Array.from({ length: m }, (_, j) => j);
      for (let i = 0; i < n; i++) {
        const k = perAdept - 20 + Math.floor(r() * 41); // 280..320 distinct mentors
        for (let t = 0; t < k; t++) {
          const pick = t + Math.floor(r() * (m - t));
          const j = /** @type {number} */ (perm[pick]);
          perm[pick] = /** @type {number} */ (perm[t]);
          perm[t] = j;
          edges.push([`a${i}`, `m${j}`, score(r, popularity, j)]);
        }
      }
      return { mentors, adepts, edges };
    },
  },
];

/** @param {Row} r */
const pass = (r) => r.cpuMs <= r.budgetMs && r.problems.length === 0;

/** @param {number} bytes */
const mb = (bytes) => Math.round(bytes / 1048576);

/** Runs one instance in this process and returns its row. @param {Spec} spec @returns {Row} */
function runOne(spec) {
  const instance = spec.make();
  let t = performance.now();
  const checked = validate(instance);
  const validateMs = performance.now() - t;
  if (!checked.ok) throw new Error(`generated instance is invalid: ${checked.errors[0]}`);
  t = performance.now();
  const cpu = process.cpuUsage();
  const optimal = solve(instance); // validates again: the time is the whole call
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const heapUsed = process.memoryUsage().heapUsed;
  t = performance.now();
  const base = greedy(checked.problem);
  const greedyMs = performance.now() - t;
  const problems = [...verifyResult(checked.problem, optimal), ...verifyResult(checked.problem, base).map((x) => `greedy: ${x}`)];
  if (
    optimal.matchedCount < base.matchedCount ||
    (optimal.matchedCount === base.matchedCount && optimal.totalScore < base.totalScore - 1e-9)
  ) {
    problems.push('optimal result is worse than greedy');
  }
  return {
    name: spec.name,
    what: spec.what,
    adepts: instance.adepts.length,
    mentors: instance.mentors.length,
    edges: checked.problem.col.length,
    matched: optimal.matchedCount,
    greedyMatched: base.matchedCount,
    total: optimal.totalScore,
    greedyTotal: base.totalScore,
    ms: Math.round(ms),
    cpuMs: Math.round(cpuMs),
    validateMs: Math.round(validateMs),
    greedyMs: Math.round(greedyMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMb: mb(heapUsed),
    budgetMs: spec.budgetMs,
    problems,
  };
}

/**
 * @param {(string | number)[][]} rows first row = header
 */
function table(rows) {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => (typeof cell === 'number' ? String(cell).padStart(widths[c] ?? 0) : String(cell).padEnd(widths[c] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const child = args.indexOf('--child');
  if (child >= 0) {
    const spec = SPECS.find((s) => s.name === args[child + 1]);
    if (!spec) throw new Error(`unknown instance ${args[child + 1]}`);
    process.stdout.write(`${JSON.stringify(runOne(spec))}\n`);
    return 0;
  }
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const self = fileURLToPath(import.meta.url);
  /** @type {Row[]} */
  const results = [];
  for (const spec of SPECS.filter((s) => !only || s.name === only)) {
    const run = spawnSync(process.execPath, [self, '--child', spec.name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) {
      process.stderr.write(`${spec.name}: child failed (${run.status})\n${run.stderr}`);
      return 1;
    }
    results.push(/** @type {Row} */ (JSON.parse(run.stdout)));
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else if (results.length > 0) {
    const gain = (/** @type {Row} */ r) =>
      r.greedyTotal === 0 ? 'n/a' : `${(((r.total - r.greedyTotal) / Math.abs(r.greedyTotal)) * 100).toFixed(2)}%`;
    const header = [
      'instance',
      'adepts',
      'mentors',
      'edges',
      'matched opt/greedy',
      'total opt',
      'total greedy',
      'gain',
      'cpu ms',
      'wall ms',
      'greedy ms',
      'peak rss MB',
      'heap MB',
      'budget ms',
      'result',
    ];
    const body = results.map((r) => [
      r.name,
      r.adepts,
      r.mentors,
      r.edges,
      `${r.matched}/${r.greedyMatched}`,
      r.total.toFixed(4),
      r.greedyTotal.toFixed(4),
      gain(r),
      r.cpuMs,
      r.ms,
      r.greedyMs,
      r.peakRssMb,
      r.heapUsedMb,
      r.budgetMs,
      pass(r) ? 'PASS' : 'FAIL',
    ]);
    process.stdout.write(`${table([header, ...body])}\n\n`);
    for (const r of results) {
      process.stdout.write(
        `${r.name}: ${r.what}; time = the whole solve() call on the parsed instance, validation included (${r.validateMs} ms wall of it)\n`,
      );
      for (const p of r.problems) process.stdout.write(`  PROBLEM: ${p}\n`);
    }
  }
  let scipyPass = true;
  if (!only || only === 'scipy') {
    const missing = scipyMissing();
    if (missing) {
      process.stdout.write(`\nlots-match vs scipy: skipped, ${missing}\n`);
    } else {
      const compared = compareWithScipy();
      scipyPass = compared.every((c) => c.same && c.ratio <= c.budget);
      if (args.includes('--json')) {
        process.stdout.write(`${JSON.stringify(compared, null, 2)}\n`);
      } else {
        const s = (/** @type {number} */ x) => x.toFixed(2);
        process.stdout.write(
          `\nlots-match vs scipy (whole process, JSON in; CPU = user + system seconds; ratio = lots-match CPU / scipy CPU)\n${table([
            [
              'instance',
              'lots-match cpu s',
              'wall s',
              'peak MB',
              'scipy cpu s',
              'wall s',
              'peak MB',
              'ratio',
              'budget',
              'same optimum',
              'result',
            ],
            ...compared.map((c) => [
              c.name,
              s(c.lotsCpuS),
              s(c.lotsWallS),
              c.lotsPeakMb,
              s(c.scipyCpuS),
              s(c.scipyWallS),
              c.scipyPeakMb,
              s(c.ratio),
              `≤ ${c.budget}`,
              c.same ? 'yes' : 'NO',
              c.same && c.ratio <= c.budget ? 'PASS' : 'FAIL',
            ]),
          ])}\n`,
        );
      }
    }
  }
  const loadNote = `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} cores`;
  if (!args.includes('--json')) process.stdout.write(`(${loadNote})\n`);
  return results.every(pass) && scipyPass ? 0 : 1;
}

process.exitCode = main();
