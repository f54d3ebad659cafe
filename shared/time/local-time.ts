import type { Weekday } from '../settings/types.ts';

/**
 * Local calendar arithmetic in an IANA time zone with nothing but Intl, so working hours and
 * "until tomorrow" follow the user's clock across DST changes, and tests can run in any zone.
 */

export interface LocalDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

export interface LocalParts extends LocalDate {
  readonly weekday: Weekday;
  /** Minutes after local midnight, 0–1439. */
  readonly minuteOfDay: number;
  readonly second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

// One formatter per zone: constructing Intl.DateTimeFormat is slow, and users have one or two zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function weekdayOf(date: LocalDate): Weekday {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() as Weekday;
}

export function localParts(wallMs: number, timeZone: string): LocalParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(wallMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const date = { year: fields.year ?? 1970, month: fields.month ?? 1, day: fields.day ?? 1 };
  return {
    ...date,
    weekday: weekdayOf(date),
    minuteOfDay: (fields.hour ?? 0) * 60 + (fields.minute ?? 0),
    second: fields.second ?? 0,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Which day it is: the local calendar date of `wallMs` in `timeZone`, as 'YYYY-MM-DD'. The one
 * answer the tray, the statistics (main's store and the stats view) and the scheduler share.
 */
export function dayKeyIn(wallMs: number, timeZone: string): string {
  return dateKeyOf(localParts(wallMs, timeZone));
}

/** A calendar date as its 'YYYY-MM-DD' key. */
export function dateKeyOf({ year, month, day }: LocalDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The time zone this process runs in (main passes its own to the statistics and tray). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The local wall time of `wallMs`, written as if it were UTC (whole seconds). */
function localAsUtcMs(wallMs: number, timeZone: string): number {
  const p = localParts(wallMs, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) + p.minuteOfDay * MINUTE_MS + p.second * 1000;
}

/**
 * The instant when the local clock in `timeZone` shows `minuteOfDay` on `date`. Like Temporal's
 * 'compatible' choice: in a DST gap the time moves forward by the gap, in an overlap the earlier
 * instant wins. `minuteOfDay` may be 1440 (midnight at the end of the day).
 */
export function wallMsAtLocal(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const target = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  // The zone offset near the target; trying the offsets just before and after covers transitions.
  const candidates = new Set<number>();
  for (const probe of [target - DAY_MS / 2, target, target + DAY_MS / 2]) {
    candidates.add(target - (localAsUtcMs(probe, timeZone) - probe));
  }
  const exact = [...candidates].filter((ms) => localAsUtcMs(ms, timeZone) === target).sort((a, b) => a - b);
  if (exact[0] !== undefined) return exact[0];
  // Gap: the offset before the gap maps the target past it, which is the later candidate.
  return Math.max(...candidates);
}
