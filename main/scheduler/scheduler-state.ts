import type { BusyReason } from '../../shared/domain/busy.ts';
import type { PatternRef } from '../../shared/exercises/types.ts';
import type { BreakKind, BreakSource } from '../../shared/scheduler-types.ts';
import type { HoldState } from '../busy/busy-policy.ts';
import type { SchedulerConfig } from './config.ts';
import type { Anchors, PostponedBreak } from './next-due.ts';
import { isClockStopped, type Presence } from './presence.ts';

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
      readonly patternId?: PatternRef;
      readonly startedMs: number;
      readonly startedWallMs: number;
      readonly durationMs: number;
      /** True once beginBreak ran (the break window said break:started: its pacer or first step started). */
      readonly begun: boolean;
      /**
       * Strict mode: the earliest time the break may be completed as taken. Set when the break
       * starts and at the first beginBreak; later re-bases (pause, resume) never
       * move it, so pausing cannot shorten a strict break.
       */
      readonly earliestEndMs: number;
    };

export type Pause =
  | { readonly until: 'monotonic'; readonly ms: number }
  | { readonly until: 'wall'; readonly wallMs: number }
  | { readonly until: 'resume' };

/**
 * The busy hold (main/busy): what main last reported, and the break held back, if any. Nothing
 * here is used until main starts watching (`watched`), so a machine without probes runs as before.
 */
export interface BusyGate {
  watched: boolean;
  reasons: readonly BusyReason[];
  /** Some reason is only seen by sampling: a held break is looked at again at a low rate. */
  sampled: boolean;
  /** When the last reading arrived. */
  readAtMs: number | null;
  /** How many readings have arrived: two in the same millisecond are still two. */
  readings: number;
  /** A reading was asked for then and has not arrived; the offer waits for it, briefly. */
  askedAtMs: number | null;
  hold:
    | (HoldState & {
        readonly kind: BreakKind;
        readonly recheckAtMs: number | null;
        /** The reading (its number in `readings`) this hold was last decided on. */
        readonly decidedOnReading: number;
      })
    | null;
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
  outsideHours: boolean;
  /** Whether the user is at the machine, with its idle sampler (presence.ts). */
  presence: Presence;
  /** Deadline the timer is armed for, to notice a sleep nobody reported. */
  armedForMs: number | null;
  busy: BusyGate;
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
    outsideHours: false,
    presence: { mode: 'present', sinceMs: 0, creditSpent: false, sampleAtMs: null },
    armedForMs: null,
    busy: {
      watched: false,
      reasons: [],
      sampled: false,
      readAtMs: null,
      readings: 0,
      askedAtMs: null,
      hold: null,
    },
  };
}

/** Asleep, locked, paused or outside working hours: nothing happens but these ending (and a break's overrun). */
export function isHeldOutside(s: SchedulerStateData): boolean {
  return s.suspendedAt !== null || s.lockedAtMs !== null || s.pause !== null || s.outsideHours;
}

/**
 * The user is away and that holds breaks back: long idle stopped the clock, or a break came up
 * while away and waits for the return. (Away for a short while otherwise changes nothing yet.)
 */
export function isAwayHolding(s: SchedulerStateData): boolean {
  const p = s.presence;
  return p.mode === 'away' && (p.held || isClockStopped(p, s.config));
}

/**
 * True while no break may be offered. This is the one place that gates due breaks: a further
 * input that holds breaks back (a "busy" signal, say) joins here, and stepOnce, the deadlines and
 * the snapshot all follow it.
 */
export function isBlocked(s: SchedulerStateData): boolean {
  return isHeldOutside(s) || isAwayHolding(s) || isBusyHolding(s);
}

/** A due break waits for the busy reasons to end, or for the reading asked for it. */
export function isBusyHolding(s: SchedulerStateData): boolean {
  return s.busy.hold !== null || s.busy.askedAtMs !== null;
}
