// @ts-check
// Lets `npx vitest run --root packages/matching` run this package alone; the repository's root
// config (projects) also picks up src/**/*.test.js.
import { defineConfig } from 'vitest/config';

// The property tests take 3–4 s on a quiet machine: more than the default 5 s under load.
export default defineConfig({ test: { include: ['src/**/*.test.js'], environment: 'node', testTimeout: 30_000 } });
