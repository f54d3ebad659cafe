import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Three projects: plain logic in Node, Preact components in happy-dom,
// and end-to-end runs of the built renderer in Debian's Chromium.
// The JSON report feeds the plain "N passed, N failed" line that .ci/run prints.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results/results.json' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/shared/**/*.spec.ts', 'tests/main/**/*.spec.ts', 'tests/build/**/*.spec.ts'],
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.spec.ts', 'tests/renderer/**/*.spec.tsx'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
