import type { Weekday } from '../../shared/settings/types.ts';
import {
  addDays,
  dateKeyOf,
  type LocalDate,
  localParts,
  wallMsAtLocal,
  weekdayOf,
} from '../../shared/time/local-time.ts';
import type { Timer, WallClock } from '../scheduler/ports.ts';

/**
 * A reminder at a local time of day, once a week (the check-in) or once a day (the evening
 * invitation to lie down and breathe): when it is next due in the user's zone, and a controller
 * that waits for it on one timer and asks for the notification.
 */

export interface LocalReminderTime {
  /** The day of the week; absent for a reminder that comes every day. */
  readonly weekday?: Weekday;
  /** Minutes after local midnight, 0–1439. */
  readonly minutes: number;
}

export interface LocalReminderSettings extends LocalReminderTime {
  readonly enabled: boolean;
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

/** Days between two occurrences. */
function periodDays(time: LocalReminderTime): number {
  return time.weekday === undefined ? 1 : DAYS_PER_WEEK;
}

/**
 * The first occurrence strictly after `nowMs`: the next `weekday` (or the next day) at `minutes`
 * local time. A time that falls in a DST gap moves forward by the gap (see wallMsAtLocal), so it
 * still happens once.
 */
export function nextReminder(nowMs: number, time: LocalReminderTime, timeZone: string): ReminderOccurrence {
  const today = localParts(nowMs, timeZone);
  const daysAhead =
    time.weekday === undefined ? 0 : (time.weekday - today.weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  let date = addDays(today, daysAhead);
  let atMs = wallMsAtLocal(date, time.minutes, timeZone);
  if (atMs <= nowMs) {
    date = addDays(date, periodDays(time));
    atMs = wallMsAtLocal(date, time.minutes, timeZone);
  }
  return { atMs, date };
}

/** The Monday that starts the (ISO) week of `date`, as YYYY-MM-DD: one key per week. */
export function weekKeyOf(date: LocalDate): string {
  return dateKeyOf(addDays(date, -((weekdayOf(date) + 6) % DAYS_PER_WEEK)));
}

/** One key per period: the week of a weekly reminder, the day of a daily one. */
function periodKey(time: LocalReminderTime, date: LocalDate): string {
  return time.weekday === undefined ? dateKeyOf(date) : weekKeyOf(date);
}

export interface LocalReminderController {
  /** Recompute from the wall clock and the given settings (after a settings change). */
  update(reminder: LocalReminderSettings): void;
  /** Recompute with the current settings (after resume, or any hint the clock moved). */
  refresh(): void;
  /** Stop for good (quit). */
  dispose(): void;
}

export interface LocalReminderDeps {
  readonly wall: WallClock;
  readonly timer: Timer;
  /** Show the reminder. Called at most once per period (week or day). */
  readonly remind: () => void;
  /**
   * A reminder found this much past its time (the machine slept through it, or the clock jumped)
   * is let go for that period instead of shown late; absent: it always shows, however late.
   */
  readonly staleAfterMs?: number;
}

export function createLocalReminder(
  deps: LocalReminderDeps,
  initial: LocalReminderSettings,
): LocalReminderController {
  let settings = initial;
  let pending: ReminderOccurrence | null = null;
  let lastFiredPeriod: string | null = null;
  let disposed = false;

  // The next occurrence after now, never in a period that already had its reminder (the clock
  // went back, or the user moved the time to later in the same week or day).
  function upcoming(nowMs: number): ReminderOccurrence {
    const timeZone = deps.wall.timeZone();
    let next = nextReminder(nowMs, settings, timeZone);
    if (periodKey(settings, next.date) === lastFiredPeriod) {
      const date = addDays(next.date, periodDays(settings));
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
    const period = periodKey(settings, pending.date);
    // Due (on time, or late after sleep or a clock jump forward): remind once for that period,
    // unless it is so late that the moment has passed.
    if (nowMs >= pending.atMs && period !== lastFiredPeriod) {
      lastFiredPeriod = period;
      const stale = deps.staleAfterMs !== undefined && nowMs - pending.atMs > deps.staleAfterMs;
      if (!stale) deps.remind();
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
