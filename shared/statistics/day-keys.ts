/**
 * Calendar arithmetic on 'YYYY-MM-DD' keys. Keys are local dates (dayKeyIn, shared/time/local-time.ts); the
 * arithmetic itself runs in UTC so it never meets a DST gap (a local day can be 23 or 25 hours).
 */
const DAY_MS = 86_400_000;
const KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = KEY_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return dayKeyOfUtc(date.getTime()) === value;
}

function dayKeyOfUtc(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function utcMsOfKey(key: string): number {
  const match = KEY_PATTERN.exec(key);
  if (!match) throw new RangeError(`Not a day key: ${key}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The key `days` calendar days after `key` (negative goes back). */
export function addDays(key: string, days: number): string {
  return dayKeyOfUtc(utcMsOfKey(key) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMsOfKey(to) - utcMsOfKey(from)) / DAY_MS);
}
