import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  isSchedulerError,
  type SchedulerConfig,
  type SchedulerEvent,
} from '../../../main/scheduler/index.ts';
import { configWith } from './config-helpers.ts';
import { createScriptedIdle, createSimulatedClock, MINUTE, SECOND } from './fakes.ts';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONE = 'Europe/Amsterdam';

/** mulberry32: small, seedable, good enough to shuffle a simulated month. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Independent of the code under test: weekday and minute of day via toLocaleString.
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

function soak(seed: number, config: SchedulerConfig, officeHours: boolean) {
  const rand = random(seed);
  const pick = (min: number, max: number) => min + Math.floor(rand() * (max - min));
  // Starts Friday 2026-03-20 08:00 CET; the month crosses the real DST change on 29 March.
  const clock = createSimulatedClock({ wallMs: Date.UTC(2026, 2, 20, 7, 0), timeZone: ZONE });
  const idle = createScriptedIdle(clock);
  const model = { locked: false, suspended: false, lastResumeMs: -Infinity };
  // The test's own idea of the pause: until a monotonic time, a wall time, or a resume.
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
  const counts = { started: 0, natural: 0, events: 0 };
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
      counts.events += 1;
      const now = clock.monotonic.nowMs();
      if (event.type === 'break-started' && event.source === 'scheduled') {
        counts.started += 1;
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
    check(clock.armedCount() <= 1, 'more than one timer armed');
    const snap = scheduler.snapshot();
    if (snap.next) check(snap.next.dueInMs > 0, 'next due time not in the future');
    if (isPaused() || model.suspended)
      check(
        snap.next === null,
        `next break shown while paused or asleep ${JSON.stringify([pausedUntil, snap, clock.monotonic.nowMs()])}`,
      );
  };
  const act = (command: () => void) => {
    try {
      command();
    } catch (error) {
      if (!isSchedulerError(error)) throw error;
    }
    invariants();
  };

  scheduler.start();
  const jumps = [
    { atMs: 3 * DAY + 5 * HOUR, byMs: HOUR },
    { atMs: 9 * DAY + 14 * HOUR, byMs: -HOUR },
    { atMs: 14 * DAY + 10 * HOUR, byMs: -10 * MINUTE },
    { atMs: 20 * DAY + 11 * HOUR, byMs: 3 * DAY },
  ];
  const endMs = clock.monotonic.nowMs() + 30 * DAY;
  const startMs = clock.monotonic.nowMs();
  let step = 0;
  while (clock.monotonic.nowMs() < endMs) {
    step += 1;
    const elapsed = clock.monotonic.nowMs() - startMs;
    const jump = jumps[0];
    if (jump && elapsed >= jump.atMs) {
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
      // A short lock changes nothing, so only a long one is a wake-up that must start calmly.
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
          // "Tomorrow" must be 08:00 or (working hours) 09:00 local on a later day.
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
  scheduler.stop();
  return { violations, counts, steps: step, armedAfterStop: clock.armedCount() };
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
