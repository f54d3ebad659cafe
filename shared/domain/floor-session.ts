import type { BuiltInPatternId } from './pattern-ids.ts';

/**
 * "Lie down and breathe": the article's main practice, on the back with knees bent and a hand on
 * the belly, for a few minutes with the eyes closed. The lengths offered and the defaults, once,
 * for main (tray, IPC) and the break window.
 */
export const FLOOR_MINUTES = [3, 5, 10] as const;

export type FloorMinutes = (typeof FLOOR_MINUTES)[number];

export const DEFAULT_FLOOR_MINUTES: FloorMinutes = 5;

/** Belly breathing, 4 in and 6 out: the article's own rhythm. */
export const DEFAULT_FLOOR_PATTERN_ID: BuiltInPatternId = 'belly';

export function isFloorMinutes(value: unknown): value is FloorMinutes {
  return typeof value === 'number' && (FLOOR_MINUTES as readonly number[]).includes(value);
}
