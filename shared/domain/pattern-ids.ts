/**
 * Breathing pattern ids. Three kinds, kept apart by type:
 * - a built-in id (BUILT_IN_PATTERN_IDS): the app's own patterns, data in shared/exercises/patterns.ts;
 * - a custom pattern id: a lower-case slug the user's pattern got at creation (settings
 *   `breathing.customPatterns`), never equal to a built-in id;
 * - a pattern reference (PatternRef): either of them as settings, IPC and the command line name a
 *   pattern. Only its spelling can be checked without the settings; resolvePattern
 *   (shared/exercises/resolve-pattern.ts) turns it into a pattern or refuses it.
 */
export const BUILT_IN_PATTERN_IDS = [
  'belly',
  'resonance',
  'extended-exhale',
  'box',
  'cyclic-sigh',
  'four-seven-eight',
] as const;

export type BuiltInPatternId = (typeof BUILT_IN_PATTERN_IDS)[number];

/** A custom pattern's id; made only by isCustomPatternId or customPatternIdFor (pattern-slug.ts). */
export type CustomPatternId = string & { readonly customPatternId: unique symbol };

export type PatternRef = BuiltInPatternId | CustomPatternId;

/** Longest pattern id; a built-in one is far shorter. */
export const PATTERN_ID_MAX_LENGTH = 32;

/** Lower-case letters and digits in groups joined by single hyphens (so `belly`, `evening-4-8`). */
export const PATTERN_ID_SYNTAX = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const idSyntax = new RegExp(PATTERN_ID_SYNTAX);

export function isBuiltInPatternId(value: unknown): value is BuiltInPatternId {
  return typeof value === 'string' && (BUILT_IN_PATTERN_IDS as readonly string[]).includes(value);
}

/** Spelled like a pattern id: what IPC and the command line can check before the settings are at hand. */
export function isPatternRef(value: unknown): value is PatternRef {
  return typeof value === 'string' && value.length <= PATTERN_ID_MAX_LENGTH && idSyntax.test(value);
}

export function isCustomPatternId(value: unknown): value is CustomPatternId {
  return isPatternRef(value) && !isBuiltInPatternId(value);
}
