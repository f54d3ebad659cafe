/**
 * Every breathing pattern id, once. The PatternId type, the settings schema's enum, the IPC
 * validators and the command line all derive from this list; the pattern data
 * (shared/exercises/patterns.ts) must cover it, which its test checks.
 */
export const PATTERN_IDS = [
  'belly',
  'resonance',
  'extended-exhale',
  'box',
  'cyclic-sigh',
  'four-seven-eight',
] as const;

export type PatternId = (typeof PATTERN_IDS)[number];

export function isPatternId(value: unknown): value is PatternId {
  return typeof value === 'string' && (PATTERN_IDS as readonly string[]).includes(value);
}
