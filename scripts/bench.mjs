#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark, one after the other — the `bench:<name>` scripts of package.json
 * in the order they are listed there — each run to its end whatever the ones before it did (a bench
 * exits 1 when a row misses its budget, and the p99 row of `bench:requests` misses on two cores, so a
 * chain with `&&` never reached the others). Each bench's output is shown as it comes; at the end one
 * line per bench says whether it passed, missed a budget (its FAIL rows) or failed (an error, no FAIL
 * row), with its time, what it skipped and the load average when it ended. Exit code 1 when any bench
 * did not pass. `node scripts/bench.mjs requests lists` runs only those, in that order.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** The names of the `bench:<name>` scripts in `root`'s package.json, in the order listed. */
export function benchNames(root) {
  const { scripts = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.keys(scripts)
    .filter((key) => key.startsWith('bench:'))
    .map((key) => key.slice('bench:'.length));
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/**
 * Runs `npm run bench:<name>` in `root`, passing its output on to `write` line by line as it comes,
 * and returns how it ended: the exit status (or the signal), the seconds it took, its rows marked
 * FAIL and its lines that say something was skipped.
 */
function runOne(root, name, write) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', `bench:${name}`], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
    const failRows = [];
    const skipped = [];
    let partial = '';
    // Text, not bytes: a character of several bytes split across two chunks is decoded whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      write(chunk);
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) note(line);
    });
    child.stderr.on('data', (chunk) => write(chunk, 'stderr'));
    function note(line) {
      if (line.startsWith('> ')) return; // npm's banner, which shows the script's command
      if (/\bFAIL\b/.test(line)) {
        // A table's row is named by its first column (cells are two or more spaces apart); a verdict
        // line ("FAIL: …") by itself.
        const first = line.trim().split(/\s{2,}/)[0] ?? '';
        failRows.push(/\bFAIL\b/.test(first) ? line.trim().replace(/\s+/g, ' ') : first);
      }
      if (/\bskipped\b/i.test(line)) skipped.push(line.trim());
    }
    child.on('error', (error) => {
      write(`${error.message}\n`, 'stderr');
    });
    child.on('close', (status, signal) => {
      if (partial) note(partial);
      resolve({ name, status, signal, seconds: (performance.now() - started) / 1000, failRows, skipped, load: load() });
    });
  });
}

/** One line of the summary for a bench's result. */
export function summaryLine(result, width = result.name.length) {
  const name = result.name.padEnd(width);
  const time = `${result.seconds.toFixed(0).padStart(5)} s`;
  const tail = `(load ${result.load} at its end)${result.skipped.length ? `; skipped: ${result.skipped.join('; ')}` : ''}`;
  if (result.signal) return `${name}  STOPPED ${time}  by ${result.signal} ${tail}`;
  if (result.status === 0) return `${name}  passed  ${time}  ${tail}`;
  if (result.failRows.length) {
    const rows = result.failRows.map((row) => (row.length > 90 ? `${row.slice(0, 89)}…` : row));
    return `${name}  MISSED  ${time}  ${rows.length} FAIL row${rows.length === 1 ? '' : 's'}: ${rows.join(' | ')} ${tail}`;
  }
  return `${name}  FAILED  ${time}  exit ${result.status} without a FAIL row: an error, see its output above ${tail}`;
}

/**
 * Runs the named benches (all of them without names) and prints the summary; returns the exit code:
 * 0 when every bench passed, 1 when any did not, 2 for an unknown name.
 */
export async function main(args, { root = repositoryRoot, write = (text, stream) => process[stream ?? 'stdout'].write(text) } = {}) {
  const known = benchNames(root);
  const unknown = args.filter((name) => !known.includes(name));
  if (unknown.length) {
    write(`Unknown bench ${unknown.join(', ')}; the benches are: ${known.join(', ')}\n`, 'stderr');
    return 2;
  }
  const names = args.length ? args : known;
  const results = [];
  // Ctrl-C reaches the running bench and this runner alike: the runner outlives it, starts no next one and
  // prints the summary of what ran.
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
  };
  process.on('SIGINT', onInterrupt);
  try {
    for (const name of names) {
      write(`\n=== bench:${name} (${results.length + 1} of ${names.length}), load average ${load()}\n`);
      const result = await runOne(root, name, write);
      results.push(result);
      if (interrupted || result.signal === 'SIGINT' || result.signal === 'SIGTERM') break;
    }
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  const notRun = names.slice(results.length);
  const failed = results.filter((r) => r.status !== 0);
  const width = Math.max(...names.map((n) => n.length));
  write(
    `\n=== npm run bench: ${results.length - failed.length} of ${names.length} passed` +
      `${notRun.length ? `, not run: ${notRun.join(', ')}` : ''}; load average ${load()} on ${os.availableParallelism()} cores\n`,
  );
  for (const result of results) write(`${summaryLine(result, width)}\n`);
  return failed.length || notRun.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
