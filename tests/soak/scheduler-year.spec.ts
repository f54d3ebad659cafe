import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchedulerConfig } from '../../main/scheduler/index.ts';
import { configWith } from '../main/scheduler/config-helpers.ts';
import { createSimulatedClock, MINUTE, SECOND, type SimulatedClock } from '../main/scheduler/fakes.ts';
import { createSoakModel } from '../main/scheduler/soak-model.ts';
import { pickInt, seededRandom } from '../support/seeded-random.ts';
import { bySoakBudget, soakSeed } from './budget.ts';
import { createFakeTimerClock } from './fake-timer-clock.ts';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONE = 'Europe/Amsterdam';
const DAYS = bySoakBudget({ full: 365, small: 90 });
/** Starts Friday 2026-03-20 08:00 CET, so the year crosses both DST changes (twice in spring). */
const START_WALL_MS = Date.UTC(2026, 2, 20, 7, 0);
const WINDOW_DAYS = 30;

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
 * The 30-day soak's model, invariants and action mix (tests/main/scheduler/soak-model.ts),
 * stretched to a year with wall-clock jumps drawn from the seed, and with growth measured along
 * the way.
 */
function soakYear(
  seed: number,
  clock: SimulatedClock,
  config: SchedulerConfig,
  officeHours: boolean,
): YearResult {
  const rand = seededRandom(seed);
  const pick = (min: number, max: number) => pickInt(rand, min, max);
  const tally = { events: 0, breaks: 0 };
  let maxArmed = 0;
  const snapshotChars = { min: Infinity, max: 0 };
  const model = createSoakModel({
    clock,
    config,
    officeHours,
    rand,
    onEvent: (event) => {
      tally.events += 1;
      if (event.type === 'break-started' && event.source === 'scheduled') tally.breaks += 1;
    },
    onCheck: (armed, snapshot) => {
      maxArmed = Math.max(maxArmed, armed);
      const chars = JSON.stringify(snapshot).length;
      snapshotChars.min = Math.min(snapshotChars.min, chars);
      snapshotChars.max = Math.max(snapshotChars.max, chars);
    },
  });
  const { scheduler, idle } = model;

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
      if (tally.breaks > 0) eventsPerBreak.push(tally.events / tally.breaks);
      tally.events = 0;
      tally.breaks = 0;
      heapAtFirstWindow ??= heapAfterGc();
    }
    const jump = jumps[0];
    if (jump && clock.monotonic.nowMs() - startMs >= jump.atMs) {
      jumps.shift();
      model.jumpWall(jump.byMs);
    }
    model.step();
  }
  const heapGrowthBytes = heapAfterGc() - (heapAtFirstWindow ?? heapAfterGc());
  scheduler.stop();
  return {
    violations: [...model.violations],
    started: model.counts.started,
    natural: model.counts.natural,
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
