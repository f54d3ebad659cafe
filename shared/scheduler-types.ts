import type { BusyReason } from './domain/busy.ts';
import type { PatternRef } from './exercises/types.ts';

/**
 * Types the break scheduler (main/scheduler) shows to the rest of the app: the tray, the break
 * window and the statistics store. Pure types only, so the renderer can import them.
 */

import type { BreakKind } from './domain/break-kinds.ts';

export type { BreakKind } from './domain/break-kinds.ts';

/** How a break ended. `natural`: the user was away (idle, locked or asleep) at least as long as the break. */
export type BreakOutcome = 'taken' | 'postponed' | 'skipped' | 'natural';

/**
 * Who ended a break. `window`: the break window finished it (`break:complete`) and stays open for
 * its done screen, closing itself; `scheduler`: anything else (overrun, sleep, pause, postpone,
 * skip from the tray or notice, natural), after which main closes the break window.
 */
export type BreakEndedBy = 'window' | 'scheduler';

/** `scheduled` came from the timer; `manual` from Breathe now / Stretch now. */
export type BreakSource = 'scheduled' | 'manual';

/**
 * What the tray should say. Several conditions can hold at once; the most important one wins, in
 * this order: suspended, locked, in-break, paused, outside-hours, idle, busy, notice, running.
 * `busy`: a break is due but waits while the user presents, calls or watches (see `busy`).
 */
export type SchedulerState =
  | 'running'
  | 'notice'
  | 'in-break'
  | 'paused'
  | 'idle'
  | 'busy'
  | 'suspended'
  | 'locked'
  | 'outside-hours';

export interface NextBreakInfo {
  readonly kind: BreakKind;
  /** Milliseconds until the break starts (until the notice deadline while waiting for a typing pause). */
  readonly dueInMs: number;
  readonly dueAtWallMs: number;
}

export interface CurrentBreakInfo {
  readonly kind: BreakKind;
  readonly patternId?: PatternRef;
  readonly startedAtWallMs: number;
  readonly durationMs: number;
  readonly source: BreakSource;
}

export interface NoticeInfo {
  readonly kind: BreakKind;
  readonly secondsLeft: number;
  readonly endsAtWallMs: number;
  /** True once the break is due but waits for a pause in typing (at most the typing grace). */
  readonly waitingForInputPause: boolean;
  readonly canPostpone: boolean;
  readonly canSkip: boolean;
}

export interface SchedulerSnapshot {
  readonly state: SchedulerState;
  /** The next scheduled break; null while paused, suspended, outside working hours or with both kinds off. */
  readonly next: NextBreakInfo | null;
  /** When a pause ends. Null together with state `paused` means paused indefinitely. */
  readonly pausedUntilWallMs: number | null;
  readonly paused: boolean;
  /** Postpones used for the break that is coming (resets once it is taken, skipped or natural). */
  readonly postponesUsed: number;
  readonly postponeLimit: number;
  readonly strict: boolean;
  readonly current: CurrentBreakInfo | null;
  readonly notice: NoticeInfo | null;
  /** Busy reasons right now (empty when none, or when nothing watches them); they hold due breaks. */
  readonly busy: readonly BusyReason[];
}

export interface NoticeEvent {
  readonly type: 'notice';
  readonly kind: BreakKind;
  readonly dueAtWallMs: number;
  readonly leadMs: number;
  readonly canPostpone: boolean;
  readonly canSkip: boolean;
}

export interface BreakStartedEvent {
  readonly type: 'break-started';
  readonly kind: BreakKind;
  readonly patternId?: PatternRef;
  readonly source: BreakSource;
  readonly durationMs: number;
  readonly startedAtWallMs: number;
}

export interface BreakEndedEvent {
  readonly type: 'break-ended';
  readonly kind: BreakKind;
  readonly outcome: BreakOutcome;
  readonly source: BreakSource;
  /**
   * Time spent in the break window (0 when postponed or skipped from the notice). For `natural`,
   * the planned length of the break the time away stood in for.
   */
  readonly durationMs: number;
  /** Guided breathing time the break window reported, if any. */
  readonly breathedMs?: number;
  readonly patternId?: PatternRef;
  readonly endedAtWallMs: number;
  readonly endedBy: BreakEndedBy;
}

export interface StateChangedEvent {
  readonly type: 'state-changed';
  readonly snapshot: SchedulerSnapshot;
}

/** A break is coming up (or a held one is due a new look): main should read the busy reasons now. */
export interface BusyCheckEvent {
  readonly type: 'busy-check';
}

/** A due break is held back; `reasons` joined this hold now (statistics count each once). */
export interface BusyHeldEvent {
  readonly type: 'busy-held';
  readonly kind: BreakKind;
  readonly reasons: readonly BusyReason[];
}

/** A break has been held for the cap: one quiet notification, never a window. */
export interface BusyQuietNoticeEvent {
  readonly type: 'busy-quiet-notice';
  readonly kind: BreakKind;
  readonly reasons: readonly BusyReason[];
}

export type SchedulerEvent =
  | NoticeEvent
  | BreakStartedEvent
  | BreakEndedEvent
  | StateChangedEvent
  | BusyCheckEvent
  | BusyHeldEvent
  | BusyQuietNoticeEvent;

/**
 * The scheduler's own argument of `pause`: whole minutes (> 0), until tomorrow morning, or until
 * resumed. Callers say it as a PauseRequest (shared/domain/pause-request.ts); app-commands converts.
 */
export type PauseLength = number | 'tomorrow' | 'indefinitely';

export type SchedulerErrorCode =
  | 'strict-mode'
  | 'postpone-limit'
  | 'nothing-due'
  | 'no-break'
  | 'break-in-progress'
  | 'unavailable'
  | 'invalid-argument'
  | 'invalid-config'
  | 'not-started';
