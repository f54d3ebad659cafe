import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createScheduler,
  isSchedulerError,
  type SchedulerConfig,
  type SchedulerEvent,
} from '../../main/scheduler/index.ts';
import { configWith } from '../main/scheduler/config-helpers.ts';
import {
  createScriptedIdle,
  createSimulatedClock,
  MINUTE,
  SECOND,
  type SimulatedClock,
} from '../main/scheduler/fakes.ts';
import { bySoakBudget, soakSeed } from './budget.ts';
import { createFakeTimerClock } from './fake-timer-clock.ts';
import { pickInt, seededRandom } from './random.ts';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONE = 'Europe/Amsterdam';
const DAYS = bySoakBudget({ full: 365, small: 90 });
/** Starts Friday 2026-03-20 08:00 CET, so the year crosses both DST changes (twice in spring). */
const START_WALL_MS = Date.UTC(2026, 2, 20, 7, 0);
const WINDOW_DAYS = 30;

// Independent of the code under test: weekday and minute of day via Intl.
function isOfficeTime(wallMs: number): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(wallMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minutes = Number(get('hour')) * 60 + Number(get('minute'));
  return !['Sat', 'Sun'].includes(get('weekday')) && minutes >= 9 * 60 && minutes < 17 * 60 + 30;
}

function heapAfterGc(): number {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

interface YearResult {
  readonly violations: string[];
  readonly started: number;
  readonly natural: number;
  readonly jumps: number;
  readonly maxArmed: number;
  readonly armedAfterStop: number;
  readonly snapshotChars: { readonly min: number; readonly max: number };
  /** Events emitted per scheduled break, per 30-day window that had breaks. */
  readonly eventsPerBreak: number[];
  readonly heapGrowthBytes: number;
}

/**
 * The invariants of the 30-day soak (tests/main/scheduler/scheduler-soak.spec.ts), whose
 * checker is not exported: copied here with the same model and action mix, stretched to a
 * year with wall-clock jumps drawn from the seed, and with growth measured along the way.
 */
function soakYear(
  seed: number,
  clock: SimulatedClock,
  config: SchedulerConfig,
  officeHours: boolean,
): YearResult {
  const rand = seededRandom(seed);
  const pick = (min: number, max: number) => pickInt(rand, min, max);
  const idle = createScriptedIdle(clock);
  const model = { locked: false, suspended: false, lastResumeMs: -Infinity };
  let pausedUntil: { mono: number } | { wall: number } | 'resume' | null = null;
  const isPaused = () =>
    pausedUntil === 'resume' ||
    (pausedUntil !== null &&
      ('mono' in pausedUntil
        ? clock.monotonic.nowMs() < pausedUntil.mono
        : clock.wall.nowMs() < pausedUntil.wall));
  let lastBreakEndMs = -Infinity;
  let breaksSinceResume = 0;
  const violations: string[] = [];
  const counts = { started: 0, natural: 0, windowEvents: 0, windowBreaks: 0 };
  let maxArmed = 0;
  const snapshotChars = { min: Infinity, max: 0 };
  const check = (ok: boolean, what: string) => {
    if (!ok && violations.length < 20)
      violations.push(`${what} at wall ${new Date(clock.wall.nowMs()).toISOString()}`);
  };

  const scheduler = createScheduler({
    config,
    monotonic: clock.monotonic,
    wall: clock.wall,
    timer: clock.timer,
    idle,
    onEvent: (event: SchedulerEvent) => {
      counts.windowEvents += 1;
      const now = clock.monotonic.nowMs();
      if (event.type === 'break-started' && event.source === 'scheduled') {
        counts.started += 1;
        counts.windowBreaks += 1;
        check(!isPaused(), 'break while paused');
        check(!model.locked, 'break while locked');
        check(!model.suspended, 'break while suspended');
        if (officeHours) check(isOfficeTime(clock.wall.nowMs()), 'break outside working hours');
        check(now - lastBreakEndMs >= config.minGapMs, 'two breaks closer than the minimum gap');
        if (now - model.lastResumeMs < config.calmAfterWakeMs + config.minGapMs) {
          breaksSinceResume += 1;
          check(breaksSinceResume <= 1, 'more than one break right after resume');
          check(now - model.lastResumeMs >= config.calmAfterWakeMs, 'break fired at once after resume');
        }
      }
      if (event.type === 'break-ended' && event.outcome !== 'natural' && event.durationMs > 0)
        lastBreakEndMs = now;
      if (event.type === 'break-ended' && event.outcome === 'natural') counts.natural += 1;
      if (event.type === 'notice')
        check(!isPaused() && !model.locked && !model.suspended, 'notice while blocked');
    },
  });

  const invariants = () => {
    const armed = clock.armedCount();
    maxArmed = Math.max(maxArmed, armed);
    check(armed <= 1, `${armed} timers armed`);
    const snap = scheduler.snapshot();
    const chars = JSON.stringify(snap).length;
    snapshotChars.min = Math.min(snapshotChars.min, chars);
    snapshotChars.max = Math.max(snapshotChars.max, chars);
    if (snap.next) check(snap.next.dueInMs > 0, 'next due time not in the future');
    if (isPaused() || model.suspended) check(snap.next === null, 'next break shown while paused or asleep');
  };
  const act = (command: () => void) => {
    try {
      command();
    } catch (error) {
      if (!isSchedulerError(error)) throw error;
    }
    invariants();
  };

  // DST-like hours both ways, an NTP correction, a BIOS clock days ahead, a clock set back a day.
  const jumpSizes = [HOUR, -HOUR, -10 * MINUTE, 45 * SECOND, 3 * DAY, -DAY];
  const jumps: { atMs: number; byMs: number }[] = [];
  for (let at = pick(2, 20) * DAY; at < DAYS * DAY; at += pick(5, 30) * DAY + pick(0, 24) * HOUR) {
    jumps.push({ atMs: at, byMs: jumpSizes[pick(0, jumpSizes.length)] ?? HOUR });
  }
  const jumpCount = jumps.length;

  scheduler.start();
  const startMs = clock.monotonic.nowMs();
  const endMs = startMs + DAYS * DAY;
  let nextWindowMs = startMs + WINDOW_DAYS * DAY;
  const eventsPerBreak: number[] = [];
  let heapAtFirstWindow: number | undefined;
  while (clock.monotonic.nowMs() < endMs) {
    // The scripted idle source logs every read; the year only needs the reading itself.
    idle.reads.length = 0;
    if (clock.monotonic.nowMs() >= nextWindowMs) {
      nextWindowMs += WINDOW_DAYS * DAY;
      if (counts.windowBreaks > 0) eventsPerBreak.push(counts.windowEvents / counts.windowBreaks);
      counts.windowEvents = 0;
      counts.windowBreaks = 0;
      heapAtFirstWindow ??= heapAfterGc();
    }
    const jump = jumps[0];
    if (jump && clock.monotonic.nowMs() - startMs >= jump.atMs) {
      jumps.shift();
      clock.jumpWall(jump.byMs);
      if (rand() < 0.5) act(() => scheduler.onWallClockChange());
    }
    const roll = rand();
    if (roll < 0.35) {
      idle.hold(pick(0, 50));
      const span = pick(1, 20) * MINUTE;
      for (let t = 0; t < span; t += MINUTE) {
        clock.advance(MINUTE);
        invariants();
      }
    } else if (roll < 0.45) {
      idle.typeFor(pick(5, 120) * SECOND);
      clock.advance(pick(5, 180) * SECOND);
    } else if (roll < 0.55) {
      idle.inputAgo(0);
      clock.advance(pick(1, 40) * MINUTE);
    } else if (roll < 0.62) {
      act(() => scheduler.onLock());
      model.locked = true;
      const lockMs = rand() < 0.5 ? pick(10, 150) * SECOND : pick(2, 180) * MINUTE;
      clock.advance(lockMs);
      model.locked = false;
      act(() => scheduler.onUnlock());
      if (lockMs >= config.minLockMs) {
        model.lastResumeMs = clock.monotonic.nowMs();
        breaksSinceResume = 0;
      }
    } else if (roll < 0.67) {
      model.suspended = true;
      act(() => scheduler.onSuspend());
      clock.passUnseen(pick(1, 14 * 60) * MINUTE, { monotonicAdvances: rand() < 0.5 });
      model.suspended = false;
      act(() => scheduler.onResume());
      model.lastResumeMs = clock.monotonic.nowMs();
      breaksSinceResume = 0;
    } else if (roll < 0.77) {
      act(() => scheduler.postpone());
    } else if (roll < 0.84) {
      act(() => scheduler.skip());
    } else if (roll < 0.92) {
      act(() => scheduler.completeBreak('taken', pick(0, 60) * SECOND));
    } else if (roll < 0.96) {
      const choice = pick(0, 3);
      const minutes = pick(5, 120);
      const wasInBreak = scheduler.snapshot().state === 'in-break';
      act(() => scheduler.pause(choice === 0 ? minutes : choice === 1 ? 'tomorrow' : 'indefinitely'));
      if (!(wasInBreak && config.strict)) {
        const until = scheduler.snapshot().pausedUntilWallMs;
        if (choice === 0) pausedUntil = { mono: clock.monotonic.nowMs() + minutes * MINUTE };
        else if (choice === 2) pausedUntil = 'resume';
        else {
          check(until !== null && until > clock.wall.nowMs(), 'pause until tomorrow not in the future');
          const local = new Date(until ?? 0).toLocaleTimeString('en-GB', { timeZone: ZONE, hour12: false });
          check(local === (officeHours ? '09:00:00' : '08:00:00'), `pause until tomorrow ends at ${local}`);
          pausedUntil = { wall: until ?? 0 };
        }
      }
      clock.advance(pick(1, 90) * MINUTE);
      if (isPaused() && rand() < 0.7) {
        pausedUntil = null;
        act(() => scheduler.resume());
      }
    } else {
      act(() => scheduler.startNow(rand() < 0.5 ? 'breathing' : 'stretch'));
    }
    invariants();
  }
  const heapGrowthBytes = heapAfterGc() - (heapAtFirstWindow ?? heapAfterGc());
  scheduler.stop();
  return {
    violations,
    started: counts.started,
    natural: counts.natural,
    jumps: jumpCount,
    maxArmed,
    armedAfterStop: clock.armedCount(),
    snapshotChars,
    eventsPerBreak,
    heapGrowthBytes,
  };
}

function expectNoGrowth(result: YearResult): void {
  console.info(
    `scheduler soak: ${result.started} scheduled breaks, ${result.natural} natural, ${result.jumps} clock jumps, ` +
      `snapshot ${result.snapshotChars.min}-${result.snapshotChars.max} chars, events/break per month ` +
      `${result.eventsPerBreak.map((value) => value.toFixed(1)).join(' ')}, heap growth ${result.heapGrowthBytes} B`,
  );
  expect(result.violations).toEqual([]);
  expect(result.maxArmed).toBe(1);
  expect(result.armedAfterStop).toBe(0);
  // The snapshot is a fixed shape: its size over the year varies only with the digits in it.
  expect(result.snapshotChars.max - result.snapshotChars.min).toBeLessThan(200);
  // The last months emit about as many events per break as the first: nothing piles up and
  // re-emits. Means over three months, because one month's mix of weekends and sleeps is noisy.
  const perBreak = result.eventsPerBreak;
  expect(perBreak.length).toBeGreaterThanOrEqual(Math.floor(DAYS / WINDOW_DAYS) - 1);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  expect(mean(perBreak.slice(-3))).toBeLessThan(mean(perBreak.slice(0, 3)) * 2);
  expect(result.heapGrowthBytes).toBeLessThan(2 * 1024 * 1024);
}

afterEach(() => {
  vi.useRealTimers();
});

describe(`soak: ${DAYS} simulated days`, () => {
  const officeConfig = () =>
    configWith({ workingHours: { days: [1, 2, 3, 4, 5], startMinutes: 9 * 60, endMinutes: 17 * 60 + 30 } });

  it.each([soakSeed(2026), 365])('keeps every invariant with working hours (seed %i)', (seed) => {
    const clock = createSimulatedClock({ wallMs: START_WALL_MS, timeZone: ZONE });
    const result = soakYear(seed, clock, officeConfig(), true);
    expectNoGrowth(result);
    expect(result.started).toBeGreaterThan((DAYS * 2) / 3);
    expect(result.natural).toBeGreaterThan(DAYS / 3);
    expect(result.jumps).toBeGreaterThanOrEqual(Math.floor(DAYS / 30));
  });

  it.each([soakSeed(11)])('keeps every invariant around the clock in strict mode (seed %i)', (seed) => {
    const clock = createSimulatedClock({ wallMs: START_WALL_MS, timeZone: ZONE });
    const result = soakYear(seed, clock, configWith({ strict: true }), false);
    expectNoGrowth(result);
    expect(result.started).toBeGreaterThan(DAYS * 3);
  });

  it.each([soakSeed(77)])(
    'never leaves more than one real timer pending (system timer on fake setTimeout, seed %i)',
    (seed) => {
      const clock = createFakeTimerClock({ wallMs: START_WALL_MS, timeZone: ZONE });
      const result = soakYear(seed, clock, configWith(), false);
      expectNoGrowth(result);
      expect(result.started).toBeGreaterThan(DAYS * 3);
      expect(clock.fires()).toBeGreaterThan(DAYS * 10);
    },
  );
});
