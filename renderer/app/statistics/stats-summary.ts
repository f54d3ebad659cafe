import type { CheckinRecord, DayStats } from '../../../shared/statistics-types.ts';

/** 'YYYY-MM-DD' of the local calendar day holding `wallMs`, as main keys its days. */
export function localDateKey(wallMs: number): string {
  const date = new Date(wallMs);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Local noon of a date key: safe from DST edges when stepping whole days. */
export function dateOfKey(key: string): Date {
  const [year = 1970, month = 1, day = 1] = key.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

export function addDaysToKey(key: string, days: number): string {
  const date = dateOfKey(key);
  date.setDate(date.getDate() + days);
  return localDateKey(date.getTime());
}

export function emptyDay(date: string): DayStats {
  return {
    date,
    offered: 0,
    taken: 0,
    postponed: 0,
    skipped: 0,
    natural: 0,
    breathingSeconds: 0,
    feelings: { calmer: 0, same: 0, tenser: 0 },
    checkins: [],
  };
}

/** Exactly `count` days ending today, oldest first; days main has no record of are empty. */
export function lastDays(days: readonly DayStats[], today: string, count: number): DayStats[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  return Array.from({ length: count }, (_, index) => {
    const date = addDaysToKey(today, index - (count - 1));
    return byDate.get(date) ?? emptyDay(date);
  });
}

export interface Totals {
  readonly offered: number;
  readonly taken: number;
  readonly postponed: number;
  readonly skipped: number;
  readonly natural: number;
  readonly breathingSeconds: number;
  readonly calmer: number;
  readonly same: number;
  readonly tenser: number;
}

export function sumDays(days: readonly DayStats[]): Totals {
  const sum = (pick: (day: DayStats) => number) => days.reduce((total, day) => total + pick(day), 0);
  return {
    offered: sum((d) => d.offered),
    taken: sum((d) => d.taken),
    postponed: sum((d) => d.postponed),
    skipped: sum((d) => d.skipped),
    natural: sum((d) => d.natural),
    breathingSeconds: sum((d) => d.breathingSeconds),
    calmer: sum((d) => d.feelings.calmer),
    same: sum((d) => d.feelings.same),
    tenser: sum((d) => d.feelings.tenser),
  };
}

/**
 * Days in a row with a break taken (or taken naturally), ending today; a today without a break
 * yet still shows yesterday's streak, since the day is not over.
 */
export function streakDays(days: readonly DayStats[], today: string): number {
  const counted = new Set(days.filter((day) => day.taken + day.natural > 0).map((day) => day.date));
  let date = counted.has(today) ? today : addDaysToKey(today, -1);
  let length = 0;
  while (counted.has(date)) {
    length += 1;
    date = addDaysToKey(date, -1);
  }
  return length;
}

export interface CheckinPoint {
  readonly date: string;
  readonly atMs: number;
  /** Sum of the five levels: 0 (no signal) to 10 (all five clearly). */
  readonly score: number;
}

export function checkinScore(record: CheckinRecord): number {
  return Object.values(record.answers).reduce<number>((sum, level) => sum + level, 0);
}

export function checkinPoints(days: readonly DayStats[]): CheckinPoint[] {
  return days
    .flatMap((day) =>
      day.checkins.map((record) => ({ date: day.date, atMs: record.atMs, score: checkinScore(record) })),
    )
    .sort((a, b) => a.atMs - b.atMs);
}

export type Trend = 'lower' | 'higher' | 'steady';

/** Last check-in against the first of the period; one level either way counts as steady. */
export function checkinTrend(points: readonly CheckinPoint[]): Trend | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  if (last.score <= first.score - 2) return 'lower';
  if (last.score >= first.score + 2) return 'higher';
  return 'steady';
}
