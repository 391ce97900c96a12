// @ts-check
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './cli.js';

const bin = fileURLToPath(new URL('../bin/lots-match.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lots-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = {
  mentors: [
    { id: 'm1', capacity: 2 },
    { id: 'm2', capacity: 1 },
  ],
  adepts: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }],
  scores: [
    [0.8, null],
    [0.5, 0.9],
    [null, 0.4],
  ],
  locked: [['a2', 'm2']],
  minScore: 0.1,
};

/** @param {string} name @param {string | object} content */
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

/** @param {string[]} args @param {string} [input] */
const run = (args, input) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Asserts the contract for bad input: exit 2, nothing on stdout, one line on stderr. */
const expectBad = (/** @type {ReturnType<typeof run>} */ r, /** @type {string} */ line) => {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`${line}\n`);
};

describe('lots-match (spawned)', () => {
  it('is executable with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('prints the result JSON on stdout and exits 0', () => {
    const r = run([file('ok.json', example)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect(result.pairs).toEqual([
      { adept: 'a1', mentor: 'm1', score: 0.8 },
      { adept: 'a2', mentor: 'm2', score: 0.9 },
    ]);
    expect(result.unmatched).toEqual([{ adept: 'a3', reason: 'capacity' }]);
    expect(result.matchedCount).toBe(2);
    expect(result.totalScore).toBe(1.7);
  });

  it('writes the result to --out and nothing on stdout', () => {
    const out = join(dir, 'r.json');
    const r = run([file('ok2.json', example), '--out', out]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).matchedCount).toBe(2);
  });

  it('gives the same bytes every time; --timing adds stats.ms', () => {
    const path = file('same.json', example);
    expect(run([path]).stdout).toBe(run([path]).stdout);
    expect(typeof JSON.parse(run([path, '--timing']).stdout).stats.ms).toBe('number');
  });

  it('reads standard input with "-"', () => {
    expect(JSON.parse(run(['-'], JSON.stringify(example)).stdout).matchedCount).toBe(2);
  });

  it('rejects an invalid instance with one line naming the place', () => {
    const bad = { ...example, scores: example.scores.slice(0, 2) };
    expectBad(run([file('rows.json', bad)]), 'scores: 2 rows, but there are 3 adepts');
    expectBad(run([file('lock.json', { ...example, locked: [['a1', 'm9']] })]), 'locked[0]: mentor m9 does not exist');
  });

  it('does not create the --out file on bad input', () => {
    const out = join(dir, 'never.json');
    expectBad(
      run([file('cap.json', { ...example, mentors: [{ id: 'm1', capacity: -1 }, example.mentors[1]] }), '--out', out]),
      'mentors[0].capacity: must be a whole number >= 0',
    );
    expect(() => statSync(out)).toThrow();
  });

  it('rejects non-JSON, empty and missing files, and directories', () => {
    file('bad.json', '{ "mentors": [');
    const r = run(['bad.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bad\.json: not valid JSON \(.+\)\n$/);
    file('empty.json', '');
    expect(run(['empty.json']).stderr).toMatch(/^empty\.json: not valid JSON \(.+\)\n$/);
    expectBad(run(['missing.json']), 'missing.json: cannot read (no such file)');
    expectBad(run([dir]), `${dir}: cannot read (is a directory)`);
  });

  it('rejects bad arguments', () => {
    expectBad(run([]), 'lots-match: missing INSTANCE.json (see --help)');
    expectBad(run(['--frobnicate']), 'lots-match: unknown option --frobnicate (see --help)');
    expectBad(run(['a.json', 'b.json']), 'lots-match: one instance file expected, got a.json and b.json (see --help)');
    expectBad(run([file('ok3.json', example), '--out']), 'lots-match: --out needs a file name (see --help)');
    expectBad(
      run([file('ok4.json', example), '--out', join(dir, 'no', 'such', 'dir.json')]),
      `${join(dir, 'no', 'such', 'dir.json')}: cannot write (no such file)`,
    );
  });

  it('prints help and version on stdout', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: lots-match INSTANCE\.json/);
    expect(run(['--version']).stdout).toMatch(/^lots-match \d+\.\d+\.\d+/);
  });
});

describe('main (in process)', () => {
  it('never throws and keeps messages on one line', () => {
    /** @type {string[]} */
    const err = [];
    /** @type {string[]} */
    const out = [];
    const io = {
      stdout: (/** @type {string} */ t) => void out.push(t),
      stderr: (/** @type {string} */ t) => void err.push(t),
      readFile: () => '{"mentors": [], "adepts": [{"id": "a\\nb"}], "edges": [["a\\nb", "m", 1]]}',
      writeFile: () => {
        throw new Error('unused');
      },
    };
    expect(main(['x.json'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['edges[0]: mentor m does not exist\n']);
  });

  it('reports an unexpected failure as an internal error (exit 1)', () => {
    /** @type {string[]} */
    const err = [];
    const io = {
      stdout: () => {
        throw new Error('disk\nfull');
      },
      stderr: (/** @type {string} */ t) => void err.push(t),
      readFile: () => JSON.stringify(example),
      writeFile: () => {},
    };
    expect(main(['x.json'], io)).toBe(1);
    expect(err).toEqual(['lots-match: internal error: disk full\n']);
  });
});
