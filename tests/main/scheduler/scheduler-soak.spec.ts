import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createScheduler, type SchedulerConfig } from '../../../main/scheduler/index.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { configWith } from './config-helpers.ts';
import { createSimulatedClock, MINUTE } from './fakes.ts';
import { createSoakModel } from './soak-model.ts';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONE = 'Europe/Amsterdam';

function soak(seed: number, config: SchedulerConfig, officeHours: boolean) {
  const rand = seededRandom(seed);
  // Starts Friday 2026-03-20 08:00 CET; the month crosses the real DST change on 29 March.
  const clock = createSimulatedClock({ wallMs: Date.UTC(2026, 2, 20, 7, 0), timeZone: ZONE });
  const model = createSoakModel({ clock, config, officeHours, rand });

  model.scheduler.start();
  const jumps = [
    { atMs: 3 * DAY + 5 * HOUR, byMs: HOUR },
    { atMs: 9 * DAY + 14 * HOUR, byMs: -HOUR },
    { atMs: 14 * DAY + 10 * HOUR, byMs: -10 * MINUTE },
    { atMs: 20 * DAY + 11 * HOUR, byMs: 3 * DAY },
  ];
  const endMs = clock.monotonic.nowMs() + 30 * DAY;
  const startMs = clock.monotonic.nowMs();
  while (clock.monotonic.nowMs() < endMs) {
    const jump = jumps[0];
    if (jump && clock.monotonic.nowMs() - startMs >= jump.atMs) {
      jumps.shift();
      model.jumpWall(jump.byMs);
    }
    model.step();
  }
  model.scheduler.stop();
  return { violations: model.violations, counts: model.counts, armedAfterStop: clock.armedCount() };
}

describe('soak: 30 simulated days', () => {
  it.each([1, 7, 42])('keeps every invariant with working hours (seed %i)', (seed) => {
    const config = configWith({
      workingHours: { days: [1, 2, 3, 4, 5], startMinutes: 9 * 60, endMinutes: 17 * 60 + 30 },
    });
    const result = soak(seed, config, true);
    expect(result.violations).toEqual([]);
    expect(result.counts.started).toBeGreaterThan(20);
    expect(result.counts.natural).toBeGreaterThan(10);
    expect(result.armedAfterStop).toBe(0);
  });

  it.each([3, 99])('keeps every invariant around the clock, strict mode off (seed %i)', (seed) => {
    const result = soak(seed, configWith(), false);
    expect(result.violations).toEqual([]);
    expect(result.counts.started).toBeGreaterThan(100);
  });
});

describe('10,000 break cycles', () => {
  it('hold no more timers, listeners or memory at the end than near the start', () => {
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const clock = createSimulatedClock({ wallMs: Date.UTC(2026, 5, 1, 8, 0), timeZone: ZONE });
    // A plain source: the scripted one records every read, which would itself grow.
    const idle = { idleSeconds: () => 10 };
    let events = 0;
    const scheduler = createScheduler({
      config: configWith(),
      monotonic: clock.monotonic,
      wall: clock.wall,
      timer: clock.timer,
      idle,
      onEvent: () => {
        events += 1;
      },
    });
    scheduler.start();
    const cycle = () => {
      clock.advance(scheduler.snapshot().next?.dueInMs ?? 0);
      expect(scheduler.snapshot().state).toBe('in-break');
      scheduler.completeBreak('taken');
      expect(clock.armedCount()).toBe(1);
    };
    for (let i = 0; i < 1000; i += 1) cycle();
    gc();
    const heapAfterWarmup = process.memoryUsage().heapUsed;
    const snapshotSize = JSON.stringify(scheduler.snapshot()).length;
    for (let i = 0; i < 9000; i += 1) cycle();
    gc();
    const growth = process.memoryUsage().heapUsed - heapAfterWarmup;
    expect(growth).toBeLessThan(512 * 1024);
    expect(Math.abs(JSON.stringify(scheduler.snapshot()).length - snapshotSize)).toBeLessThan(20);
    expect(events).toBeGreaterThan(30_000);
    scheduler.stop();
    expect(clock.armedCount()).toBe(0);
  });
});
