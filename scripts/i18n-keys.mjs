#!/usr/bin/env node
/**
 * The key report (`npm run i18n:keys`, a step of `npm test`): i18next-parser extracts every key
 * the web app and the server name (config: i18next-parser.config.js) into a scratch copy of the
 * catalogs, and this compares the result with packages/core/locales:
 *
 * - missing: a key the code names that no catalog has (the parser would add it);
 * - unused:  a key a catalog has that no code names and no declared family of run-time keys
 *            covers (the parser would remove it);
 * - a declared family (`dynamicKeys` in the config) that matches no key any more.
 *
 * Any of these fails. `npm run i18n:extract` (`--write`) applies the parser's verdict to the
 * catalogs in place, keeping their order: a missing key is added at the end of its group with an
 * empty text in every language (the parity test then asks for the texts), an unused key removed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import config, { keepRemoved } from '../i18next-parser.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalogs = join(root, 'packages/core/locales');
const cli = join(root, 'node_modules/i18next-parser/bin/cli.js');

/** "namespace:key.path" → text, for one language of a catalog folder. */
function flatten(root, locale) {
  const out = new Map();
  const walk = (node, ns, prefix) => {
    for (const [k, v] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') out.set(`${ns}:${path}`, v);
      else walk(v, ns, path);
    }
  };
  for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(readFileSync(join(root, locale, file), 'utf8')), file.replace(/\.json$/, ''), '');
  return out;
}

/** Adds (with an empty text) and removes keys in every language's catalogs, keeping the order of the rest. */
function apply(missing, unused) {
  for (const locale of config.locales) {
    const files = new Map();
    const load = (ns) => {
      const file = join(catalogs, locale, `${ns}.json`);
      if (!files.has(ns)) files.set(ns, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});
      return files.get(ns);
    };
    for (const key of missing) {
      const [ns, path] = key.split(':');
      const parts = path.split('.');
      let node = load(ns);
      for (const p of parts.slice(0, -1)) node = node[p] ??= {};
      node[parts.at(-1)] = '';
    }
    for (const key of unused) {
      const [ns, path] = key.split(':');
      const parts = path.split('.');
      const chain = [load(ns)];
      for (const p of parts.slice(0, -1)) chain.push(chain.at(-1)?.[p]);
      delete chain.at(-1)?.[parts.at(-1)];
      // drop groups the removal left empty
      for (let i = chain.length - 1; i > 0; i--) if (chain[i] && !Object.keys(chain[i]).length) delete chain[i - 1][parts[i - 1]];
    }
    for (const [ns, data] of files) writeFileSync(join(catalogs, locale, `${ns}.json`), `${JSON.stringify(data, null, 2)}\n`);
  }
}

const write = process.argv.includes('--write');
const scratch = mkdtempSync(join(tmpdir(), 'lots-i18n-keys-'));
try {
  cpSync(catalogs, scratch, { recursive: true });
  const run = spawnSync(process.execPath, [cli, '--config', 'i18next-parser.config.js', '--output', `${scratch}/$LOCALE/$NAMESPACE.json`], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('i18next-parser failed');
    process.exit(1);
  }
  const read = run.stdout.split('\n').filter((l) => l.includes('[read]')).length;
  const dynamicCalls = run.stdout.split('\n').filter((l) => l.includes('Key is not a string literal')).length;

  let failed = false;
  const list = (title, keys) => {
    if (!keys.length) return;
    failed = true;
    console.log(`\n${title} (${keys.length}):`);
    for (const k of keys) console.log(`  ${k}`);
  };

  const before = flatten(catalogs, 'sv');
  const after = flatten(scratch, 'sv');
  const missing = [...after.keys()].filter((k) => !before.has(k));
  const unused = [...before.keys()].filter((k) => !after.has(k));
  list('Missing: named in code, in no catalog (add them, e.g. npm run i18n:extract, then write the texts)', missing);
  list('Unused: in the catalogs, named by no code (remove them, or declare a family of run-time keys in i18next-parser.config.js)', unused);

  // The other languages get the same verdict from the parser; a difference would be a parity problem.
  for (const locale of config.locales.filter((l) => l !== 'sv')) {
    const a = [...flatten(scratch, locale).keys()].sort().join('\n');
    if (a !== [...after.keys()].sort().join('\n')) list(`${locale}: keys differ from sv after extraction`, [locale]);
  }

  const stale = keepRemoved.filter((re) => ![...before.keys()].some((k) => re.test(k))).map(String);
  list('Declared families of run-time keys that match no key (remove them from i18next-parser.config.js)', stale);

  if (write && (missing.length || unused.length)) {
    apply(missing, unused);
    console.log(`\nWritten: ${missing.length} keys added (empty in every language: write the texts), ${unused.length} removed.`);
    failed = stale.length > 0;
  }

  const declared = [...before.keys()].filter((k) => keepRemoved.some((re) => re.test(k))).length;
  console.log(
    `Translation keys: ${before.size} in the Swedish catalogs, ${read} source files read, ${declared} in ${keepRemoved.length} declared families of run-time keys (${dynamicCalls} calls build their key); ${missing.length} missing, ${unused.length} unused.`,
  );
  process.exit(failed ? 1 : 0);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
