import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// Relative paths: the config is bundled with what it imports, and Node cannot load @lots/core's TypeScript itself.
import { WEB_NAMESPACES } from '../../packages/core/src/i18n/namespaces.ts';
import { LOCALES } from '../../packages/core/src/values.ts';
import { textChunkName, textParts } from './vite/catalogs-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://localhost:3000';
const src = fileURLToPath(new URL('./src/', import.meta.url));
/** The app's modules that do something when loaded (register elements, set up i18next, the API client's middleware). */
const WITH_SIDE_EFFECTS = new Set(['main.tsx', 'i18n.ts', 'designsystemet-web.ts', 'api/client.ts']);

/**
 * Writes `file.br` and `file.gz` next to every text file of the build: the server sends them as
 * they are (decision 0160), at the best compression, with no work per request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'lots-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(js|css|html|svg|json|txt)$/.test(entry.name)) continue;
        const file = join(entry.parentPath, entry.name);
        const content = readFileSync(file);
        if (content.length < 512) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [
    react(),
    // Each part of the app gets the texts it shows, per language (decision 0188).
    textParts({
      srcDir: src,
      localesDir: fileURLToPath(new URL('../../packages/core/locales/', import.meta.url)),
      locales: LOCALES,
      namespaces: WEB_NAMESPACES,
    }),
    precompress(),
  ],
  resolve: {
    // Designsystemet's React components import all of its web components; the app registers the
    // ones it uses (src/designsystemet-web.ts, decision 0167). Subpath imports are not matched.
    alias: [{ find: /^@digdir\/designsystemet-web$/, replacement: fileURLToPath(new URL('./src/designsystemet-web.ts', import.meta.url)) }],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Maps stay in dist for a developer reading an error report, but the files do not point to them
    // and the server refuses them in production (no public source maps, issue 15).
    sourcemap: 'hidden',
    // .vite/manifest.json: which chunks each page needs (bench/web.bench.ts reads it).
    manifest: true,
    // Browsers without <link rel="modulepreload"> (Firefox before 115, Safari before 17) load the same
    // modules through their imports, without the head start: the polyfill is not worth its bytes in
    // every first load (decision 0183).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React modules only define components but declare no "sideEffects" in their
        // package.json, so every component would ship with the first page. Their web-component
        // registrations (@digdir/designsystemet-web, @u-elements) keep their side effects.
        moduleSideEffects: (id) => {
          if (/node_modules[\\/]@digdir[\\/]designsystemet-react[\\/].*\.js$/.test(id)) return false;
          // The app's own modules only declare (components, queries, functions), so a page that imports
          // one function of a feature's index.ts does not pull the feature's other modules into its
          // chunk (decision 0188). The few with work at the top level keep their side effects.
          if (id.startsWith(src) && /\.tsx?$/.test(id)) return WITH_SIDE_EFFECTS.has(id.slice(src.length));
          return undefined;
        },
      },
      output: {
        // A part's texts are named by language and part (texts-sv-home.pages-<hash>.js), as the browser tests look for them.
        chunkFileNames: (chunk) => `assets/${textChunkName(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
        // Libraries change less often than the app: separate chunks cache better.
        // Only React gets its own group: a group for all other libraries would load every page's
        // libraries before the sign-in page (issue 15); the rest is split where the lazy routes are.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
});
