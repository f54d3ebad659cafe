import type { CheckinRecord, DayStats } from '../../../shared/statistics-types.ts';

/** Local noon of a date key: a date to format that no DST edge or time of day can shift. */
export function dateOfKey(key: string): Date {
  const [year = 1970, month = 1, day = 1] = key.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
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
