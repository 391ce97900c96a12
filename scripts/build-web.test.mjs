import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEnv, buildIfChanged, buildReason, sourceHash } from './build-web.mjs';

let root;
let builds;
const write = (path, content) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
};
/** Stands in for Vite only in what the check reads: it writes the build's index.html. */
const build = (at) => {
  builds += 1;
  write('apps/web/dist/index.html', `<!doctype html><!-- build ${builds} in ${at === root} -->`);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lots-build-web-'));
  builds = 0;
  write('apps/web/src/main.tsx', 'render();\n');
  write('apps/web/vite.config.ts', 'export default {};\n');
  write('packages/core/src/index.ts', 'export const a = 1;\n');
  write('packages/core/locales/sv/common.json', '{"hello":"Hej"}\n');
  write('packages/core/package.json', '{}\n');
  write('package-lock.json', '{"lockfileVersion":3}\n');
  write('scripts/build-web.mjs', 'export const env = {};\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm start builds the web app only when its sources changed', () => {
  it('builds the first time, then not again until a source changes', () => {
    expect(buildReason(root)).toBe('no build yet');
    expect(buildIfChanged(root, { build })).toBe(true);
    expect(builds).toBe(1);
    expect(buildReason(root)).toBeNull();
    expect(buildIfChanged(root, { build })).toBe(false);
    expect(builds).toBe(1);
  });

  it('rebuilds after a change in the app, a catalog, the core, the locked dependencies or this script', () => {
    for (const [path, content] of [
      ['apps/web/src/main.tsx', 'render(<App />);\n'],
      ['apps/web/src/features/new/pages.ts', 'export {};\n'],
      ['packages/core/locales/sv/common.json', '{"hello":"Hej då"}\n'],
      ['packages/core/src/index.ts', 'export const a = 2;\n'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}\n'],
      ['apps/web/vite.config.ts', 'export default { build: {} };\n'],
      // the script decides the build's environment (NODE_ENV): a build made by an older one is not kept
      ['scripts/build-web.mjs', "export const env = { NODE_ENV: 'production' };\n"],
    ]) {
      buildIfChanged(root, { build });
      const before = builds;
      write(path, content);
      expect(buildReason(root), path).toBe('its sources changed');
      expect(buildIfChanged(root, { build }), path).toBe(true);
      expect(builds, path).toBe(before + 1);
    }
  });

  it('ignores the build itself, installed packages and files outside the inputs', () => {
    buildIfChanged(root, { build });
    const hash = sourceHash(root);
    write('apps/web/dist/assets/extra.js', 'x');
    write('apps/web/node_modules/x/index.js', 'x');
    write('apps/server/src/main.ts', 'x');
    write('scripts/start.mjs', 'x');
    expect(sourceHash(root)).toBe(hash);
    expect(buildIfChanged(root, { build })).toBe(false);
  });

  it('rebuilds when the build lost its record or was removed, and when forced', () => {
    buildIfChanged(root, { build });
    rmSync(join(root, 'apps/web/dist/.source-hash'));
    expect(buildReason(root)).toBe('the build does not record its sources');
    expect(buildIfChanged(root, { build })).toBe(true);
    rmSync(join(root, 'apps/web/dist'), { recursive: true });
    expect(buildReason(root)).toBe('no build yet');
    buildIfChanged(root, { build });
    expect(buildIfChanged(root, { build, force: true })).toBe(true);
    expect(builds).toBe(4);
  });

  it('does not record sources when the build fails', () => {
    expect(() =>
      buildIfChanged(root, {
        build: () => {
          throw new Error('vite failed');
        },
      }),
    ).toThrow('vite failed');
    expect(buildReason(root)).toBe('no build yet');
  });

  it('builds for production whatever NODE_ENV the server is started with, keeping the rest of the environment', () => {
    for (const NODE_ENV of ['test', 'development', undefined]) {
      const env = buildEnv({ NODE_ENV, PATH: '/usr/bin' });
      expect(env.NODE_ENV, String(NODE_ENV)).toBe('production');
      expect(env.PATH).toBe('/usr/bin');
    }
  });
});
