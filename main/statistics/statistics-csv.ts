import { BUSY_REASONS } from '../../shared/domain/busy.ts';
import { type DayStats, SIGNAL_IDS } from '../../shared/statistics-types.ts';

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',');
}

export const STATISTICS_CSV_HEADER: readonly string[] = [
  'date',
  'offered',
  'taken',
  'postponed',
  'skipped',
  'natural',
  'breathing_seconds',
  'floor_sessions',
  'floor_seconds',
  'felt_calmer',
  'felt_same',
  'felt_tenser',
  'checkins',
  // The day's last check-in answer per signal (0 not, 1 a little, 2 clearly); empty without one.
  ...SIGNAL_IDS.map((signal) => `last_checkin_${signal}`),
  // Breaks held back while busy, per reason.
  ...BUSY_REASONS.map((reason) => `held_${reason}`),
];

function dayFields(day: DayStats): (string | number)[] {
  const last = day.checkins.at(-1);
  return [
    day.date,
    day.offered,
    day.taken,
    day.postponed,
    day.skipped,
    day.natural,
    day.breathingSeconds,
    day.floorSessions,
    day.floorSeconds,
    day.feelings.calmer,
    day.feelings.same,
    day.feelings.tenser,
    day.checkins.length,
    ...SIGNAL_IDS.map((signal) => (last ? last.answers[signal] : '')),
    ...BUSY_REASONS.map((reason) => day.held[reason]),
  ];
}

/** A header row, then one row per given day in the given order; CRLF after every row (RFC 4180). */
export function statisticsToCsv(days: readonly DayStats[]): string {
  return [STATISTICS_CSV_HEADER, ...days.map(dayFields)].map((row) => `${csvRow(row)}\r\n`).join('');
}
