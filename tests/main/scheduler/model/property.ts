import fc from 'fast-check';
import { CONFIG_VARIANTS } from './configs.ts';
import {
  formatScenario,
  runScenario,
  type ScenarioFailure,
  type ScenarioSetup,
  type SchedulerFactory,
} from './reference-model.ts';
import { type Step, stepArbitrary } from './steps.ts';

/**
 * The model-based property: random interleavings of steps against the scheduler, checked by the
 * reference model. fast-check finds and shrinks a failing run; the scenario is then cut to the
 * failing step and reduced further by dropping every step it can do without, and printed as
 * numbered sentences.
 */

export const setupArbitrary: fc.Arbitrary<ScenarioSetup> = fc.record({
  configVariant: fc.nat({ max: CONFIG_VARIANTS.length - 1 }),
  monotonicInSleep: fc.constantFrom('runs' as const, 'frozen' as const),
  startOffsetMinutes: fc.integer({ min: 0, max: 7 * 24 * 60 - 1 }),
});

export interface PropertyOptions {
  readonly runs: number;
  readonly steps: number;
  readonly seed?: number;
  readonly factory?: SchedulerFactory;
}

export interface PropertyOutcome {
  readonly runs: number;
  readonly steps: number;
  readonly scheduledBreaks: number;
  readonly naturalCredits: number;
  /** Breaks held while busy, and quiet notices given after the cap. */
  readonly heldBreaks: number;
  readonly quietNotices: number;
  /** The shrunk, reduced counterexample as a readable scenario, or null when every run held. */
  readonly counterexample: string | null;
}

function fails(
  setup: ScenarioSetup,
  steps: readonly Step[],
  factory?: SchedulerFactory,
): ScenarioFailure | null {
  return runScenario(setup, steps, factory).failure;
}

/** Drops steps one at a time while the scenario still fails (after fast-check's own shrinking). */
function reduce(setup: ScenarioSetup, steps: readonly Step[], factory?: SchedulerFactory): Step[] {
  const first = fails(setup, steps, factory);
  let current = first ? steps.slice(0, first.stepIndex + 1) : [...steps];
  // Passes until nothing more can go: dropping a late step can make an early one unnecessary.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = current.length - 1; i >= 0; i -= 1) {
      const without = [...current.slice(0, i), ...current.slice(i + 1)];
      const failure = fails(setup, without, factory);
      if (failure) {
        current = without.slice(0, failure.stepIndex + 1);
        changed = true;
      }
    }
  }
  return current;
}

export function checkSchedulerModel(options: PropertyOptions): PropertyOutcome {
  const tally = { scheduled: 0, natural: 0, held: 0, quiet: 0 };
  const property = fc.property(
    setupArbitrary,
    fc.array(stepArbitrary, { minLength: options.steps, maxLength: options.steps }),
    (setup, steps) => {
      const result = runScenario(setup, steps, options.factory);
      tally.scheduled += result.counts.scheduled;
      tally.natural += result.counts.natural;
      tally.held += result.counts.held;
      tally.quiet += result.counts.quiet;
      return result.failure === null;
    },
  );
  const details = fc.check(property, {
    numRuns: options.runs,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  let counterexample: string | null = null;
  if (details.failed && details.counterexample) {
    const [setup, steps] = details.counterexample;
    const reduced = reduce(setup, steps, options.factory);
    const failure = fails(setup, reduced, options.factory);
    counterexample = failure
      ? `${formatScenario(setup, reduced, failure)}\n(fast-check seed ${details.seed}, path ${details.counterexamplePath})`
      : `seed ${details.seed} path ${details.counterexamplePath}: ${String(details.errorInstance)}`;
  }
  return {
    runs: details.numRuns,
    steps: options.steps,
    scheduledBreaks: tally.scheduled,
    naturalCredits: tally.natural,
    heldBreaks: tally.held,
    quietNotices: tally.quiet,
    counterexample,
  };
}
