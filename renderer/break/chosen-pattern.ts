import { DEFAULT_PATTERN_ID, findPattern } from '../../shared/exercises/patterns.ts';
import type { BreathingPattern } from '../../shared/exercises/types.ts';

/**
 * The pattern a setup shows as chosen: the one with this id among those offered, or belly
 * breathing when it is not there (a custom pattern deleted while the window was open), so a setup
 * never offers to begin a pattern main would refuse.
 */
export function chosenPattern(patterns: readonly BreathingPattern[], id: string): BreathingPattern {
  return patterns.find((option) => option.id === id) ?? findPattern(DEFAULT_PATTERN_ID);
}
