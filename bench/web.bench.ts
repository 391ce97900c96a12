/**
 * Goal 4 of issue 15: what the web app costs a browser (goal 5, starting Lots: bench/start.bench.ts).
 *
 * `npm run bench:web` (or `npx tsx bench/web.bench.ts`):
 * 1. builds the web app if its sources changed (as `npm start` does) and reads the gzip JavaScript
 *    of the sign-in page and a coordinator's first page from the build's manifest (the entry with
 *    its static imports, the page's lazy chunk with its imports, the Swedish texts of the shell and
 *    of the page's part, decision 0188);
 * 2. starts Lots on a fresh embedded database with the demo world and loads both pages in a real
 *    Chromium (/usr/bin/chromium, cold cache), counting the JavaScript bytes on the wire.
 * Each figure is printed with its budget and the ratio, and the load average under the table.
 * Exit code 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { LOTS_ENV, printRows, root, start, type Row } from './support';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const dist = join(root, 'apps', 'web', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KB = 1024;
const JS_BUDGET = 150 * KB;

const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

// ---------------------------------------------------------------- 1. the built files
type ManifestChunk = { file: string; imports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** The chunk's JavaScript with everything it imports statically (what the browser must load for it). */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build's manifest has no ${key}`);
  if (seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

const gzipBytes = (file: string) => {
  const path = join(dist, file);
  return existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : statSync(path).size;
};

function builtBytes(): { signIn: number; coordinator: number } {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the web build failed');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const key = (part: string) => {
    const found = Object.keys(manifest).find((k) => k.includes(part));
    if (!found) throw new Error(`The build's manifest has no chunk for ${part}`);
    return found;
  };
  // A page loads the shell's texts and its own part's, in Swedish here (decision 0188).
  const texts = (part: string) => `virtual:lots-texts/sv/${part.replace('/', '~')}`;
  const page = (pageKey: string, part: string) => {
    const files = closure(manifest, 'index.html');
    closure(manifest, key(pageKey), files);
    for (const t of [texts('shell'), texts(part)]) closure(manifest, t, files);
    return [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipBytes(f), 0);
  };
  return {
    signIn: page('features/auth/pages-sign-in', 'auth/pages-sign-in'),
    coordinator: page('features/home/pages', 'home/pages'),
  };
}

// ---------------------------------------------------------------- 2. the running server
/** JavaScript bytes as transferred (compressed) for one cold page load in Chromium. */
async function chromiumBytes(url: string): Promise<{ signIn: number; coordinator: number; encoding: string }> {
  // Swedish browsers (a first visit follows the browser's language; the labels below are Swedish).
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const measure = async (
      storageState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined,
      path: string,
      ready: (page: Page) => Promise<unknown>,
    ) => {
      const context = await browser.newContext({ locale: 'sv-SE', ...(storageState ? { storageState } : {}) });
      const page = await context.newPage();
      const scripts: Promise<{ bytes: number; encoding: string }>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        scripts.push(
          response
            .request()
            .sizes()
            .then(async (sizes) => ({
              bytes: sizes.responseBodySize,
              encoding: (await response.allHeaders())['content-encoding'] ?? 'none',
            })),
        );
      });
      await page.goto(`${url}${path}`);
      await ready(page);
      await page.waitForLoadState('networkidle');
      const loaded = await Promise.all(scripts);
      const state = await context.storageState();
      await context.close();
      return { bytes: loaded.reduce((sum, s) => sum + s.bytes, 0), encodings: new Set(loaded.map((s) => s.encoding)), state };
    };
    const signIn = await measure(undefined, '/sign-in', (page) => page.getByLabel('E-post', { exact: true }).waitFor());
    // Sign in as the demo coordinator, then load the first page in a fresh context (cold cache).
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('E-post', { exact: true }).fill('samordnare@example.org');
    await page.getByLabel('Lösenord', { exact: true }).fill('lots-demo');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    const state = await context.storageState();
    await context.close();
    const coordinator = await measure(state, '/', (p) => p.getByRole('button', { name: 'Logga ut' }).waitFor());
    return {
      signIn: signIn.bytes,
      coordinator: coordinator.bytes,
      encoding: [...new Set([...signIn.encodings, ...coordinator.encodings])].join(', '),
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const built = builtBytes();
  rows.push(
    {
      goal: '4 sign-in page JS (built files, gzip)',
      figure: kb(built.signIn),
      reference: `budget ${kb(JS_BUDGET)}`,
      ratio: built.signIn / JS_BUDGET,
      pass: built.signIn <= JS_BUDGET,
    },
    {
      goal: "4 coordinator's first page JS (built files, gzip)",
      figure: kb(built.coordinator),
      reference: `budget ${kb(JS_BUDGET)}`,
      ratio: built.coordinator / JS_BUDGET,
      pass: built.coordinator <= JS_BUDGET,
    },
  );

  const dataDir = mkdtempSync(join(os.tmpdir(), 'lots-bench-web-'));
  try {
    // First start: fresh database, demo world loaded (the process then idles).
    const first = await start(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(root, 'apps/server/src/main.ts')],
      LOTS_ENV(dataDir),
      '/readyz',
      300_000,
    );
    let encoding = '';
    try {
      const loaded = await chromiumBytes(first.url);
      encoding = loaded.encoding;
      rows.push(
        {
          goal: '4 sign-in page JS (Chromium, on the wire)',
          figure: kb(loaded.signIn),
          reference: `budget ${kb(JS_BUDGET)}`,
          ratio: loaded.signIn / JS_BUDGET,
          pass: loaded.signIn <= JS_BUDGET,
        },
        {
          goal: "4 coordinator's first page JS (Chromium, on the wire)",
          figure: kb(loaded.coordinator),
          reference: `budget ${kb(JS_BUDGET)}`,
          ratio: loaded.coordinator / JS_BUDGET,
          pass: loaded.coordinator <= JS_BUDGET,
        },
      );
    } finally {
      await first.stop();
    }

    console.log(`\nContent-Encoding of the scripts Chromium loaded: ${encoding}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  printRows(rows);
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}

await main();
