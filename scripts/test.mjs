#!/usr/bin/env node
/**
 * `npm test`: everything, in order — typecheck, lint, format, the translation key report
 * (0 missing, 0 unused), build of the web app, unit and integration tests on PGlite, the same
 * integration tests on PostgreSQL and the two-instance check (when LOTS_TEST_DATABASE_URL is
 * set), and browser tests in Chromium. Outside CI a missing
 * PostgreSQL or Chromium skips that part with a visible message; with CI=true nothing
 * may be skipped. Ends with one line: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('.test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}\n$ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

/** A step that is one check (typecheck, lint, build). */
function check(label, command, args) {
  if (run(label, command, args)) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
}

/** A Vitest run: its tests are counted from the JSON report. */
function vitest(label, args, env = {}) {
  const report = `.test-results/${label.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    results.passed += json.numPassedTests;
    results.failed += json.numFailedTests;
    results.skipped += json.numPendingTests + json.numTodoTests;
    if (json.numTotalTests === 0) {
      results.failed++;
      failures.push(`${label}: ran no test`);
    }
    if (json.numFailedTests > 0 || json.numFailedTestSuites > 0) failures.push(label);
    if (json.numFailedTestSuites > 0 && json.numFailedTests === 0) results.failed += json.numFailedTestSuites;
  } else if (!ok) {
    results.failed++;
    failures.push(`${label}: no report`);
  }
}

function skip(what, why) {
  if (ci) {
    console.error(`\n!!! ${what} cannot be skipped in CI: ${why}`);
    results.failed++;
    failures.push(what);
  } else {
    console.log(`\n!!! SKIPPED ${what}: ${why}`);
  }
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
check('translation keys (0 missing, 0 unused)', 'node', ['scripts/i18n-keys.mjs']);
check('build web app', 'npm', ['run', '--silent', 'build']);

vitest('unit and integration (PGlite)', ['--project', 'unit'], { LOTS_TEST_DATABASE_URL: '' });

if (process.env.LOTS_TEST_DATABASE_URL) {
  vitest('integration (PostgreSQL)', ['--project', 'unit', 'packages/db', 'apps/server']);
  // Two real server processes started at once on one empty PostgreSQL database: both serve,
  // mail goes out exactly once, and a kill -9 loses none (scripts/two-instances.ts).
  check('two instances on one PostgreSQL', 'npx', ['tsx', 'scripts/two-instances.ts']);
} else {
  skip('the PostgreSQL integration suite', 'set LOTS_TEST_DATABASE_URL=postgres://… (a server where databases may be created)');
  skip('the two-instance check', 'it needs PostgreSQL: set LOTS_TEST_DATABASE_URL=postgres://…');
}

if (existsSync(chromium)) {
  vitest('browser (Chromium)', ['--project', 'e2e'], { CHROMIUM_PATH: chromium });
} else {
  skip('the browser tests', `no Chromium at ${chromium} (apt-get install -y chromium)`);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exit(results.failed > 0 ? 1 : 0);
