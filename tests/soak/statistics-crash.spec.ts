import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatisticsStore } from '../../main/statistics/statistics-store.ts';
import { BUSY_REASONS, type BusyReason } from '../../shared/domain/busy.ts';
import { pickInt, seededRandom } from '../support/seeded-random.ts';
import { bySoakBudget, soakSeed } from './budget.ts';
import { plannedRecord, plannedWallMs, utcDayKey } from './fixtures/recording-plan.ts';

const WORKER = fileURLToPath(new URL('./fixtures/statistics-recorder.ts', import.meta.url));
const FILE_NAME = 'statistics.json';
const KILLS = bySoakBudget({ full: 200, small: 40 });
const SEED = soakSeed(20_260_325);

interface ExpectedDay {
  date: string;
  offered: number;
  taken: number;
  postponed: number;
  skipped: number;
  natural: number;
  breathingSeconds: number;
  floorSessions: number;
  floorSeconds: number;
  feelings: { calmer: number; same: number; tenser: number };
  held: Record<BusyReason, number>;
  checkins: never[];
}

/** The file the first `count` planned records must produce, built without the store's own code. */
function expectedDays(count: number): ExpectedDay[] {
  const byDate = new Map<string, ExpectedDay>();
  for (let seq = 0; seq < count; seq += 1) {
    const date = utcDayKey(plannedWallMs(seq));
    let day = byDate.get(date);
    if (!day) {
      day = {
        date,
        offered: 0,
        taken: 0,
        postponed: 0,
        skipped: 0,
        natural: 0,
        breathingSeconds: 0,
        // The plan records no floor sessions and no held breaks: those counters stay at zero.
        floorSessions: 0,
        floorSeconds: 0,
        feelings: { calmer: 0, same: 0, tenser: 0 },
        held: Object.fromEntries(BUSY_REASONS.map((reason) => [reason, 0])) as Record<BusyReason, number>,
        checkins: [],
      };
      byDate.set(date, day);
    }
    const record = plannedRecord(seq);
    if (record.type === 'ended') {
      day[record.outcome] += 1;
      day.breathingSeconds += record.breathedSeconds;
    } else if (record.type === 'feeling') day.feelings[record.feeling] += 1;
    else if (record.type === 'offered') day.offered += 1;
    else day.postponed += 1;
  }
  return [...byDate.values()];
}

/** One record is one counter step, so the record count of a file is the sum of its counters. */
function recordCount(days: readonly ExpectedDay[]): number {
  return days.reduce(
    (sum, day) =>
      sum +
      day.offered +
      day.taken +
      day.postponed +
      day.skipped +
      day.natural +
      day.feelings.calmer +
      day.feelings.same +
      day.feelings.tenser,
    0,
  );
}

interface WorkerRun {
  readonly ready?: { outcome: unknown; files: string[] };
  readonly committed: number[];
  readonly signal: NodeJS.Signals | null;
  readonly exitCode: number | null;
  readonly other: string[];
}

/** Starts the worker, kills it `delayMs` after it reported ready (or after spawn), collects its lines. */
function runAndKill(
  directory: string,
  firstSeq: number,
  delayMs: number,
  fromSpawn: boolean,
): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, directory, String(firstSeq)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => {
      killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (fromSpawn) kill();
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (!fromSpawn && killTimer === undefined && (stdout + chunk).includes('\n')) kill();
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(killTimer);
      // A line cut by the kill is not a commit: only whole lines count.
      const lines = stdout.split('\n').slice(0, -1);
      let ready: WorkerRun['ready'];
      const committed: number[] = [];
      const other: string[] = [];
      for (const line of lines) {
        if (line.startsWith('ready ')) ready = JSON.parse(line.slice('ready '.length));
        else if (line.startsWith('c ')) committed.push(Number(line.slice(2)));
        else other.push(line);
      }
      if (stderr.trim() !== '') other.push(`stderr: ${stderr.trim()}`);
      resolve({ ...(ready ? { ready } : {}), committed, signal, exitCode, other });
    });
  });
}

let directory: string;

beforeAll(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'br-soak-stats-'));
});

afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

describe(`statistics survive ${KILLS} SIGKILLs mid-recording (seed ${SEED})`, () => {
  it('always leaves valid JSON holding every committed record, and the next start loads it cleanly', async () => {
    const rand = seededRandom(SEED);
    const filePath = path.join(directory, FILE_NAME);
    // Records the file is known to hold: everything reported committed, plus an in-flight one that landed.
    let durable = 0;
    let killsWhileRecording = 0;
    let leftoverTempFilesSeen = 0;
    let inFlightLanded = 0;

    for (let kill = 0; kill < KILLS; kill += 1) {
      // Mostly mid-recording; one in ten from spawn, which may land during start-up and load.
      const fromSpawn = rand() < 0.1;
      const delayMs = fromSpawn ? pickInt(rand, 1, 120) : pickInt(rand, 2, 40);
      const run = await runAndKill(directory, durable, delayMs, fromSpawn);
      const context = `kill ${kill} (delay ${delayMs} ms${fromSpawn ? ' from spawn' : ''}, first seq ${durable})`;

      expect(run.other, context).toEqual([]);
      expect(run.signal, context).toBe('SIGKILL');
      if (run.ready) {
        // The start after the previous kill: loaded as it was, nothing moved aside, no temp file left.
        expect(run.ready.outcome, context).toEqual(
          durable === 0 ? { kind: 'new' } : { kind: 'loaded', droppedDays: 0 },
        );
        expect(
          run.ready.files.filter((name) => name !== FILE_NAME),
          context,
        ).toEqual([]);
      }
      expect(run.committed, context).toEqual(run.committed.map((_, index) => durable + index));
      if (run.committed.length > 0) killsWhileRecording += 1;
      const lastCommitted = durable + run.committed.length;

      const names = fs.readdirSync(directory);
      expect(
        names.filter((name) => name !== FILE_NAME && !name.startsWith(`${FILE_NAME}.tmp-`)),
        context,
      ).toEqual([]);
      if (names.some((name) => name.startsWith(`${FILE_NAME}.tmp-`))) leftoverTempFilesSeen += 1;

      if (lastCommitted === 0 && !fs.existsSync(filePath)) continue;
      const text = fs.readFileSync(filePath, 'utf8');
      let document: { version: unknown; days: ExpectedDay[] };
      try {
        document = JSON.parse(text);
      } catch {
        throw new Error(`${context}: statistics.json is not valid JSON: ${text.slice(0, 200)}`);
      }
      expect(document.version, context).toBe(1);
      const count = recordCount(document.days);
      // Every committed record is there; at most the one being written at the kill is there too.
      expect([lastCommitted, lastCommitted + 1], context).toContain(count);
      expect(document.days, context).toEqual(expectedDays(count));
      if (count > lastCommitted) inFlightLanded += 1;
      durable = count;
    }

    // The run must have exercised what it claims: kills inside the write loop, temp files left behind.
    expect(killsWhileRecording).toBeGreaterThan(KILLS / 2);
    expect(leftoverTempFilesSeen).toBeGreaterThan(0);
    expect(durable).toBeGreaterThan(KILLS * 3);

    // A final start in this process: the store reads back exactly the expected history.
    const store = createStatisticsStore({
      directory,
      now: () => plannedWallMs(durable - 1),
      timeZone: () => 'UTC',
    });
    expect(store.loadOutcome()).toEqual({ kind: 'loaded', droppedDays: 0 });
    const expected = expectedDays(durable);
    const sum = (field: 'offered' | 'taken' | 'postponed' | 'skipped' | 'natural' | 'breathingSeconds') =>
      expected.reduce((total, day) => total + day[field], 0);
    expect(store.totals()).toMatchObject({
      activeDays: expected.length,
      offered: sum('offered'),
      taken: sum('taken'),
      postponed: sum('postponed'),
      skipped: sum('skipped'),
      natural: sum('natural'),
      breathingSeconds: sum('breathingSeconds'),
    });
    expect(fs.readdirSync(directory)).toEqual([FILE_NAME]);
    console.info(
      `statistics crash soak: ${KILLS} kills, ${killsWhileRecording} mid-recording, ${durable} records, ` +
        `${leftoverTempFilesSeen} kills left a temp file, ${inFlightLanded} in-flight writes landed`,
    );
  });
});
