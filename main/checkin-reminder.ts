import type { Weekday } from '../shared/settings/types.ts';
import { addDays, type LocalDate, localParts, wallMsAtLocal } from '../shared/time/local-time.ts';
import type { Timer, WallClock } from './scheduler/ports.ts';

/**
 * The weekly check-in reminder (settings.checkinReminder): when it is next due in the user's
 * local zone, and a controller that waits for it on one timer and asks for the notification.
 */

export interface CheckinReminderSettings {
  readonly enabled: boolean;
  readonly weekday: Weekday;
  /** Minutes after local midnight, 0–1439. */
  readonly minutes: number;
}

export interface ReminderOccurrence {
  /** The instant the reminder is due. */
  readonly atMs: number;
  /** The local date it falls on. */
  readonly date: LocalDate;
}

/**
 * No single wait is longer than this: the timer is re-armed from a fresh reading of the wall
 * clock, so sleep, a changed clock or a new time zone are noticed within hours, not a week.
 */
export const MAX_REMINDER_WAIT_MS = 6 * 60 * 60 * 1000;

const DAYS_PER_WEEK = 7;

/**
 * The first occurrence strictly after `nowMs`: the next `weekday` at `minutes` local time. A time
 * that falls in a DST gap moves forward by the gap (see wallMsAtLocal), so it still happens once.
 */
export function nextCheckinReminder(
  nowMs: number,
  reminder: Pick<CheckinReminderSettings, 'weekday' | 'minutes'>,
  timeZone: string,
): ReminderOccurrence {
  const today = localParts(nowMs, timeZone);
  const daysAhead = (reminder.weekday - today.weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  let date = addDays(today, daysAhead);
  let atMs = wallMsAtLocal(date, reminder.minutes, timeZone);
  if (atMs <= nowMs) {
    date = addDays(date, DAYS_PER_WEEK);
    atMs = wallMsAtLocal(date, reminder.minutes, timeZone);
  }
  return { atMs, date };
}

/** The Monday that starts the (ISO) week of `date`, as YYYY-MM-DD: one key per week. */
export function weekKeyOf(date: LocalDate): string {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  const monday = addDays(date, -((weekday + 6) % DAYS_PER_WEEK));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${monday.year}-${pad(monday.month)}-${pad(monday.day)}`;
}

export interface CheckinReminderController {
  /** Recompute from the wall clock and the given settings (after a settings change). */
  update(reminder: CheckinReminderSettings): void;
  /** Recompute with the current settings (after resume, or any hint the clock moved). */
  refresh(): void;
  /** Stop for good (quit). */
  dispose(): void;
}

export interface CheckinReminderDeps {
  readonly wall: WallClock;
  readonly timer: Timer;
  /** Show the reminder. Called at most once per week. */
  readonly remind: () => void;
}

export function createCheckinReminder(
  deps: CheckinReminderDeps,
  initial: CheckinReminderSettings,
): CheckinReminderController {
  let settings = initial;
  let pending: ReminderOccurrence | null = null;
  let lastFiredWeek: string | null = null;
  let disposed = false;

  // The next occurrence after now, never in a week that already had its reminder (the clock
  // went back, or the user moved the time to later in the same week).
  function upcoming(nowMs: number): ReminderOccurrence {
    const timeZone = deps.wall.timeZone();
    let next = nextCheckinReminder(nowMs, settings, timeZone);
    if (weekKeyOf(next.date) === lastFiredWeek) {
      const date = addDays(next.date, DAYS_PER_WEEK);
      next = { date, atMs: wallMsAtLocal(date, settings.minutes, timeZone) };
    }
    return next;
  }

  function arm(): void {
    if (disposed || !settings.enabled) {
      pending = null;
      deps.timer.cancel();
      return;
    }
    const nowMs = deps.wall.nowMs();
    pending = upcoming(nowMs);
    deps.timer.arm(Math.min(pending.atMs - nowMs, MAX_REMINDER_WAIT_MS), wake);
  }

  function wake(): void {
    if (disposed || !settings.enabled || pending === null) return;
    const nowMs = deps.wall.nowMs();
    // Due (on time, or late after sleep or a clock jump forward): remind once for that week.
    if (nowMs >= pending.atMs && weekKeyOf(pending.date) !== lastFiredWeek) {
      lastFiredWeek = weekKeyOf(pending.date);
      deps.remind();
    }
    arm();
  }

  function refresh(): void {
    // Same checks as a timer wake: a reminder that came due while we slept still shows.
    if (pending === null) arm();
    else wake();
  }

  arm();
  return {
    update(next) {
      const same =
        next.enabled === settings.enabled &&
        next.weekday === settings.weekday &&
        next.minutes === settings.minutes;
      settings = next;
      // Any settings change lands here; an unrelated one must not drop a reminder that is due.
      if (same) refresh();
      else arm();
    },
    refresh,
    dispose() {
      disposed = true;
      pending = null;
      deps.timer.cancel();
    },
  };
}
