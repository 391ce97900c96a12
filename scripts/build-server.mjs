/**
 * `npm start` runs the server precompiled (issue 15, goal 5; decision 0182): esbuild bundles
 * `apps/server/src/main.ts` with the workspace's TypeScript packages (`@lots/core`, `@lots/db`) and
 * the packages it imports from node_modules into `apps/server/dist/`, and Node runs that JavaScript
 * without a TypeScript loader and without resolving and reading some 1,700 files of node_modules at
 * every start (decision 0190). The few packages that find files of their own at run time (next to
 * their code, through `__dirname` or `import.meta.url`) stay imports from node_modules: `EXTERNAL`.
 *
 * Built only when the sources changed, like the web app (decision 0160): a hash of the names and
 * contents of every input is stored in `apps/server/dist/.source-hash`. `--force` builds anyway,
 * `--check` only reports.
 *
 * `import.meta.url` in a bundled source file becomes that file's own URL, computed relative to the
 * bundle (`new URL('../src/…', import.meta.url)`): the migrations folder, the worker files, the web
 * build and the PDF font are found where they are in the sources, wherever the checkout lies.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from './build-web.mjs';

/** What the server bundle is made of: its sources, the workspace packages it bundles, the locked dependencies. */
export const SERVER_BUILD_INPUTS = [
  'apps/server/src',
  'apps/server/package.json',
  'packages/core/src',
  'packages/core/locales',
  'packages/core/package.json',
  'packages/db/src',
  'packages/db/package.json',
  'package-lock.json',
  'tsconfig.base.json',
  'scripts/build-server.mjs',
];
export const SERVER_DIST = join('apps', 'server', 'dist');
export const SERVER_ENTRY = join(SERVER_DIST, 'main.js');
export const SERVER_HASH_FILE = join(SERVER_DIST, '.source-hash');
/**
 * Packages Node imports from node_modules at run time instead of the bundle (decision 0190): those
 * that read files of their own next to their code (PGlite its WebAssembly and file system bundle,
 * the API docs their static folder and package.json, pdfkit its font metrics, pino its transport
 * workers), those loaded only when first used (exceljs), and pg's optional native binding.
 */
export const EXTERNAL = ['@electric-sql/pglite', '@fastify/swagger', '@fastify/swagger-ui', 'pdfkit', 'exceljs', 'pino', 'pg-native'];
const isExternal = (path) => path.startsWith('node:') || EXTERNAL.some((name) => path === name || path.startsWith(`${name}/`));
/**
 * Bundled CommonJS code calls `require` for Node's built-in modules and the external packages; an ES
 * module has none, so each output file makes one, resolving from the bundle's folder (as the sources would).
 */
const REQUIRE_BANNER =
  "import { createRequire as lotsCreateRequire } from 'node:module'; const require = lotsCreateRequire(import.meta.url);";

/** Why the server must be built, or null when the bundle is up to date. */
export function serverBuildReason(root) {
  if (!existsSync(join(root, SERVER_ENTRY))) return 'no build yet';
  const stored = existsSync(join(root, SERVER_HASH_FILE)) ? readFileSync(join(root, SERVER_HASH_FILE), 'utf8').trim() : '';
  if (stored === '') return 'the build does not record its sources';
  return stored === sourceHash(root, SERVER_BUILD_INPUTS) ? null : 'its sources changed';
}

/** Builds when needed and records the sources it was built from. Returns whether it built. */
export async function buildServerIfChanged(root, { force = false, build = bundleServer } = {}) {
  const reason = force ? 'forced' : serverBuildReason(root);
  if (reason === null) return false;
  const hash = sourceHash(root, SERVER_BUILD_INPUTS);
  console.log(`Building the server (${reason})…`);
  await build(root);
  writeFileSync(join(root, SERVER_HASH_FILE), `${hash}\n`);
  return true;
}

/** esbuild: one ESM entry plus the chunks of its dynamic imports, next to each other in apps/server/dist. */
export async function bundleServer(root, { outdir = join(root, SERVER_DIST) } = {}) {
  const { build } = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const toPosix = (path) => path.split(sep).join('/');
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'apps', 'server', 'src', 'main.ts')],
    outdir,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: { js: REQUIRE_BANNER },
    plugins: [
      {
        name: 'lots-server',
        setup(b) {
          // Node's modules and the external packages are imported at run time; everything else is bundled.
          b.onResolve({ filter: /^[^./]/ }, (args) => (isExternal(args.path) ? { path: args.path, external: true } : undefined));
          // A bundled file's import.meta.url is its source file's URL (see the header).
          b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
            if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes('import.meta.url')) return undefined;
            const fromBundle = toPosix(relative(outdir, args.path));
            const own = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
            return { contents: source.replaceAll('import.meta.url', own), loader: 'ts', resolveDir: dirname(args.path) };
          });
        },
      },
    ],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (process.argv.includes('--check')) {
    const reason = serverBuildReason(root);
    console.log(reason === null ? 'The server is up to date.' : `The server needs a build: ${reason}.`);
  } else {
    try {
      if (!(await buildServerIfChanged(root, { force: process.argv.includes('--force') })))
        console.log('The server is up to date (sources unchanged).');
    } catch (error) {
      console.error(`Lots could not build the server: ${error.message}`);
      process.exit(1);
    }
  }
}
