import type { BusyReason } from '../../shared/domain/busy.ts';
import { addDays } from '../../shared/statistics/day-keys.ts';
import { emptyDay } from '../../shared/statistics/queries.ts';
import {
  type BreakOutcome,
  type CheckinAnswers,
  type DayStats,
  type Feeling,
  STATS_MAX_CHECKINS_PER_DAY,
  STATS_RETENTION_DAYS,
} from '../../shared/statistics-types.ts';

export type StatsEvent =
  | { readonly type: 'offered' }
  | { readonly type: 'postponed' }
  | { readonly type: 'held'; readonly reasons: readonly BusyReason[] }
  | { readonly type: 'ended'; readonly outcome: BreakOutcome; readonly breathingSeconds: number }
  | { readonly type: 'floor'; readonly seconds: number }
  | { readonly type: 'feeling'; readonly feeling: Feeling }
  | { readonly type: 'checkin'; readonly atMs: number; readonly answers: CheckinAnswers };

function applyEvent(day: DayStats, event: StatsEvent): DayStats {
  switch (event.type) {
    case 'offered':
      return { ...day, offered: day.offered + 1 };
    case 'postponed':
      return { ...day, postponed: day.postponed + 1 };
    case 'held': {
      const held = { ...day.held };
      for (const reason of new Set(event.reasons)) held[reason] += 1;
      return { ...day, held };
    }
    case 'ended':
      return {
        ...day,
        [event.outcome]: day[event.outcome] + 1,
        breathingSeconds: day.breathingSeconds + event.breathingSeconds,
      };
    case 'floor':
      return { ...day, floorSessions: day.floorSessions + 1, floorSeconds: day.floorSeconds + event.seconds };
    case 'feeling':
      return { ...day, feelings: { ...day.feelings, [event.feeling]: day.feelings[event.feeling] + 1 } };
    case 'checkin': {
      const checkins = [...day.checkins, { atMs: event.atMs, answers: { ...event.answers } }];
      return { ...day, checkins: checkins.slice(-STATS_MAX_CHECKINS_PER_DAY) };
    }
  }
}

/** Adds one event to the bucket of `date`, keeping the list sorted by date. Never changes `days`. */
export function recordEvent(days: readonly DayStats[], date: string, event: StatsEvent): DayStats[] {
  const index = days.findIndex((day) => day.date >= date);
  const existing = index >= 0 && days[index]?.date === date ? days[index] : undefined;
  const updated = applyEvent(existing ?? emptyDay(date), event);
  const next = [...days];
  if (existing) next[index] = updated;
  else if (index < 0) next.push(updated);
  else next.splice(index, 0, updated);
  return next;
}

/**
 * Keeps the `keepDays` calendar days ending at `today`. Days dated after today (a clock that
 * was set ahead) are kept too, but the total never exceeds `keepDays` entries.
 */
export function pruneDays(
  days: readonly DayStats[],
  today: string,
  keepDays: number = STATS_RETENTION_DAYS,
): DayStats[] {
  const oldest = addDays(today, -(keepDays - 1));
  return days.filter((day) => day.date >= oldest).slice(-keepDays);
}
