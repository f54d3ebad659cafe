import { describe, expect, it } from 'vitest';
import { checkSchedulerModel } from '../main/scheduler/model/property.ts';
import { bySoakBudget, soakSeed } from './budget.ts';

/**
 * The scheduler's model-based property (tests/main/scheduler/scheduler-model.spec.ts) with many
 * more runs and a fresh seed each time, so every soak explores scenarios `npm test` never tried.
 * A failure prints the shrunk scenario with its seed; `SOAK_SEED=<seed> npm run soak` replays it.
 */

const RUNS = bySoakBudget({ full: 20_000, small: 4000 });
const STEPS = 300;

describe('the scheduler against its reference model, at soak scale', () => {
  it(`keeps every invariant over ${RUNS} random runs of ${STEPS} steps`, () => {
    const seed = soakSeed(Date.now() % 2_147_483_647);
    const outcome = checkSchedulerModel({ runs: RUNS, steps: STEPS, seed });
    expect(outcome.counterexample ?? 'no counterexample', `seed ${seed}`).toBe('no counterexample');
    expect(outcome.runs).toBe(RUNS);
  }, 3_600_000);
});
