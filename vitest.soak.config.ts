import { defineConfig } from 'vitest/config';

// The robustness suite: crash safety with real SIGKILLs, a simulated year of scheduling and
// settings corruption at scale. Too slow for every `npm test`, so it runs on its own
// (`npm run soak`; CI sets SOAK_BUDGET=small). The JSON report joins the others in .vitest-results/.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results/soak.json' },
    projects: [
      {
        test: {
          name: 'soak',
          environment: 'node',
          include: ['tests/soak/**/*.spec.ts'],
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
