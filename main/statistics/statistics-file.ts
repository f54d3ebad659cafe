import { BUSY_REASONS } from '../../shared/domain/busy.ts';
import { isPlainObject } from '../../shared/domain/plain-data.ts';
import { isCheckinAnswers } from '../../shared/domain/signals.ts';
import { isDayKey } from '../../shared/statistics/day-keys.ts';
import type { noneHeld } from '../../shared/statistics/queries.ts';
import {
  type CheckinRecord,
  type DayStats,
  FEELINGS,
  STATS_MAX_CHECKINS_PER_DAY,
} from '../../shared/statistics-types.ts';

export const STATISTICS_FILE_VERSION = 1;

export interface StatisticsDocument {
  readonly version: typeof STATISTICS_FILE_VERSION;
  readonly days: readonly DayStats[];
}

export type ParsedStatistics =
  | { readonly ok: true; readonly days: DayStats[]; readonly droppedDays: number }
  | { readonly ok: false; readonly reason: string };

const isRecord = isPlainObject;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isCheckin(value: unknown): value is CheckinRecord {
  return (
    isRecord(value) &&
    typeof value.atMs === 'number' &&
    Number.isFinite(value.atMs) &&
    isCheckinAnswers(value.answers)
  );
}

/** Rebuilds a day from untrusted JSON, copying only known fields; `undefined` when anything is off. */
function readDay(value: unknown): DayStats | undefined {
  if (!isRecord(value) || !isDayKey(value.date)) return undefined;
  const { offered, taken, postponed, skipped, natural, breathingSeconds, feelings, checkins, held } = value;
  // Files from before the busy hold have no `held`; a present one must hold a count per known
  // reason it names (reasons a later version adds are left out rather than failing the day).
  if (
    held !== undefined &&
    (!isRecord(held) || !BUSY_REASONS.every((r) => held[r] === undefined || isCount(held[r])))
  )
    return undefined;
  if (![offered, taken, postponed, skipped, natural, breathingSeconds].every(isCount)) return undefined;
  // Days written before floor sessions existed have neither field: they had none.
  const floorSessions = value.floorSessions ?? 0;
  const floorSeconds = value.floorSeconds ?? 0;
  if (!isCount(floorSessions) || !isCount(floorSeconds)) return undefined;
  if (!isRecord(feelings) || !FEELINGS.every((feeling) => isCount(feelings[feeling]))) return undefined;
  if (
    !Array.isArray(checkins) ||
    checkins.length > STATS_MAX_CHECKINS_PER_DAY ||
    !checkins.every(isCheckin)
  ) {
    return undefined;
  }
  return {
    date: value.date,
    offered: offered as number,
    taken: taken as number,
    postponed: postponed as number,
    skipped: skipped as number,
    natural: natural as number,
    breathingSeconds: breathingSeconds as number,
    floorSessions,
    floorSeconds,
    feelings: {
      calmer: feelings.calmer as number,
      same: feelings.same as number,
      tenser: feelings.tenser as number,
    },
    held: Object.fromEntries(
      BUSY_REASONS.map((reason) => [
        reason,
        held === undefined ? 0 : ((held[reason] as number | undefined) ?? 0),
      ]),
    ) as ReturnType<typeof noneHeld>,
    checkins: checkins.map((checkin) => ({ atMs: checkin.atMs, answers: { ...checkin.answers } })),
  };
}

/**
 * Reads the statistics document. A bad day (or a second entry for the same date) is dropped
 * and counted rather than failing the file, so one damaged entry does not cost a year of
 * history; the caller keeps a copy of the original whenever something was dropped.
 */
export function parseStatistics(text: string): ParsedStatistics {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The statistics file is not valid JSON.' };
  }
  if (!isRecord(raw) || !Array.isArray(raw.days)) {
    return { ok: false, reason: 'The statistics file does not hold a list of days.' };
  }
  if (raw.version !== STATISTICS_FILE_VERSION) {
    return { ok: false, reason: `Unknown statistics file version: ${JSON.stringify(raw.version)}.` };
  }
  const byDate = new Map<string, DayStats>();
  let droppedDays = 0;
  for (const entry of raw.days) {
    const day = readDay(entry);
    if (day === undefined || byDate.has(day.date)) droppedDays += 1;
    else byDate.set(day.date, day);
  }
  const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ok: true, days, droppedDays };
}

export function serializeStatistics(days: readonly DayStats[]): string {
  const document: StatisticsDocument = { version: STATISTICS_FILE_VERSION, days };
  return JSON.stringify(document);
}
