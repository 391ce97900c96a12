// @ts-check
// Lets `npx vitest run --root packages/matching` run this package alone; the repository's root
// config (projects) also picks up src/**/*.test.js.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['src/**/*.test.js'], environment: 'node' } });
