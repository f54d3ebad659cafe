import { echoInput } from '../bounded-text.ts';
import type { CustomPattern } from '../domain/custom-patterns.ts';
import { isBuiltInPatternId, type PatternRef } from '../domain/pattern-ids.ts';
import { fromCustomPattern } from './custom-pattern.ts';
import { breathingPatterns, DEFAULT_PATTERN_ID, findPattern } from './patterns.ts';
import type { BreathingPattern } from './types.ts';

/** The part of the settings a pattern reference is resolved against. */
export interface PatternSettings {
  readonly breathing: {
    readonly patternId: PatternRef;
    readonly customPatterns: readonly CustomPattern[];
  };
}

/**
 * The one resolver: a built-in id gives the built-in pattern, a custom id the user's pattern of
 * that id in these settings, anything else undefined (a deleted pattern, a typo, a stranger).
 */
export function resolvePattern(settings: PatternSettings, id: string): BreathingPattern | undefined {
  if (isBuiltInPatternId(id)) return findPattern(id);
  const custom = settings.breathing.customPatterns.find((pattern) => pattern.id === id);
  return custom === undefined ? undefined : fromCustomPattern(custom);
}

/** Every pattern one can choose, built-ins first, then the user's own in the order they were made. */
export function patternChoices(settings: PatternSettings): readonly BreathingPattern[] {
  return [...breathingPatterns, ...settings.breathing.customPatterns.map(fromCustomPattern)];
}

/**
 * The pattern of scheduled breaks. Validated settings always name one that exists; this still
 * falls back to belly breathing, so nothing can start a break without a pattern.
 */
export function scheduledPattern(settings: PatternSettings): BreathingPattern {
  return resolvePattern(settings, settings.breathing.patternId) ?? findPattern(DEFAULT_PATTERN_ID);
}

/** What main says when asked for a pattern these settings do not have (CLI, IPC, a stale request). */
export function unknownPatternMessage(id: string): string {
  return `Unknown breathing pattern "${echoInput(id)}".`;
}

/** resolvePattern for main's entry points: an unknown id is refused with a clear message. */
export function requirePattern(settings: PatternSettings, id: string): BreathingPattern {
  const pattern = resolvePattern(settings, id);
  if (pattern === undefined) throw new Error(unknownPatternMessage(id));
  return pattern;
}
