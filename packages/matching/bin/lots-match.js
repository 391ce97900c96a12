#!/usr/bin/env node
// @ts-check
// The `lots-match` command: see src/cli.js and shared/specs/matching-cli.md.
import { main } from '../src/cli.js';

// A closed pipe (`lots-match x.json | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EPIPE') return;
  process.stderr.write(`lots-match: cannot write the result (${error.message})\n`);
  process.exitCode = 1;
});
process.exitCode = main(process.argv.slice(2));
