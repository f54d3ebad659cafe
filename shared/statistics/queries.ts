import { BUSY_REASONS, type BusyReason } from '../domain/busy.ts';
import type { DayStats, StatsTotals } from '../statistics-types.ts';
import { addDays } from './day-keys.ts';

/**
 * Read-side questions about a list of days. Main answers them for IPC and the renderer for its
 * view; both must agree, so they live here once.
 */

export function emptyDay(date: string): DayStats {
  return {
    date,
    offered: 0,
    taken: 0,
    postponed: 0,
    skipped: 0,
    natural: 0,
    breathingSeconds: 0,
    floorSessions: 0,
    floorSeconds: 0,
    feelings: { calmer: 0, same: 0, tenser: 0 },
    held: noneHeld(),
    checkins: [],
  };
}

/** Zero for every busy reason. */
export function noneHeld(): Record<BusyReason, number> {
  return Object.fromEntries(BUSY_REASONS.map((reason) => [reason, 0])) as Record<BusyReason, number>;
}

function heldTotal(day: DayStats): number {
  return BUSY_REASONS.reduce((total, reason) => total + day.held[reason], 0);
}

/** Exactly `count` days ending at `today`, oldest first, with days without activity filled in empty. */
export function lastDays(days: readonly DayStats[], today: string, count: number): DayStats[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  const result: DayStats[] = [];
  for (let offset = count - 1; offset >= 0; offset -= 1) {
    const date = addDays(today, -offset);
    result.push(byDate.get(date) ?? emptyDay(date));
  }
  return result;
}

function hasActivity(day: DayStats): boolean {
  return (
    day.offered +
      day.taken +
      day.postponed +
      day.skipped +
      day.natural +
      day.breathingSeconds +
      day.floorSessions >
      0 ||
    day.feelings.calmer + day.feelings.same + day.feelings.tenser > 0 ||
    heldTotal(day) > 0 ||
    day.checkins.length > 0
  );
}

export function totals(days: readonly DayStats[]): StatsTotals {
  const sum = (pick: (day: DayStats) => number): number => days.reduce((total, day) => total + pick(day), 0);
  return {
    activeDays: days.filter(hasActivity).length,
    offered: sum((day) => day.offered),
    taken: sum((day) => day.taken),
    postponed: sum((day) => day.postponed),
    skipped: sum((day) => day.skipped),
    natural: sum((day) => day.natural),
    breathingSeconds: sum((day) => day.breathingSeconds),
    floorSessions: sum((day) => day.floorSessions),
    floorSeconds: sum((day) => day.floorSeconds),
    feelings: {
      calmer: sum((day) => day.feelings.calmer),
      same: sum((day) => day.feelings.same),
      tenser: sum((day) => day.feelings.tenser),
    },
    held: Object.fromEntries(
      BUSY_REASONS.map((reason) => [reason, sum((day) => day.held[reason])]),
    ) as Record<BusyReason, number>,
    checkins: sum((day) => day.checkins.length),
  };
}

/**
 * Streak: consecutive calendar days, ending today, with at least one break taken or taken
 * naturally, or a floor session. A today without a break yet does not end the streak: it then counts up to
 * yesterday, since the day is not over. Skipped and postponed breaks neither count nor break it;
 * only a whole day without a break does.
 */
export function streak(days: readonly DayStats[], today: string): number {
  const counted = new Set(
    days.filter((day) => day.taken + day.natural + day.floorSessions > 0).map((day) => day.date),
  );
  let date = counted.has(today) ? today : addDays(today, -1);
  let length = 0;
  while (counted.has(date)) {
    length += 1;
    date = addDays(date, -1);
  }
  return length;
}
