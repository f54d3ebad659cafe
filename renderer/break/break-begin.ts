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

/**
 * How long main may wait for a paused break before ending it on its own. Main ends a break at its
 * planned end plus a 2-minute overrun; a pause stops the pacer but not main's clock, so while
 * paused the window re-bases on what is left plus this allowance, and on resume on what is left
 * again. One call each way, no polling; a pause longer than this (plus the overrun) still ends the
 * break, so a window forgotten on pause does not hold the schedule forever.
 */
export const PAUSE_ALLOWANCE_MS = 10 * 60_000;

/** Sent as the user pauses: the break's remaining length plus the pause allowance. */
export function pausedBegin(remainingMs: number, patternId?: PatternId): BreakBegin {
  return withPattern(withinBounds(Math.max(0, remainingMs) + PAUSE_ALLOWANCE_MS), patternId);
}

/** Sent as the user resumes: the break's true remaining length. */
export function resumedBegin(remainingMs: number, patternId?: PatternId): BreakBegin {
  return withPattern(withinBounds(Math.max(0, remainingMs)), patternId);
}

function withPattern(durationMs: number, patternId: PatternId | undefined): BreakBegin {
  return patternId === undefined ? { durationMs } : { patternId, durationMs };
}

function withinBounds(ms: number): number {
  return Math.min(BREAK_LENGTH_LIMITS_MS.max, Math.max(BREAK_LENGTH_LIMITS_MS.min, Math.round(ms)));
}
