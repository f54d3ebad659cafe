import type { PatternId } from '../../shared/exercises/types.ts';
import type { BreakKind, BreakSource } from '../../shared/scheduler-types.ts';
import type { SchedulerConfig } from './config.ts';
import type { IdlePeriod } from './idle-probe.ts';
import type { Anchors, PostponedBreak } from './next-due.ts';

/** Where the current break cycle stands. All times are monotonic milliseconds unless named Wall. */
export type Cycle =
  | { readonly phase: 'waiting' }
  | { readonly phase: 'notice'; readonly kind: BreakKind; readonly dueMs: number }
  | {
      readonly phase: 'typing';
      readonly kind: BreakKind;
      readonly graceEndMs: number;
      readonly checkAtMs: number;
    }
  | {
      readonly phase: 'break';
      readonly kind: BreakKind;
      readonly source: BreakSource;
      readonly patternId?: PatternId;
      readonly startedMs: number;
      readonly startedWallMs: number;
      readonly durationMs: number;
      /** True once the break window sent `break:begin` (its pacer or first step started). */
      readonly begun: boolean;
      /**
       * Strict mode: the earliest time the break may be completed as taken. Set when the break
       * starts and at the window's first `break:begin`; later re-bases (pause, resume) never
       * move it, so pausing cannot shorten a strict break.
       */
      readonly earliestEndMs: number;
    };

export type Pause =
  | { readonly until: 'monotonic'; readonly ms: number }
  | { readonly until: 'wall'; readonly wallMs: number }
  | { readonly until: 'resume' };

/** A stretch of lock and/or sleep, possibly begun earlier as idle time. */
export interface Away {
  readonly startMs: number;
  /** Sleep the monotonic clock did not see (it stands still during suspend on some systems). */
  extraMs: number;
  readonly lockStartMs: number | null;
  includedSuspend: boolean;
  readonly hadBreak: boolean;
  readonly counted: readonly BreakKind[];
  /** Set when long idle had stopped the clock before the lock or sleep began. */
  readonly clockStoppedSinceMs: number | null;
}

export interface SchedulerStateData {
  started: boolean;
  config: SchedulerConfig;
  anchors: Anchors;
  postponed: PostponedBreak | null;
  postponesUsed: number;
  notBeforeMs: number;
  lastBreakEndMs: number | null;
  cycle: Cycle;
  pause: Pause | null;
  suspendedAt: { readonly ms: number; readonly wallMs: number } | null;
  lockedAtMs: number | null;
  away: Away | null;
  outsideHours: boolean;
  idlePeriod: IdlePeriod | null;
  idleSampleAtMs: number | null;
  longIdleSinceMs: number | null;
  /** Deadline the timer is armed for, to notice a sleep nobody reported. */
  armedForMs: number | null;
}

export function initialState(config: SchedulerConfig): SchedulerStateData {
  return {
    started: false,
    config,
    anchors: { breathing: 0, stretch: 0 },
    postponed: null,
    postponesUsed: 0,
    notBeforeMs: -Infinity,
    lastBreakEndMs: null,
    cycle: { phase: 'waiting' },
    pause: null,
    suspendedAt: null,
    lockedAtMs: null,
    away: null,
    outsideHours: false,
    idlePeriod: null,
    idleSampleAtMs: null,
    longIdleSinceMs: null,
    armedForMs: null,
  };
}

/** True while no break may start: the user is away, paused, off work, or long idle stopped the clock. */
export function isBlocked(s: SchedulerStateData): boolean {
  return (
    s.suspendedAt !== null ||
    s.lockedAtMs !== null ||
    s.pause !== null ||
    s.outsideHours ||
    s.longIdleSinceMs !== null
  );
}
