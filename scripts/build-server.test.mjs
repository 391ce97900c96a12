import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServerIfChanged, bundleServer, EXTERNAL, SERVER_ENTRY, serverBuildReason } from './build-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
let root;
let builds;
const write = (path, content) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
};
/** Stands in for esbuild only in what the check reads: it writes the bundle's entry. */
const build = () => {
  builds += 1;
  write(SERVER_ENTRY, `// build ${builds}\n`);
};

describe('npm start builds the server only when its sources changed', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lots-build-server-'));
    builds = 0;
    write('apps/server/src/main.ts', 'start();\n');
    write('apps/server/package.json', '{}\n');
    write('packages/core/src/index.ts', 'export const a = 1;\n');
    write('packages/core/locales/sv/mail.json', '{"hello":"Hej"}\n');
    write('packages/db/src/client.ts', 'export const b = 1;\n');
    write('package-lock.json', '{"lockfileVersion":3}\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds the first time, then not again until a source changes', async () => {
    expect(serverBuildReason(root)).toBe('no build yet');
    expect(await buildServerIfChanged(root, { build })).toBe(true);
    expect(serverBuildReason(root)).toBeNull();
    expect(await buildServerIfChanged(root, { build })).toBe(false);
    expect(builds).toBe(1);
  });

  it('rebuilds after a change in the server, the core, a catalog, the database package or the locked dependencies', async () => {
    await buildServerIfChanged(root, { build });
    for (const [path, content] of [
      ['apps/server/src/main.ts', 'start(); listen();\n'],
      ['apps/server/src/modules/new/index.ts', 'export {};\n'],
      ['packages/core/src/index.ts', 'export const a = 2;\n'],
      ['packages/core/locales/sv/mail.json', '{"hello":"Hej då"}\n'],
      ['packages/db/src/client.ts', 'export const b = 2;\n'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}\n'],
    ]) {
      const before = builds;
      write(path, content);
      expect(serverBuildReason(root), path).toBe('its sources changed');
      await buildServerIfChanged(root, { build });
      expect(builds, path).toBe(before + 1);
    }
  });

  it('ignores the web app, the bundle itself and the database migrations folder', async () => {
    await buildServerIfChanged(root, { build });
    write('apps/web/src/main.tsx', 'x');
    write('apps/server/dist/chunk-x.js', 'x');
    write('packages/db/migrations/0001_x.sql', 'select 1;');
    expect(await buildServerIfChanged(root, { build })).toBe(false);
  });

  it('rebuilds when the bundle lost its record, and when forced', async () => {
    await buildServerIfChanged(root, { build });
    rmSync(join(root, 'apps/server/dist/.source-hash'));
    expect(serverBuildReason(root)).toBe('the build does not record its sources');
    expect(await buildServerIfChanged(root, { build })).toBe(true);
    expect(await buildServerIfChanged(root, { build, force: true })).toBe(true);
    expect(builds).toBe(3);
  });
});

describe('the server bundle', () => {
  let outdir;
  beforeEach(() => {
    outdir = mkdtempSync(join(tmpdir(), 'lots-server-bundle-'));
  });
  afterEach(() => rmSync(outdir, { recursive: true, force: true }));

  it('holds the sources and their packages, imports only the external ones from node_modules, and finds the files its sources name', async () => {
    await bundleServer(repo, { outdir });
    const code = readdirSync(outdir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outdir, f), 'utf8'))
      .join('\n');
    // The workspace's TypeScript packages are inside; Node could not load them without a loader.
    expect(code).not.toMatch(/from "@lots\/(core|db)/);
    expect(code).not.toMatch(/from "tsx/);
    // Every other package is inside too (decision 0190), but for the few that read files of their own
    // at run time: those are imported from node_modules, where their files are.
    const imported = new Set([...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]).filter((p) => !p.startsWith('.')));
    const packageOf = (p) =>
      p
        .split('/')
        .slice(0, p.startsWith('@') ? 2 : 1)
        .join('/');
    for (const p of imported) expect(p.startsWith('node:') || EXTERNAL.includes(packageOf(p)), p).toBe(true);
    expect([...imported].map(packageOf)).toContain('@electric-sql/pglite');
    // Loaded on first use (the API documentation, decision 0207; exceljs): an import() of node_modules' copy.
    const loadedLater = new Set([...code.matchAll(/\bimport\("([^".][^"]*)"\)/g)].map((m) => m[1]));
    expect([...loadedLater]).toEqual(expect.arrayContaining(['@fastify/swagger', '@fastify/swagger-ui', 'exceljs']));
    expect(code).not.toMatch(/from "(fastify|better-auth|drizzle-orm|zod|pg-boss)"/);
    // A bundled package finding a file next to its own code would look next to the bundle instead.
    expect(code).not.toMatch(/\b__dirname\b|\b__filename\b/);
    // Each bundled file's import.meta.url points at its source file, so what it names next to itself exists.
    const named = [...code.matchAll(/new URL\("([^"]+)", new URL\("([^"]+)", import\.meta\.url\)\.href\)/g)];
    expect(named.map((m) => m[1])).toEqual(expect.arrayContaining(['./worker.mjs', './import-worker.mjs']));
    for (const [, file, source] of named) {
      const path = fileURLToPath(new URL(file, new URL(source, `file://${outdir}/main.js`)));
      expect(existsSync(path), path).toBe(true);
    }
    const migrations = code.match(/new URL\("([^"]+packages\/db\/src\/client\.ts)", import\.meta\.url\)/);
    expect(migrations).not.toBeNull();
    expect(existsSync(join(fileURLToPath(new URL(migrations[1], `file://${outdir}/main.js`)), '..', '..', 'migrations', 'meta'))).toBe(
      true,
    );
  }, 60_000);
});
