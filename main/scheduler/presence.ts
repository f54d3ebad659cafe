import type { BreakKind } from '../../shared/scheduler-types.ts';
import type { SchedulerConfig } from './config.ts';
import { type Anchors, kindsCoveredBy, naturalKindFor, type PostponedBreak } from './next-due.ts';

/**
 * Presence: is the user at the machine? One explicit state, `present` or `away`, that owns the
 * idle sampler. Idle, lock and sleep are one model: an absence starts at the last input before it
 * (read from the idle time at the moment it is noticed), grows while nothing says otherwise, and
 * ends when the user is back. Only then is it settled, once: at most one natural credit, of the
 * longest kind it covers, and (if it reached the long-idle limit) the interval clock stood still
 * during it.
 *
 * Transition table (`t` = now, `idle` = a read of the system idle time, null when unknown):
 *
 * | from    | on                                         | to      | effect                                                |
 * |---------|--------------------------------------------|---------|-------------------------------------------------------|
 * | present | sample, idle ≥ awayAfter                   | away    | start = t − idle, seenUntil = t, sample in returnMs   |
 * | present | sample, idle < awayAfter or unknown        | present | next sample predicted (see `nextPresentSampleMs`)     |
 * | present | break due, idle ≥ awayAfter                | away    | as above, and the due break is held                   |
 * | present | lock / suspend                             | away    | start = t − idle (t during a break), seenUntil = t    |
 * |         |                                            |         | (a start is never before the present state's sinceMs) |
 * | away    | sample, no input since start               | away    | seenUntil = t, sample again in returnMs               |
 * | away    | sample, input since start                  | present | settled up to seenUntil                               |
 * | away    | sample or lock/sleep, idle unknown         | present | settled up to seenUntil; the next absence is no credit |
 * | away    | unlock (awake) / resume (unlocked)         | present | seenUntil = t unless a short lock; settled; calm start |
 * | away    | notifyActivity / startNow                  | present | settled up to t if no input was seen since, else seenUntil |
 * | away    | a break offer comes up (notice or due)     | away    | held: no notice, no break until the user is back       |
 * | any     | config change                              | same    | present: sampler re-armed; away: kept (ended if idle no longer matters) |
 *
 * Nothing else touches presence: pause, resume, working hours, postpone, skip, breaks starting or
 * ending leave it as it is. The sampler time is part of each state (never null while away), so no
 * transition can drop it without arming another; it is dormant while asleep, locked, in a break,
 * paused or outside working hours and fires (late, once) as soon as none of those holds.
 */

export type Presence =
  | {
      readonly mode: 'present';
      /**
       * The user was last known here at this time (an input, a command, the end of an absence or a
       * break). An absence found later never reaches back before it, so one absence is never
       * settled twice, even when the idle time counts a sleep already settled.
       */
      readonly sinceMs: number;
      /**
       * The last absence ended without a sign of the user (the idle time turned unknown): until one
       * comes, a new absence may be the same one going on, so it earns no credit.
       */
      readonly creditSpent: boolean;
      /** Next idle read, or null when idle cannot change any decision (see `awayAfterMs`). */
      readonly sampleAtMs: number | null;
    }
  | {
      readonly mode: 'away';
      /** Last input before the absence (monotonic). */
      readonly startMs: number;
      /** Up to here no input was seen: the absence is at least `seenUntilMs − startMs` long. */
      readonly seenUntilMs: number;
      /** Sleep the monotonic clock did not count (it stands still during suspend on Linux and macOS). */
      readonly unseenMs: number;
      readonly slept: boolean;
      /** Began during a break (screen locked in it): the break stands for it, so no natural credit. */
      readonly duringBreak: boolean;
      /** Began right after an absence that ended without a sign of the user: its credit is spent. */
      readonly creditSpent: boolean;
      /** A break offer came up while away and waits for the user to be back. */
      readonly held: boolean;
      readonly sampleAtMs: number;
    };

export type AwayPresence = Extract<Presence, { mode: 'away' }>;

// Idle time has whole-second resolution, so the same input can look up to a second later.
export const SAME_INPUT_TOLERANCE_MS = 1500;

/** Seconds from the idle source to ms; null (unknown) stays null, nonsense reads as 0. */
export function idleMsFrom(idleSeconds: number | null): number | null {
  if (idleSeconds === null) return null;
  return Number.isFinite(idleSeconds) && idleSeconds > 0 ? idleSeconds * 1000 : 0;
}

/**
 * The shortest idle stretch that can change a decision: the shortest break that time away would
 * stand in for, or the long-idle limit. Null when neither applies, so idle is never read.
 */
export function awayAfterMs(config: SchedulerConfig): number | null {
  const lengths: number[] = [];
  if (config.naturalBreaks) {
    for (const kind of ['breathing', 'stretch'] as const) {
      const { enabled, durationMs } = config[kind];
      if (enabled && durationMs > 0) lengths.push(durationMs);
    }
  }
  if (config.longIdleMs > 0) lengths.push(config.longIdleMs);
  return lengths.length > 0 ? Math.min(...lengths) : null;
}

/**
 * The next idle read while present, given the last input seen. Idle can reach `awayAfterMs` no
 * sooner than `lastInputMs + awayAfter`; reads are never closer than `idleSampleMinGapMs`, so a
 * quiet working hour costs at most 60 / gap-in-minutes wake-ups. An absence longer than the gap is
 * always seen; a shorter one only when it is still going on at a read or when a break comes due.
 */
export function nextPresentSampleMs(
  config: SchedulerConfig,
  nowMs: number,
  lastInputMs: number,
): number | null {
  const after = awayAfterMs(config);
  if (after === null) return null;
  return Math.max(lastInputMs + after, nowMs + config.idleSampleMinGapMs);
}

export function presentFrom(
  config: SchedulerConfig,
  nowMs: number,
  lastInputMs: number,
  creditSpent = false,
): Presence {
  return {
    mode: 'present',
    sinceMs: lastInputMs,
    creditSpent,
    sampleAtMs: nextPresentSampleMs(config, nowMs, lastInputMs),
  };
}

export function awayLengthMs(away: AwayPresence): number {
  return away.seenUntilMs - away.startMs + away.unseenMs;
}

/** True once the absence has lasted the long-idle limit: the interval clock stands still. */
export function isClockStopped(away: AwayPresence, config: SchedulerConfig): boolean {
  return config.longIdleMs > 0 && awayLengthMs(away) >= config.longIdleMs;
}

export interface AwaySettlement {
  /** The one natural credit the absence earns, or null. */
  readonly credit: BreakKind | null;
  readonly anchors: Anchors;
  readonly postponed: PostponedBreak | null;
}

/**
 * What an absence that ended at `away.seenUntilMs` leaves behind. The credit restarts the
 * intervals it covers at the end of the absence; if the absence reached the long-idle limit, the
 * other intervals (and a postponed break) move forward by the part of it they were running for.
 */
export function settleAway(
  away: AwayPresence,
  config: SchedulerConfig,
  anchors: Anchors,
  postponed: PostponedBreak | null,
): AwaySettlement {
  const endMs = away.seenUntilMs;
  const lengthMs = awayLengthMs(away);
  const credit =
    !away.duringBreak && !away.creditSpent && config.naturalBreaks ? naturalKindFor(lengthMs, config) : null;
  const covered = credit ? kindsCoveredBy(credit) : [];
  const stopped = isClockStopped(away, config);
  const moved = (anchorMs: number) =>
    stopped ? anchorMs + Math.max(0, endMs - Math.max(away.startMs, anchorMs)) : anchorMs;
  const next: Anchors = {
    breathing: covered.includes('breathing') ? Math.max(endMs, anchors.breathing) : moved(anchors.breathing),
    stretch: covered.includes('stretch') ? Math.max(endMs, anchors.stretch) : moved(anchors.stretch),
  };
  let keptPostponed = postponed;
  if (postponed && covered.includes(postponed.kind)) keptPostponed = null;
  else if (postponed && stopped)
    keptPostponed = {
      kind: postponed.kind,
      dueMs: Math.min(postponed.dueMs + Math.max(0, endMs - away.startMs), endMs + config.postponeMs),
    };
  return { credit, anchors: next, postponed: keptPostponed };
}
