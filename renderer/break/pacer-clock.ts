import { PREROLL_MS } from '../../shared/break-plan.ts';

/**
 * The one start time of a breathing session and the pauses that shift it. Pure values and
 * functions: the text loop and the shape's animations both read `elapsedAt`, so they cannot
 * disagree, and a pause moves the start instead of stopping a counter.
 */
export interface PacerClock {
  /** performance.now() at which the first inhale begins (after the pre-roll). */
  readonly startMs: number;
  readonly pausedTotalMs: number;
  /** Set while paused. */
  readonly pausedAtMs: number | null;
}

/** A clock whose first inhale begins after the pre-roll. */
export function startClock(nowMs: number, prerollMs: number = PREROLL_MS): PacerClock {
  return { startMs: nowMs + prerollMs, pausedTotalMs: 0, pausedAtMs: null };
}

/** Ms since the first inhale; negative during the pre-roll; frozen while paused. */
export function elapsedAt(clock: PacerClock, nowMs: number): number {
  return (clock.pausedAtMs ?? nowMs) - clock.startMs - clock.pausedTotalMs;
}

/** Where the animations' startTime belongs: the start shifted by every pause so far. */
export function shiftedStartMs(clock: PacerClock): number {
  return clock.startMs + clock.pausedTotalMs;
}

export function pauseClock(clock: PacerClock, nowMs: number): PacerClock {
  if (clock.pausedAtMs !== null) return clock;
  return { ...clock, pausedAtMs: nowMs };
}

export function resumeClock(clock: PacerClock, nowMs: number): PacerClock {
  if (clock.pausedAtMs === null) return clock;
  return {
    ...clock,
    pausedTotalMs: clock.pausedTotalMs + Math.max(0, nowMs - clock.pausedAtMs),
    pausedAtMs: null,
  };
}

export function isPaused(clock: PacerClock): boolean {
  return clock.pausedAtMs !== null;
}

/** Whole seconds of guided breathing: the pre-roll and pauses do not count. */
export function breathedSecondsAt(clock: PacerClock, nowMs: number, sessionMs: number): number {
  const breathedMs = Math.min(sessionMs, Math.max(0, elapsedAt(clock, nowMs)));
  return Math.floor(breathedMs / 1000);
}
