import path from 'node:path';
import { isBreakKind } from '../../shared/domain/break-kinds.ts';
import { type BusyReason, isBusyReason } from '../../shared/domain/busy.ts';
import { isFeeling } from '../../shared/domain/feelings.ts';
import { MAX_BREATHED_SECONDS } from '../../shared/domain/limits.ts';
import { isCheckinAnswers } from '../../shared/domain/signals.ts';
import { daysBetween } from '../../shared/statistics/day-keys.ts';
import { lastDays, streak, totals } from '../../shared/statistics/queries.ts';
import {
  type BreakKind,
  type BreakOutcome,
  type CheckinAnswers,
  type DayStats,
  type Feeling,
  STATS_RETENTION_DAYS,
  type StatsTotals,
} from '../../shared/statistics-types.ts';
import { dayKeyIn } from '../../shared/time/local-time.ts';
import { backupFilePath } from '../settings/backup-file-name.ts';
import { pruneDays, recordEvent, type StatsEvent } from './aggregate.ts';
import {
  isTempFileOf,
  nodeStatisticsFileSystem,
  type StatisticsFileSystem,
  writeFileAtomically,
} from './atomic-file.ts';
import { statisticsToCsv } from './statistics-csv.ts';
import { parseStatistics, serializeStatistics } from './statistics-file.ts';

export const STATISTICS_FILE_NAME = 'statistics.json';
/** 400 days with a full day of check-ins stay far below this; anything larger is not ours. */
export const STATISTICS_MAX_FILE_BYTES = 8 * 1024 * 1024;

export type RecordResult =
  | { readonly ok: true; readonly saved: true }
  /** Counted for this session, but the file could not be written. */
  | { readonly ok: true; readonly saved: false; readonly saveError: string }
  /** Bad input: nothing changed. */
  | { readonly ok: false; readonly error: string };

export type StatisticsLoadOutcome =
  | { readonly kind: 'new' }
  | { readonly kind: 'loaded'; readonly droppedDays: number; readonly backupPath?: string }
  | { readonly kind: 'reset'; readonly reason: string; readonly backupPath?: string };

export interface StatisticsStore {
  recordOffered(kind: BreakKind, atWallMs: number): RecordResult;
  recordPostponed(kind: BreakKind, atWallMs: number): RecordResult;
  /** A due break held back while busy: one count per reason given (at least one, no repeats). */
  recordHeld(reasons: readonly BusyReason[], atWallMs: number): RecordResult;
  recordBreakEnded(
    kind: BreakKind,
    outcome: BreakOutcome,
    breathedSeconds: number,
    atWallMs: number,
  ): RecordResult;
  /** A "Lie down and breathe" session ended with `breathedSeconds` breathed (rounded to whole seconds). */
  recordFloorSession(breathedSeconds: number, atWallMs: number): RecordResult;
  recordFeeling(feeling: Feeling, atWallMs: number): RecordResult;
  recordCheckin(answers: CheckinAnswers, atWallMs: number): RecordResult;
  /** `count` days ending today (local), oldest first, days without activity filled in. 1–400. */
  lastDays(count: number): DayStats[];
  /** Totals over the last `count` days, or over everything kept when omitted. */
  totals(count?: number): StatsTotals;
  /** See aggregate.ts `streak` for the definition. */
  streak(): number;
  /** Every day from the oldest kept one to today, one CSV row each (RFC 4180, header row). */
  exportCsv(): string;
  onChange(listener: () => void): () => void;
  loadOutcome(): StatisticsLoadOutcome;
}

export interface StatisticsStoreOptions {
  /** The folder holding `statistics.json` (the app's userData). */
  readonly directory: string;
  /** Wall clock in ms; decides "today". */
  readonly now: () => number;
  /** IANA time zone that decides which day an instant belongs to (the system's, injected). */
  readonly timeZone: () => string;
  readonly files?: StatisticsFileSystem;
  readonly log?: (message: string, error?: unknown) => void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isWallMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

const outcomes: readonly BreakOutcome[] = ['taken', 'skipped', 'natural'];

function checkBreathed(breathedSeconds: unknown): string | null {
  if (
    typeof breathedSeconds !== 'number' ||
    !Number.isFinite(breathedSeconds) ||
    breathedSeconds < 0 ||
    breathedSeconds > MAX_BREATHED_SECONDS
  ) {
    return `breathedSeconds must be from 0 to ${MAX_BREATHED_SECONDS}.`;
  }
  return null;
}

/**
 * Per-day statistics in their own file. Synchronous node:fs on purpose: the document is small
 * (tens of KB), writes happen a few dozen times a day, and a synchronous write-then-rename cannot
 * interleave with another write, so no queue is needed to keep the file consistent.
 */
export function createStatisticsStore(options: StatisticsStoreOptions): StatisticsStore {
  const files = options.files ?? nodeStatisticsFileSystem;
  const dayKeyOf = (wallMs: number): string => dayKeyIn(wallMs, options.timeZone());
  const log = options.log ?? (() => {});
  const filePath = path.join(options.directory, STATISTICS_FILE_NAME);
  const listeners = new Set<() => void>();
  let writeCounter = 0;
  let days: DayStats[] = [];
  let outcome: StatisticsLoadOutcome = { kind: 'new' };

  const today = (): string => dayKeyOf(options.now());

  function moveAside(): string | undefined {
    try {
      const target = backupFilePath(filePath, 'corrupt', options.now(), (candidate) =>
        files.exists(candidate),
      );
      files.rename(filePath, target);
      return target;
    } catch (error) {
      log(`Could not move ${filePath} aside`, error);
      return undefined;
    }
  }

  function copyAside(text: string): string | undefined {
    try {
      const target = backupFilePath(filePath, 'corrupt', options.now(), (candidate) =>
        files.exists(candidate),
      );
      files.writeDurably(target, text);
      return target;
    } catch (error) {
      log(`Could not keep a copy of ${filePath}`, error);
      return undefined;
    }
  }

  function removeLeftoverTempFiles(): void {
    try {
      for (const name of files.list(options.directory)) {
        if (isTempFileOf(name, STATISTICS_FILE_NAME)) files.remove(path.join(options.directory, name));
      }
    } catch (error) {
      log('Could not clean up leftover statistics temp files', error);
    }
  }

  function load(): void {
    removeLeftoverTempFiles();
    let text: string;
    try {
      const size = files.sizeOf(filePath);
      if (size === undefined) return;
      if (size > STATISTICS_MAX_FILE_BYTES) {
        const backupPath = moveAside();
        outcome = {
          kind: 'reset',
          reason: `The file is ${size} bytes.`,
          ...(backupPath ? { backupPath } : {}),
        };
        return;
      }
      text = files.readText(filePath);
    } catch (error) {
      // Unreadable (permissions): count in memory, and let writes report what goes wrong.
      outcome = { kind: 'reset', reason: describe(error) };
      log(`Could not read ${filePath}`, error);
      return;
    }
    const parsed = parseStatistics(text);
    if (!parsed.ok) {
      const backupPath = moveAside();
      outcome = { kind: 'reset', reason: parsed.reason, ...(backupPath ? { backupPath } : {}) };
      log(`Statistics file reset: ${parsed.reason}`);
      return;
    }
    days = pruneDays(parsed.days, today());
    if (parsed.droppedDays > 0) {
      const backupPath = copyAside(text);
      outcome = { kind: 'loaded', droppedDays: parsed.droppedDays, ...(backupPath ? { backupPath } : {}) };
      log(`Dropped ${parsed.droppedDays} damaged day(s) from ${filePath}`);
    } else {
      outcome = { kind: 'loaded', droppedDays: 0 };
    }
  }

  function persist(): RecordResult {
    try {
      files.makeDirectory(options.directory);
      writeCounter += 1;
      writeFileAtomically(files, filePath, serializeStatistics(days), `${process.pid}-${writeCounter}`);
      return { ok: true, saved: true };
    } catch (error) {
      const saveError = `Could not save statistics to ${filePath}: ${describe(error)}`;
      log(saveError, error);
      return { ok: true, saved: false, saveError };
    }
  }

  function record(atWallMs: number, event: StatsEvent): RecordResult {
    if (!isWallMs(atWallMs))
      return { ok: false, error: 'atWallMs must be a finite, non-negative time in ms.' };
    const date = dayKeyOf(atWallMs);
    days = pruneDays(recordEvent(days, date, event), today());
    const result = persist();
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        log('A statistics listener failed', error);
      }
    }
    return result;
  }

  function checkKind(kind: unknown): string | undefined {
    return isBreakKind(kind) ? undefined : `Unknown break kind: ${String(kind)}.`;
  }

  function checkCount(count: number): number {
    if (!Number.isInteger(count) || count < 1 || count > STATS_RETENTION_DAYS) {
      throw new RangeError(`count must be a whole number from 1 to ${STATS_RETENTION_DAYS}.`);
    }
    return count;
  }

  load();

  return {
    recordOffered(kind, atWallMs) {
      const error = checkKind(kind);
      return error ? { ok: false, error } : record(atWallMs, { type: 'offered' });
    },
    recordPostponed(kind, atWallMs) {
      const error = checkKind(kind);
      return error ? { ok: false, error } : record(atWallMs, { type: 'postponed' });
    },
    recordHeld(reasons, atWallMs) {
      const valid =
        Array.isArray(reasons) &&
        reasons.length > 0 &&
        reasons.every(isBusyReason) &&
        new Set(reasons).size === reasons.length;
      if (!valid) return { ok: false, error: 'reasons must be one or more distinct busy reasons.' };
      return record(atWallMs, { type: 'held', reasons: [...reasons] });
    },
    recordBreakEnded(kind, outcomeOfBreak, breathedSeconds, atWallMs) {
      const error = checkKind(kind);
      if (error) return { ok: false, error };
      if (!outcomes.includes(outcomeOfBreak))
        return { ok: false, error: `Unknown outcome: ${String(outcomeOfBreak)}.` };
      const breathedError = checkBreathed(breathedSeconds);
      if (breathedError) return { ok: false, error: breathedError };
      return record(atWallMs, {
        type: 'ended',
        outcome: outcomeOfBreak,
        breathingSeconds: Math.round(breathedSeconds),
      });
    },
    recordFloorSession(breathedSeconds, atWallMs) {
      const error = checkBreathed(breathedSeconds);
      if (error) return { ok: false, error };
      return record(atWallMs, { type: 'floor', seconds: Math.round(breathedSeconds) });
    },
    recordFeeling(feeling, atWallMs) {
      if (!isFeeling(feeling)) return { ok: false, error: `Unknown feeling: ${String(feeling)}.` };
      return record(atWallMs, { type: 'feeling', feeling });
    },
    recordCheckin(answers, atWallMs) {
      if (!isCheckinAnswers(answers)) {
        return { ok: false, error: 'answers must give every signal a level of 0, 1 or 2, and nothing else.' };
      }
      return record(atWallMs, { type: 'checkin', atMs: atWallMs, answers });
    },
    lastDays: (count) => lastDays(days, today(), checkCount(count)),
    totals: (count) => totals(count === undefined ? days : lastDays(days, today(), checkCount(count))),
    streak: () => streak(days, today()),
    exportCsv() {
      const end = today();
      const first = days[0]?.date;
      if (first === undefined || first > end) return statisticsToCsv(days);
      const span = Math.min(STATS_RETENTION_DAYS, daysFrom(first, end));
      // Days dated after today (clock set back) follow the continuous range.
      return statisticsToCsv([...lastDays(days, end, span), ...days.filter((day) => day.date > end)]);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    loadOutcome: () => outcome,
  };
}

function daysFrom(first: string, last: string): number {
  return daysBetween(first, last) + 1;
}
