import type { PatternId } from '../../shared/exercises/types.ts';
import { BREAK_LENGTH_LIMITS_MS, type BreakBegin } from '../../shared/ipc-contract.ts';
import { PREROLL_MS } from './pacer-clock.ts';

/**
 * What the break window tells main (`break:begin`) the moment its pacer or first step starts:
 * the chosen pattern and the whole length from now. main then re-bases the running break, so its
 * automatic end (planned end plus the overrun grace) follows this session instead of the default
 * length counted from when the window opened. A breathing session starts with the pre-roll, which
 * belongs to the break, so it is included; main's bounds are applied here so a very short or long
 * session still re-bases rather than being refused.
 */
export function breathingBegin(patternId: PatternId, sessionMs: number): BreakBegin {
  return { patternId, durationMs: withinBounds(sessionMs + PREROLL_MS) };
}

/** A stretch break has no pre-roll and no pattern. */
export function stretchBegin(sessionMs: number): BreakBegin {
  return { durationMs: withinBounds(sessionMs) };
}

function withinBounds(ms: number): number {
  return Math.min(BREAK_LENGTH_LIMITS_MS.max, Math.max(BREAK_LENGTH_LIMITS_MS.min, Math.round(ms)));
}
