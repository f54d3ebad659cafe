import {
  addDays,
  type LocalDate,
  localParts,
  wallMsAtLocal,
  weekdayOf,
} from '../../shared/time/local-time.ts';
import type { WorkingHoursConfig } from './config.ts';

/**
 * Working hours are a window per enabled weekday, in local time. A window whose end is at or
 * before its start runs past midnight and belongs to the day it starts on.
 */

interface Window {
  readonly startWallMs: number;
  readonly endWallMs: number;
}

// A week plus one day covers every case, including a window that started yesterday.
const SEARCH_DAYS = 8;

function windowOn(date: LocalDate, hours: WorkingHoursConfig, timeZone: string): Window | null {
  if (!hours.days.includes(weekdayOf(date))) return null;
  const overnight = hours.endMinutes <= hours.startMinutes;
  return {
    startWallMs: wallMsAtLocal(date, hours.startMinutes, timeZone),
    endWallMs: wallMsAtLocal(overnight ? addDays(date, 1) : date, hours.endMinutes, timeZone),
  };
}

/** The working-hours window containing `wallMs`, or null when outside working hours. */
export function currentWorkingWindow(
  wallMs: number,
  hours: WorkingHoursConfig,
  timeZone: string,
): Window | null {
  const today = localParts(wallMs, timeZone);
  for (const offset of [-1, 0]) {
    const window = windowOn(addDays(today, offset), hours, timeZone);
    if (window && window.startWallMs <= wallMs && wallMs < window.endWallMs) return window;
  }
  return null;
}

export function isWithinWorkingHours(
  wallMs: number,
  hours: WorkingHoursConfig | null,
  timeZone: string,
): boolean {
  return hours === null || currentWorkingWindow(wallMs, hours, timeZone) !== null;
}

/** The first working-hours start strictly after `wallMs`, or null if no weekday is enabled. */
export function nextWorkingStart(wallMs: number, hours: WorkingHoursConfig, timeZone: string): number | null {
  const today = localParts(wallMs, timeZone);
  for (let offset = 0; offset < SEARCH_DAYS; offset += 1) {
    const window = windowOn(addDays(today, offset), hours, timeZone);
    if (window && window.startWallMs > wallMs) return window.startWallMs;
  }
  return null;
}

/**
 * When "pause until tomorrow" ends: the start of working hours on the next enabled working day,
 * or `morningMinutes` local time the next morning without working hours. Before the morning hour
 * the night still belongs to the day before, so at 00:30 "tomorrow" means this morning.
 */
export function untilTomorrowWallMs(
  wallMs: number,
  hours: WorkingHoursConfig | null,
  morningMinutes: number,
  timeZone: string,
): number {
  const now = localParts(wallMs, timeZone);
  const today = now.minuteOfDay < morningMinutes ? addDays(now, -1) : now;
  if (hours !== null) {
    for (let offset = 1; offset <= SEARCH_DAYS; offset += 1) {
      const window = windowOn(addDays(today, offset), hours, timeZone);
      if (window && window.startWallMs > wallMs) return window.startWallMs;
    }
  }
  return wallMsAtLocal(addDays(today, 1), morningMinutes, timeZone);
}

/** Whether `wallMs` is inside working hours, and the next wall time at which that changes. */
export interface WorkingHoursState {
  readonly inside: boolean;
  /** End of the current window, or start of the next one; null when no weekday is enabled. */
  readonly edgeWallMs: number | null;
}

/**
 * `workingHoursAt` with a one-entry memory: the answer holds from where it was computed until the
 * next edge, for the same hours and time zone, so the scheduler asks Intl only when an edge or a
 * wall-clock jump backwards can have changed it (each Intl read costs microseconds, and the
 * scheduler asks at every wake-up and command).
 */
export function createWorkingHoursLookup(): (
  wallMs: number,
  hours: WorkingHoursConfig,
  timeZone: string,
) => WorkingHoursState {
  let memo: {
    hours: WorkingHoursConfig;
    timeZone: string;
    fromWallMs: number;
    state: WorkingHoursState;
  } | null = null;
  return (wallMs, hours, timeZone) => {
    if (
      memo &&
      memo.hours === hours &&
      memo.timeZone === timeZone &&
      wallMs >= memo.fromWallMs &&
      (memo.state.edgeWallMs === null || wallMs < memo.state.edgeWallMs)
    )
      return memo.state;
    const window = currentWorkingWindow(wallMs, hours, timeZone);
    const state: WorkingHoursState = window
      ? { inside: true, edgeWallMs: window.endWallMs }
      : { inside: false, edgeWallMs: nextWorkingStart(wallMs, hours, timeZone) };
    memo = { hours, timeZone, fromWallMs: window ? window.startWallMs : wallMs, state };
    return state;
  };
}
