import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { emptyDay } from '../../shared/statistics/queries.ts';
import type { DayStats } from '../../shared/statistics-types.ts';

/** A running scheduler with the next break `dueInMs` from `nowWallMs`; override any field. */
export function runningSnapshot(
  nowWallMs: number,
  dueInMs: number,
  overrides: Partial<SchedulerSnapshot> = {},
): SchedulerSnapshot {
  return {
    state: 'running',
    next: { kind: 'breathing', dueInMs, dueAtWallMs: nowWallMs + dueInMs },
    pausedUntilWallMs: null,
    paused: false,
    postponesUsed: 0,
    postponeLimit: 3,
    busy: [],
    strict: false,
    current: null,
    notice: null,
    ...overrides,
  };
}

/** One day of statistics with every count zero unless given. */
export function dayStats(date: string, overrides: Partial<DayStats> = {}): DayStats {
  return { ...emptyDay(date), ...overrides };
}
