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

export function lengthChoices(pattern: BreathingPattern): LengthChoice[] {
  let previousCycles = 0;
  return BREATHING_LENGTH_MINUTES.map((minutes) => {
    // The same plan main makes for this choice, so the count shown is the count breathed.
    const { breathingMs: ms, cycles } = planBreakSession({ requestedMs: minutes * 60_000 }, pattern);
    const meaningful = cycles > previousCycles;
    previousCycles = Math.max(previousCycles, cycles);
    return { minutes, ms, cycles, meaningful };
  });
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
