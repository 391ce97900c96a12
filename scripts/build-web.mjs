/**
 * `npm start` builds the web app only when its sources changed (issue 15, decision 0160): a hash of
 * every input of the build is stored next to the build (`apps/web/dist/.source-hash`) and compared
 * on the next start. `--force` builds anyway; `--check` only says whether a build is needed.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the web build reads: the app, the shared core (schemas, catalogs), the locked dependencies,
 * and this script, which decides how Vite runs (its environment, `buildEnv`).
 */
export const BUILD_INPUTS = [
  'apps/web',
  'packages/core/src',
  'packages/core/locales',
  'packages/core/package.json',
  'package-lock.json',
  'scripts/build-web.mjs',
];
const SKIPPED = new Set(['node_modules', 'dist', '.vite']);
export const HASH_FILE = join('apps', 'web', 'dist', '.source-hash');

function files(root, path) {
  return readdirSync(join(root, path), { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const child = join(path, entry.name);
    if (entry.isDirectory()) return files(root, child);
    return entry.isFile() ? [child] : [];
  });
}

function inputFiles(root, inputs) {
  return inputs
    .flatMap((input) => {
      const full = join(root, input);
      if (!existsSync(full)) return [];
      return statSync(full).isDirectory() ? files(root, input) : [input];
    })
    .sort();
}

/** A hash of the names and contents of every build input (independent of file times and of the checkout's place). */
export function sourceHash(root, inputs = BUILD_INPUTS) {
  const hash = createHash('sha256');
  for (const file of inputFiles(root, inputs)) {
    hash.update(relative(root, join(root, file)).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Why the web app must be built, or null when the build is up to date. */
export function buildReason(root) {
  if (!existsSync(join(root, 'apps', 'web', 'dist', 'index.html'))) return 'no build yet';
  const stored = existsSync(join(root, HASH_FILE)) ? readFileSync(join(root, HASH_FILE), 'utf8').trim() : '';
  if (stored === '') return 'the build does not record its sources';
  return stored === sourceHash(root) ? null : 'its sources changed';
}

/** Builds when needed and records the sources it was built from. Returns whether it built. */
export function buildIfChanged(root, { force = false, build = runViteBuild } = {}) {
  const reason = force ? 'forced' : buildReason(root);
  if (reason === null) return false;
  const hash = sourceHash(root);
  console.log(`Building the web app (${reason})…`);
  build(root);
  writeFileSync(join(root, HASH_FILE), `${hash}\n`);
  return true;
}

/**
 * The environment of the build: always a production build, whatever NODE_ENV the server is started
 * with (`NODE_ENV=test npm start`, as the benches and browser tests start it, made Vite bundle React's
 * development build: 128 KB gzip instead of 68).
 */
export function buildEnv(env) {
  return { ...env, NODE_ENV: 'production' };
}

function runViteBuild(root) {
  const result = spawnSync('npm', ['run', 'build', '-w', '@lots/web'], { cwd: root, stdio: 'inherit', env: buildEnv(process.env) });
  if (result.status !== 0) throw new Error(`the web build failed (exit code ${result.status})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (process.argv.includes('--check')) {
    const reason = buildReason(root);
    console.log(reason === null ? 'The web app is up to date.' : `The web app needs a build: ${reason}.`);
  } else {
    try {
      if (!buildIfChanged(root, { force: process.argv.includes('--force') })) console.log('The web app is up to date (sources unchanged).');
    } catch (error) {
      console.error(`Lots could not build the web app: ${error.message}`);
      process.exit(1);
    }
  }
}
