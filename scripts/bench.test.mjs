import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchNames, main } from './bench.mjs';

let root;
let output;
const write = (text) => {
  output += text;
};
/** A package.json whose bench:* scripts are small node commands (a bench's outcomes without its minutes). */
const benches = (scripts) =>
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bench-runner-test', private: true, scripts }));
const node = (code) => `node -e "${code}"`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lots-bench-runner-'));
  output = '';
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run bench (scripts/bench.mjs)', () => {
  it('runs every bench in order after one misses its budget or fails, says which, and exits 1', { timeout: 60_000 }, async () => {
    benches({
      bench: 'node scripts/bench.mjs',
      'bench:first': node(
        "console.log('1 p99 at 50 connections  160 ms  3.20  FAIL   budget 50 ms'); console.log('  FAIL: 21 mails/s'); process.exitCode = 1",
      ),
      test: 'echo not a bench',
      'bench:second': node("console.log('scipy: skipped, python3 with scipy is not installed'); console.log('2 rows  PASS')"),
      'bench:third': node("throw new Error('no database')"),
      'bench:fourth': node("console.log('fourth ran')"),
    });
    expect(benchNames(root)).toEqual(['first', 'second', 'third', 'fourth']);
    expect(await main([], { root, write })).toBe(1);
    // Each ran, in package.json's order, whatever the one before it did.
    const order = ['=== bench:first', '=== bench:second', '=== bench:third', 'fourth ran', '=== npm run bench: 2 of 4 passed'].map((s) =>
      output.indexOf(s),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const summary = output.slice(output.indexOf('=== npm run bench:')).split('\n').slice(1, 5);
    expect(summary[0]).toMatch(/^first +MISSED .* 2 FAIL rows: 1 p99 at 50 connections \| FAIL: 21 mails\/s \(load/);
    expect(summary[1]).toMatch(/^second +passed .*skipped: scipy: skipped, python3 with scipy is not installed$/);
    expect(summary[2]).toMatch(/^third +FAILED .* exit 1 without a FAIL row: an error/);
    expect(summary[3]).toMatch(/^fourth +passed /);
    expect(output).toMatch(/load average \d+\.\d \d+\.\d \d+\.\d on \d+ cores/);
  });

  it('runs only the benches named, and exits 0 when they all pass', { timeout: 60_000 }, async () => {
    benches({ 'bench:a': node("console.log('a ran')"), 'bench:b': node('process.exit(1)'), 'bench:c': node("console.log('c ran')") });
    expect(await main(['c', 'a'], { root, write })).toBe(0);
    expect(output.indexOf('c ran')).toBeLessThan(output.indexOf('a ran'));
    expect(output).not.toContain('bench:b');
    expect(output).toContain('=== npm run bench: 2 of 2 passed');
  });

  it("passes a bench's output on as text, a character split across two chunks whole", { timeout: 60_000 }, async () => {
    // "ö" is two bytes in UTF-8 (c3 b6): written apart, they reach the runner as two chunks.
    benches({
      'bench:split': node(
        'process.stdout.write(Buffer.from([0x52, 0xc3])); setTimeout(() => process.stdout.write(Buffer.from([0xb6, 0x72, 0x0a])), 200)',
      ),
    });
    expect(await main(['split'], { root, write })).toBe(0);
    expect(output).toContain('Rör\n');
    expect(output).not.toContain('\ufffd');
  });

  it('on Ctrl-C lets the running bench end, starts no next one and prints the summary of what ran', { timeout: 60_000 }, async () => {
    benches({
      'bench:slow': node("console.log('slow started'); setTimeout(() => console.log('slow ended'), 1500)"),
      'bench:next': node("console.log('next ran')"),
    });
    const done = main(['slow', 'next'], { root, write });
    while (!output.includes('slow started')) await new Promise((resolve) => setTimeout(resolve, 20));
    // What the terminal's Ctrl-C does to the runner (the bench, in the same process group, gets its own).
    process.emit('SIGINT', 'SIGINT');
    expect(await done).toBe(1);
    expect(output).toContain('slow ended');
    expect(output).not.toContain('next ran');
    expect(output).toMatch(/=== npm run bench: 1 of 2 passed, not run: next;/);
    expect(process.listeners('SIGINT')).toEqual([]);
  });

  it('refuses an unknown name before running anything', async () => {
    benches({ 'bench:a': node("console.log('a ran')") });
    expect(await main(['a', 'nope'], { root, write })).toBe(2);
    expect(output).toBe('Unknown bench nope; the benches are: a\n');
  });
});
