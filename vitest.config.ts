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
  },
});
