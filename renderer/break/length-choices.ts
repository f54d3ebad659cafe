import { planBreakSession } from '../../shared/break-plan.ts';
import { BREATHING_LENGTH_MINUTES } from '../../shared/domain/breathing-lengths.ts';
import type { BreathingPattern } from '../../shared/exercises/types.ts';

export interface LengthChoice {
  readonly minutes: number;
  /** The session this choice gives with this pattern: whole cycles, never above its cap. */
  readonly ms: number;
  readonly cycles: number;
  /**
   * False when the pattern's cap (4-7-8 keeps to four rounds) makes this length breathe exactly
   * as many cycles as a shorter choice: offering it would promise a longer session that never comes.
   */
  readonly meaningful: boolean;
}

/**
 * The lengths on offer for this pattern, shortest first: the setup's minutes, or (Preferences) the
 * ones it offers, which may include an odd stored length such as 1.5 minutes.
 */
export function lengthChoices(
  pattern: BreathingPattern,
  offeredMinutes: readonly number[] = BREATHING_LENGTH_MINUTES,
): LengthChoice[] {
  let previousCycles = 0;
  return [...offeredMinutes]
    .sort((a, b) => a - b)
    .map((minutes) => {
      // The same plan main makes for this choice, so the count shown is the count breathed.
      const { breathingMs: ms, cycles } = planBreakSession({ requestedMs: minutes * 60_000 }, pattern);
      const meaningful = cycles > previousCycles;
      previousCycles = Math.max(previousCycles, cycles);
      return { minutes, ms, cycles, meaningful };
    });
}

/**
 * Whether the pattern's cap shortens a break asked for this long: it breathes fewer cycles than the
 * same request would without the cap (4-7-8 at 2 minutes breathes 76 s, not 2 minutes).
 */
export function cappedBelowRequest(pattern: BreathingPattern, requestedMs: number): boolean {
  const { maxCycles: _cap, ...uncapped } = pattern;
  return (
    planBreakSession({ requestedMs }, pattern).cycles < planBreakSession({ requestedMs }, uncapped).cycles
  );
}

/** The choice nearest a session length, e.g. the settings' default breathing length. */
export function nearestLength(sessionMs: number): number {
  const minutes = sessionMs / 60_000;
  let best: number = BREATHING_LENGTH_MINUTES[0];
  for (const choice of BREATHING_LENGTH_MINUTES)
    if (Math.abs(choice - minutes) < Math.abs(best - minutes)) best = choice;
  return best;
}

/**
 * What a chosen length means for this pattern: the longest meaningful choice not above it, so
 * picking 5 minutes and then 4-7-8 runs (and shows) the four rounds 4-7-8 allows.
 */
export function effectiveChoice(choices: readonly LengthChoice[], chosenMinutes: number): LengthChoice {
  let best = choices[0];
  if (best === undefined) throw new Error('lengthChoices is never empty');
  for (const choice of choices) if (choice.meaningful && choice.minutes <= chosenMinutes) best = choice;
  return best;
}
