import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests only: end-to-end tests in test/e2e run under node:test against real Chromium.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    environment: 'node',
    // Budgets for a loaded 2-core machine: a test that takes 1 s alone took 32 s at load 23 (the
    // rescore race, 29 interleavings, in a loaded npm test run); these limits only catch hangs.
    // Property tests keep explicit small numRuns so their work is fixed.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // An error no test awaited (a timer firing after its page unmounted) fails the run.
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
