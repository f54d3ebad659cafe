import { describe, expect, it } from 'vitest';
import { checkSchedulerModel } from '../main/scheduler/model/property.ts';
import { bySoakBudget, soakSeed } from './budget.ts';

/**
 * The scheduler's model-based property (tests/main/scheduler/scheduler-model.spec.ts) with ten
 * times the runs and its own seed, so the soak covers scenarios `npm test` never tries. Like the
 * other soaks it is reproducible by default; `SOAK_SEED=<n> npm run soak` explores (or replays)
 * another seed, and a failure prints the shrunk scenario with the seed and path that found it.
 */

const RUNS = bySoakBudget({ full: 20_000, small: 3000 });
const STEPS = 300;

describe('the scheduler against its reference model, at soak scale', () => {
  it(`keeps every invariant over ${RUNS} random runs of ${STEPS} steps`, () => {
    const seed = soakSeed(1010);
    const outcome = checkSchedulerModel({ runs: RUNS, steps: STEPS, seed });
    expect(outcome.counterexample ?? 'no counterexample', `seed ${seed}`).toBe('no counterexample');
    expect(outcome.runs).toBe(RUNS);
  }, 3_600_000);
});
