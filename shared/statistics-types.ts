import type { BusyReason } from './domain/busy.ts';
import type { Feeling } from './domain/feelings.ts';
import type { CheckinAnswers } from './domain/signals.ts';

export type { BreakKind } from './domain/break-kinds.ts';
/** How a break that was due ended: done with the app, skipped, or replaced by time away (idle/lock). */
export type BreakOutcome = 'taken' | 'skipped' | 'natural';
export { FEELINGS, type Feeling } from './domain/feelings.ts';
export { type CheckinAnswers, SIGNAL_IDS, type SignalLevel } from './domain/signals.ts';

export interface CheckinRecord {
  /** Wall-clock time of the answer, ms since the epoch. */
  readonly atMs: number;
  readonly answers: CheckinAnswers;
}

/** One local calendar day of activity. Counts are whole numbers >= 0. */
export interface DayStats {
  /** Local calendar date, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly offered: number;
  readonly taken: number;
  readonly postponed: number;
  readonly skipped: number;
  readonly natural: number;
  /** Seconds spent in guided breathing (with the pacer) in breaks; floor sessions count apart. */
  readonly breathingSeconds: number;
  /** "Lie down and breathe" sessions with at least one breath, and their seconds breathed. */
  readonly floorSessions: number;
  readonly floorSeconds: number;
  readonly feelings: Readonly<Record<Feeling, number>>;
  /** Breaks held back while busy, per reason (a break held for two reasons counts in both). */
  readonly held: Readonly<Record<BusyReason, number>>;
  /** Oldest first; at most STATS_MAX_CHECKINS_PER_DAY. */
  readonly checkins: readonly CheckinRecord[];
}

export interface StatsTotals {
  /** Days in the range that hold any activity. */
  readonly activeDays: number;
  readonly offered: number;
  readonly taken: number;
  readonly postponed: number;
  readonly skipped: number;
  readonly natural: number;
  readonly breathingSeconds: number;
  readonly floorSessions: number;
  readonly floorSeconds: number;
  readonly feelings: Readonly<Record<Feeling, number>>;
  readonly held: Readonly<Record<BusyReason, number>>;
  readonly checkins: number;
}

/** Kept days: the statistics never grow beyond this many calendar days. */
export const STATS_RETENTION_DAYS = 400;
/** A day's check-ins are capped so a stuck caller cannot grow the file without bound. */
export const STATS_MAX_CHECKINS_PER_DAY = 24;
