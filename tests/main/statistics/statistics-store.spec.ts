import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeStatisticsFileSystem, type StatisticsFileSystem } from '../../../main/statistics/atomic-file.ts';
import {
  createStatisticsStore,
  type StatisticsStoreOptions,
} from '../../../main/statistics/statistics-store.ts';
import { MAX_BREATHED_SECONDS } from '../../../shared/domain/limits.ts';
import { validateBreakCompletion } from '../../../shared/ipc-validate.ts';
import { emptyDay } from '../../../shared/statistics/queries.ts';
import type { CheckinAnswers } from '../../../shared/statistics-types.ts';

// A fixed time zone two hours ahead of UTC (IANA writes it with the sign reversed), so tests do
// not depend on the machine's zone.
const ZONE_OFFSET_MS = 2 * 3_600_000;
const timeZone = () => 'Etc/GMT-2';
/** Noon local time on the given date. */
function at(date: string, hour = 12): number {
  return Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`) - ZONE_OFFSET_MS;
}

const answers: CheckinAnswers = {
  'deep-breath-hard': 1,
  'belly-back-pressure': 0,
  'tired-despite-rest': 2,
  'breath-high': 1,
  'short-of-breath': 0,
};

let directory: string;
let nowMs: number;

beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'br-stats-'));
  nowMs = at('2026-05-03');
});

afterEach(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

function open(overrides: Partial<StatisticsStoreOptions> = {}) {
  return createStatisticsStore({ directory, now: () => nowMs, timeZone, ...overrides });
}

const statsFile = () => path.join(directory, 'statistics.json');

describe('statistics store', () => {
  it('keeps every breathed time IPC accepts, and refuses what IPC refuses: one bound for both', () => {
    const store = open();
    const taken = (seconds: number) => ({ outcome: 'taken' as const, breathedSeconds: seconds });
    expect(validateBreakCompletion(taken(MAX_BREATHED_SECONDS)).ok).toBe(true);
    expect(store.recordBreakEnded('breathing', 'taken', MAX_BREATHED_SECONDS, at('2026-05-03')).ok).toBe(
      true,
    );
    expect(validateBreakCompletion(taken(MAX_BREATHED_SECONDS + 1)).ok).toBe(false);
    expect(store.recordBreakEnded('breathing', 'taken', MAX_BREATHED_SECONDS + 1, at('2026-05-03')).ok).toBe(
      false,
    );
  });

  it('records events into local days and reads them back after a restart', () => {
    const store = open();
    expect(store.recordOffered('breathing', at('2026-05-03', 9))).toEqual({ ok: true, saved: true });
    store.recordBreakEnded('breathing', 'taken', 61.4, at('2026-05-03', 9));
    store.recordPostponed('stretch', at('2026-05-03', 10));
    store.recordFeeling('calmer', at('2026-05-03', 10));
    store.recordCheckin(answers, at('2026-05-03', 11));
    expect(store.recordHeld(['presentation', 'call'], at('2026-05-03', 12))).toEqual({
      ok: true,
      saved: true,
    });
    expect(store.recordFloorSession(299.6, at('2026-05-03', 21))).toEqual({ ok: true, saved: true });
    // 23:30 UTC is already the next local day in a +2 h zone.
    store.recordBreakEnded('stretch', 'natural', 0, Date.parse('2026-05-02T23:30:00Z'));

    const reopened = open();
    expect(reopened.loadOutcome()).toEqual({ kind: 'loaded', droppedDays: 0 });
    const [today] = reopened.lastDays(1);
    expect(today).toEqual({
      date: '2026-05-03',
      offered: 1,
      taken: 1,
      postponed: 1,
      skipped: 0,
      natural: 1,
      breathingSeconds: 61,
      floorSessions: 1,
      floorSeconds: 300,
      feelings: { calmer: 1, same: 0, tenser: 0 },
      held: { presentation: 1, fullscreen: 0, call: 1, 'do-not-disturb': 0, 'excluded-app': 0 },
      checkins: [{ atMs: at('2026-05-03', 11), answers }],
    });
  });

  it('held (busy): refuses no reasons, unknown or repeated reasons and changes nothing', () => {
    const store = open();
    for (const bad of [[], ['meeting'], ['call', 'call'], 'call', null]) {
      expect(store.recordHeld(bad as never, at('2026-05-03', 9))).toMatchObject({ ok: false });
    }
    expect(store.totals().held).toEqual({
      presentation: 0,
      fullscreen: 0,
      call: 0,
      'do-not-disturb': 0,
      'excluded-app': 0,
    });
  });

  it('a file from before the busy hold (no held) reads as zero held; a damaged held drops only its day', () => {
    // A day as version 1 files wrote it before the busy hold: no `held` at all.
    const day = (date: string, extra: object) => {
      const { held: _none, ...before } = { ...emptyDay(date), offered: 1 };
      return { ...before, ...extra };
    };
    fs.writeFileSync(
      statsFile(),
      JSON.stringify({
        version: 1,
        days: [
          day('2026-05-01', {}),
          day('2026-05-02', { held: { call: -1 } }),
          day('2026-05-03', { held: { presentation: 2, 'a-later-reason': 4 } }),
        ],
      }),
    );
    const store = open();
    expect(store.loadOutcome()).toMatchObject({ kind: 'loaded', droppedDays: 1 });
    expect(store.lastDays(3).map((d) => [d.date, d.held.presentation, d.held.call])).toEqual([
      ['2026-05-01', 0, 0],
      ['2026-05-02', 0, 0],
      ['2026-05-03', 2, 0],
    ]);
  });

  it('answers last N days, totals and streak from the injected today', () => {
    const store = open();
    store.recordBreakEnded('breathing', 'taken', 60, at('2026-05-01'));
    store.recordBreakEnded('breathing', 'taken', 60, at('2026-05-02'));
    store.recordOffered('breathing', at('2026-05-03'));
    expect(store.lastDays(3).map((day) => [day.date, day.taken])).toEqual([
      ['2026-05-01', 1],
      ['2026-05-02', 1],
      ['2026-05-03', 0],
    ]);
    expect(store.totals().breathingSeconds).toBe(120);
    expect(store.totals(2).taken).toBe(1);
    expect(store.streak()).toBe(2);
    nowMs = at('2026-05-05');
    expect(store.streak()).toBe(0);
  });

  it('refuses bad input and changes nothing', () => {
    const store = open();
    expect(store.recordBreakEnded('breathing', 'taken', -1, nowMs)).toMatchObject({ ok: false });
    expect(store.recordBreakEnded('breathing', 'taken', Number.NaN, nowMs)).toMatchObject({ ok: false });
    expect(store.recordBreakEnded('breathing', 'gone' as 'taken', 1, nowMs)).toMatchObject({ ok: false });
    expect(store.recordOffered('nap' as 'breathing', nowMs)).toMatchObject({ ok: false });
    expect(store.recordFeeling('great' as 'calmer', nowMs)).toMatchObject({ ok: false });
    expect(store.recordFloorSession(-1, nowMs)).toMatchObject({ ok: false });
    expect(store.recordFloorSession(3_600_001, nowMs)).toMatchObject({ ok: false });
    expect(store.recordFloorSession(Number.NaN, nowMs)).toMatchObject({ ok: false });
    expect(
      store.recordCheckin({ ...answers, 'breath-high': 3 } as unknown as CheckinAnswers, nowMs),
    ).toMatchObject({ ok: false });
    expect(store.recordCheckin({ 'breath-high': 1 } as unknown as CheckinAnswers, nowMs)).toMatchObject({
      ok: false,
    });
    expect(store.recordOffered('breathing', Number.POSITIVE_INFINITY)).toMatchObject({ ok: false });
    expect(fs.existsSync(statsFile())).toBe(false);
    expect(store.totals().activeDays).toBe(0);
    expect(() => store.lastDays(0)).toThrow(RangeError);
    expect(() => store.lastDays(401)).toThrow(RangeError);
  });

  it('prunes to 400 days on write and on load', () => {
    const store = open();
    store.recordOffered('breathing', at('2025-01-01'));
    store.recordOffered('breathing', at('2026-05-03'));
    expect(
      JSON.parse(fs.readFileSync(statsFile(), 'utf8')).days.map((day: { date: string }) => day.date),
    ).toEqual(['2026-05-03']);
    nowMs = at('2027-06-07');
    expect(open().totals().offered).toBe(0);
  });

  it('exports every day from the oldest to today as CSV', () => {
    const store = open();
    store.recordOffered('breathing', at('2026-05-01'));
    const lines = store.exportCsv().split('\r\n');
    expect(lines.slice(1, 4).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      '2026-05-01,1',
      '2026-05-02,0',
      '2026-05-03,0',
    ]);
    expect(lines).toHaveLength(5);
  });

  it('notifies listeners on every recorded event', () => {
    const store = open();
    const listener = vi.fn();
    const unsubscribe = store.onChange(listener);
    store.recordOffered('breathing', nowMs);
    unsubscribe();
    store.recordOffered('breathing', nowMs);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('statistics store durability', () => {
  it('keeps the previous data when a write is interrupted before the rename', () => {
    const store = open();
    store.recordBreakEnded('breathing', 'taken', 60, nowMs);
    const before = fs.readFileSync(statsFile(), 'utf8');

    // A crash between writing the temp file and renaming it: the temp file stays behind.
    const crashing: StatisticsFileSystem = {
      ...nodeStatisticsFileSystem,
      rename: () => {
        throw Object.assign(new Error('simulated power cut'), { code: 'EIO' });
      },
      remove: () => {
        throw new Error('process already gone');
      },
    };
    const doomed = open({ files: crashing });
    const result = doomed.recordBreakEnded('breathing', 'taken', 60, nowMs);
    expect(result).toMatchObject({
      ok: true,
      saved: false,
      saveError: expect.stringContaining('simulated power cut'),
    });
    const leftovers = fs.readdirSync(directory).filter((name) => name.startsWith('statistics.json.tmp-'));
    expect(leftovers).toHaveLength(1);
    expect(fs.readFileSync(statsFile(), 'utf8')).toBe(before);

    const next = open();
    expect(next.loadOutcome()).toEqual({ kind: 'loaded', droppedDays: 0 });
    expect(next.totals().taken).toBe(1);
    expect(fs.readdirSync(directory)).toEqual(['statistics.json']);
  });

  it('ignores a half-written temp file from a crash', () => {
    const store = open();
    store.recordOffered('breathing', nowMs);
    fs.writeFileSync(path.join(directory, 'statistics.json.tmp-999-1'), '{"version":1,"days":[{"da');
    const next = open();
    expect(next.totals().offered).toBe(1);
    expect(fs.readdirSync(directory)).toEqual(['statistics.json']);
  });

  it('writes through a temp file, fsyncs it and renames it over the target', () => {
    const calls: string[] = [];
    const spying: StatisticsFileSystem = {
      ...nodeStatisticsFileSystem,
      writeDurably: (file, text) => {
        calls.push(`write ${path.basename(file).replace(/-\d+-\d+$/, '')}`);
        nodeStatisticsFileSystem.writeDurably(file, text);
      },
      rename: (from, to) => {
        calls.push(`rename ${path.basename(from).replace(/-\d+-\d+$/, '')} -> ${path.basename(to)}`);
        nodeStatisticsFileSystem.rename(from, to);
      },
      syncDirectory: (dir) => {
        calls.push(`sync ${dir === directory ? 'dir' : dir}`);
      },
    };
    open({ files: spying }).recordOffered('breathing', nowMs);
    expect(calls).toEqual([
      'write statistics.json.tmp',
      'rename statistics.json.tmp -> statistics.json',
      'sync dir',
    ]);
  });

  it('moves a corrupt file aside and starts empty', () => {
    fs.writeFileSync(statsFile(), '{"version":1,"days":[');
    const store = open();
    const backup = 'statistics.corrupt-2026-05-03T10-00-00-000Z.json';
    expect(store.loadOutcome()).toEqual({
      kind: 'reset',
      reason: 'The statistics file is not valid JSON.',
      backupPath: path.join(directory, backup),
    });
    expect(fs.readFileSync(path.join(directory, backup), 'utf8')).toBe('{"version":1,"days":[');
    expect(store.totals().activeDays).toBe(0);
    expect(store.recordOffered('breathing', nowMs)).toEqual({ ok: true, saved: true });
  });

  it('drops damaged days, keeps the good ones and a copy of the original', () => {
    const good = {
      date: '2026-05-02',
      offered: 2,
      taken: 1,
      postponed: 0,
      skipped: 0,
      natural: 0,
      breathingSeconds: 60,
      feelings: { calmer: 0, same: 0, tenser: 0 },
      checkins: [],
    };
    const text = JSON.stringify({
      version: 1,
      days: [
        good,
        { ...good, date: '2026-05-01', taken: -4 },
        { ...good, date: '2026-02-30' },
        { ...good, offered: 9 },
        { ...good, date: '2026-04-30', floorSessions: 1, floorSeconds: -300 },
        { ...good, date: '2026-04-29', floorSessions: '1' },
        { ...good, date: '2026-04-28', floorSessions: 2, floorSeconds: 480 },
      ],
    });
    fs.writeFileSync(statsFile(), text);
    const store = open();
    expect(store.loadOutcome()).toMatchObject({ kind: 'loaded', droppedDays: 5 });
    // A day written before floor sessions existed had none; a day with them keeps them.
    expect(store.totals()).toMatchObject({ offered: 4, taken: 2, floorSessions: 2, floorSeconds: 480 });
    const outcome = store.loadOutcome();
    expect(
      outcome.kind === 'loaded' && outcome.backupPath && fs.readFileSync(outcome.backupPath, 'utf8'),
    ).toBe(text);
  });

  it('moves aside a file from an unknown version', () => {
    fs.writeFileSync(statsFile(), JSON.stringify({ version: 7, days: [] }));
    expect(open().loadOutcome()).toMatchObject({
      kind: 'reset',
      reason: 'Unknown statistics file version: 7.',
    });
  });
});
