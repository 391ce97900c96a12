/**
 * `npm start` (decision 0182): builds the web app and the server bundle when their sources changed
 * (decisions 0160, 0182), then runs the server bundle in this same process — one Node start, no
 * TypeScript loader. Node's flags (`--expose-gc`, the embedded database's small heap of decision
 * 0168) are given to this process by package.json's start script.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIfChanged } from './build-web.mjs';
import { buildServerIfChanged, SERVER_ENTRY } from './build-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  buildIfChanged(root);
} catch (error) {
  console.error(`Lots could not build the web app: ${error.message}`);
  process.exit(1);
}
try {
  await buildServerIfChanged(root);
} catch (error) {
  console.error(`Lots could not build the server: ${error.message}`);
  process.exit(1);
}
await import(pathToFileURL(join(root, SERVER_ENTRY)).href);
