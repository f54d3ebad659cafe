import { describe, expect, it } from 'vitest';
import { createScheduler, createWallDriftWatch } from '../../../main/scheduler/index.ts';
import { configWith } from './config-helpers.ts';
import {
  createHarness,
  createScriptedIdle,
  createSimulatedClock,
  type Harness,
  MINUTE,
  SECOND,
} from './fakes.ts';

/**
 * One test per bug of issue #10, each named for what the user sees. The scenarios come from the
 * complaints in other break apps' trackers that the scheduler failed when tried from outside.
 */

const HOUR = 60 * MINUTE;
const OFFICE = { days: [1, 2, 3, 4, 5], startMinutes: 9 * 60, endMinutes: 17 * 60 + 30 } as const;
/** Thursday 2026-03-26 16:00 in Amsterdam (CET). */
const THURSDAY_1600 = Date.UTC(2026, 2, 26, 15, 0);

const scheduledStarts = (h: Harness) => h.ofType('break-started').filter((e) => e.source === 'scheduled');

/** The user sits down and works: within one interval plus notice and typing grace a break must come. */
function expectBreaksAgainAfterReturn(h: Harness): void {
  const before = scheduledStarts(h).length;
  h.idle.input();
  for (let minute = 0; minute < 27; minute += 1) {
    h.work(MINUTE);
    expect(h.clock.armedCount()).toBe(1);
  }
  expect(scheduledStarts(h).length).toBeGreaterThan(before);
  expect(h.snap().state).not.toBe('idle');
}

describe('1. no more breaks, all day', () => {
  it('offers breaks again the morning after a desktop was left on overnight without lock or sleep events', () => {
    const h = createHarness(configWith({ workingHours: OFFICE }), { wallMs: THURSDAY_1600 });
    h.work(HOUR);
    h.idle.inputAgo(0);
    h.clock.advance(16 * HOUR + 30 * MINUTE);
    expect(h.clock.armedCount()).toBe(1);
    expectBreaksAgainAfterReturn(h);
  });

  for (const monotonicAdvances of [true, false]) {
    it(`offers breaks again after long idle followed by a sleep nobody reported (monotonic clock ${monotonicAdvances ? 'runs' : 'frozen'})`, () => {
      const h = createHarness(configWith({ workingHours: OFFICE }), { wallMs: THURSDAY_1600 });
      h.work(HOUR);
      h.idle.inputAgo(0);
      h.clock.advance(15 * MINUTE);
      expect(h.snap().state).toBe('idle');
      h.clock.passUnseen(16 * HOUR, { monotonicAdvances });
      h.clock.advance(MINUTE);
      expectBreaksAgainAfterReturn(h);
    });
  }

  it('offers breaks again when the settings change while the user is away', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    h.idle.inputAgo(0);
    h.clock.advance(20 * MINUTE);
    expect(h.snap().state).toBe('idle');
    h.scheduler.updateConfig(configWith({ breathing: { intervalMs: 20 * MINUTE } }));
    h.clock.advance(10 * MINUTE);
    expect(h.clock.armedCount()).toBe(1);
    expectBreaksAgainAfterReturn(h);
  });

  it('offers breaks again when a pause is resumed while the user is away', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    h.idle.inputAgo(0);
    h.clock.advance(20 * MINUTE);
    expect(h.snap().state).toBe('idle');
    h.scheduler.pause(5);
    h.scheduler.resume();
    h.clock.advance(20 * MINUTE);
    expect(h.clock.armedCount()).toBe(1);
    expectBreaksAgainAfterReturn(h);
  });
});

describe('2. a break locked away', () => {
  it('keeps a break running through a 2.5-minute lock, so Done still counts it once', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE + 20 * SECOND);
    expect(h.snap().state).toBe('in-break');
    h.scheduler.onLock();
    h.clock.advance(2 * MINUTE + 30 * SECOND);
    h.scheduler.onUnlock();
    expect(h.snap().current).toEqual(expect.objectContaining({ kind: 'breathing' }));
    expect(h.ofType('break-ended')).toHaveLength(0);
    h.scheduler.completeBreak('taken', 40 * SECOND);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'taken', endedBy: 'window' }),
    ]);
    // No new break 5 minutes later: the interval restarted when the break ended.
    h.work(20 * MINUTE);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('ends a break the lock outlasted exactly once, when its time is up', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE);
    h.scheduler.beginBreak({ durationMs: MINUTE });
    h.scheduler.onLock();
    h.clock.advance(30 * MINUTE);
    h.scheduler.onUnlock();
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ outcome: 'taken' })]);
    expect(h.snap().current).toBeNull();
  });
});

describe('3. suspend during a break', () => {
  for (const monotonicRuns of [true, false]) {
    it(`does not count 21 s of a 60 s break as taken, and gives a full interval after waking (monotonic clock ${monotonicRuns ? 'runs (Windows)' : 'frozen (Linux, macOS)'})`, () => {
      const h = createHarness(configWith());
      h.work(25 * MINUTE);
      h.scheduler.beginBreak({ durationMs: MINUTE });
      h.clock.advance(21 * SECOND);
      h.scheduler.onSuspend();
      expect(h.ofType('break-ended')).toEqual([
        expect.objectContaining({ outcome: 'skipped', durationMs: 21 * SECOND }),
      ]);
      if (monotonicRuns) h.clock.advance(HOUR);
      else h.clock.passUnseen(HOUR, { monotonicAdvances: false });
      h.scheduler.onResume();
      expect(h.ofType('break-ended')).toEqual([
        expect.objectContaining({ outcome: 'skipped' }),
        expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
      ]);
      expect(h.snap().next).toEqual(expect.objectContaining({ kind: 'breathing', dueInMs: 25 * MINUTE }));
    });
  }
});

describe('4. a stalled event loop is not a sleep', () => {
  it('credits nothing for a 3-minute stall while the user typed, and the due break comes with its notice', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE);
    // The user keeps typing (idle reads 10 s) while the event loop is stuck for 3 minutes.
    h.clock.passUnseen(3 * MINUTE);
    h.clock.advance(0);
    expect(h.ofType('break-ended')).toHaveLength(0);
    expect(h.snap().state).toBe('notice');
    h.work(MINUTE);
    expect(h.ofType('break-started')).toHaveLength(1);
    expect(h.ofType('break-ended').filter((e) => e.outcome === 'natural')).toHaveLength(0);
  });
});

describe('5. pause until tomorrow after midnight', () => {
  // Tuesday 2026-03-31 00:30 in Amsterdam (CEST, +02:00).
  const TUESDAY_0030 = Date.UTC(2026, 2, 30, 22, 30);

  it('at 00:30 pauses until 08:00 this morning, not the day after', () => {
    const h = createHarness(configWith(), { wallMs: TUESDAY_0030 });
    h.scheduler.pause('tomorrow');
    expect(h.snap().pausedUntilWallMs).toBe(Date.UTC(2026, 2, 31, 6, 0));
  });

  it('at 00:30 with office hours pauses until 09:00 this morning', () => {
    const h = createHarness(configWith({ workingHours: OFFICE }), { wallMs: TUESDAY_0030 });
    h.scheduler.pause('tomorrow');
    expect(h.snap().pausedUntilWallMs).toBe(Date.UTC(2026, 2, 31, 7, 0));
  });

  it('at 23:00 still pauses until the next morning', () => {
    const h = createHarness(configWith(), { wallMs: TUESDAY_0030 + 22 * HOUR + 30 * MINUTE });
    h.scheduler.pause('tomorrow');
    expect(h.snap().pausedUntilWallMs).toBe(Date.UTC(2026, 3, 1, 6, 0));
  });
});

describe('6. one absence, one natural credit', () => {
  it('counts idle then a short sleep as one natural stretch break, not breathing plus stretch plus another', () => {
    const h = createHarness(configWith({ longIdleMs: 0 }));
    h.work(10 * MINUTE);
    h.idle.inputAgo(0);
    h.clock.advance(11 * MINUTE);
    h.scheduler.onSuspend();
    h.clock.advance(2 * MINUTE);
    h.scheduler.onResume();
    h.idle.input();
    h.work(20 * MINUTE);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
    ]);
  });

  it('does not count a sleep again when the idle time still includes it after waking', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    h.idle.inputAgo(0);
    h.scheduler.onSuspend();
    h.clock.advance(HOUR);
    h.scheduler.onResume();
    // Nobody touches anything for 3 minutes after waking; the idle time says 63 minutes.
    h.clock.advance(3 * MINUTE);
    h.idle.input();
    h.work(20 * MINUTE);
    expect(h.ofType('break-ended').filter((e) => e.outcome === 'natural')).toHaveLength(1);
  });
});

describe('7. idle time that cannot be trusted', () => {
  it('opens a due break on time without waiting for a typing pause, and counts no natural breaks', () => {
    const h = createHarness(configWith());
    h.idle.setUnknown(true);
    h.clock.advance(25 * MINUTE);
    expect(h.snap().state).toBe('in-break');
    h.scheduler.completeBreak('taken');
    h.clock.advance(3 * HOUR);
    expect(h.ofType('break-ended').filter((e) => e.outcome === 'natural')).toHaveLength(0);
    expect(h.snap().state).not.toBe('idle');
    expect(scheduledStarts(h).length).toBeGreaterThan(3);
  });
});

describe('8. wall-clock jumps', () => {
  it('leaves working hours at once when the clock jumps past their end and the shell notices the drift', () => {
    const clock = createSimulatedClock({
      wallMs: Date.UTC(2026, 2, 27, 16, 0),
      timeZone: 'Europe/Amsterdam',
    });
    const idle = createScriptedIdle(clock);
    let scheduler: ReturnType<typeof createScheduler> | null = null;
    const drift = createWallDriftWatch({
      monotonic: clock.monotonic,
      wall: clock.wall,
      onJump: () => scheduler?.onWallClockChange(),
    });
    scheduler = createScheduler({
      config: configWith({ workingHours: OFFICE }),
      monotonic: clock.monotonic,
      wall: clock.wall,
      timer: drift.wrapTimer(clock.timer),
      idle,
      onEvent: () => {},
    });
    scheduler.start();
    idle.hold(10);
    clock.advance(5 * MINUTE);
    expect(scheduler.snapshot().state).toBe('running');
    clock.jumpWall(HOUR);
    // Unlocking the screen (a power event) makes main look at the clocks.
    drift.check();
    expect(scheduler.snapshot().state).toBe('outside-hours');
  });

  it('sees a jump at the next scheduler timer without any event', () => {
    const clock = createSimulatedClock({ wallMs: Date.UTC(2026, 2, 27, 8, 0), timeZone: 'Europe/Amsterdam' });
    let jumps = 0;
    const drift = createWallDriftWatch({
      monotonic: clock.monotonic,
      wall: clock.wall,
      onJump: () => (jumps += 1),
    });
    const timer = drift.wrapTimer(clock.timer);
    let fired = 0;
    timer.arm(MINUTE, () => (fired += 1));
    clock.jumpWall(-10 * MINUTE);
    clock.advance(MINUTE);
    expect([jumps, fired]).toEqual([1, 1]);
    timer.arm(MINUTE, () => (fired += 1));
    clock.advance(MINUTE);
    expect([jumps, fired]).toEqual([1, 2]);
  });
});

describe('9. activity during a manual break', () => {
  it('keeps a manual break started while away running when the user becomes active', () => {
    const h = createHarness(configWith());
    h.work(5 * MINUTE);
    h.idle.inputAgo(0);
    h.clock.advance(15 * MINUTE);
    expect(h.snap().state).toBe('idle');
    // A pause and resume restart the intervals while the absence goes on.
    h.scheduler.pause(5);
    h.scheduler.resume();
    h.scheduler.startNow('breathing');
    const endedBefore = h.ofType('break-ended').length;
    h.scheduler.notifyActivity();
    expect(h.snap().current).toEqual(expect.objectContaining({ kind: 'breathing', source: 'manual' }));
    expect(h.ofType('break-ended')).toHaveLength(endedBefore);
    h.scheduler.completeBreak('taken');
    expect(h.ofType('break-ended').slice(endedBefore)).toEqual([
      expect.objectContaining({ source: 'manual', outcome: 'taken' }),
    ]);
  });
});

describe('found by the reference model', () => {
  it('takes a notice down when a look finds the user gone long enough to stop the clock', () => {
    const h = createHarness(configWith({ breathing: { intervalMs: 20 * MINUTE + 15 * SECOND } }));
    h.work(14 * MINUTE);
    h.idle.inputAgo(0);
    h.clock.advance(5 * MINUTE + 50 * SECOND);
    expect(h.snap().notice).not.toBeNull();
    // The look at 20:00 finds 6 minutes without input: the clock stops, the notice goes.
    h.clock.advance(10 * SECOND);
    expect(h.snap()).toEqual(expect.objectContaining({ state: 'idle', notice: null, next: null }));
  });

  it('gives a full interval after a pause ends, even when the absence before it is settled only then', () => {
    const h = createHarness(configWith());
    h.idle.inputAgo(0);
    h.clock.advance(11 * MINUTE);
    h.scheduler.pause(30);
    h.idle.typeFor(30 * MINUTE);
    h.clock.advance(30 * MINUTE);
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ outcome: 'natural' })]);
    h.work(24 * MINUTE);
    expect(h.ofType('notice')).toHaveLength(0);
    h.work(MINUTE);
    expect(h.ofType('notice')).toHaveLength(1);
  });

  it('credits nothing for time typed through while idle could not be read, when the screen locks afterwards', () => {
    const h = createHarness(configWith());
    const startWallMs = h.clock.wall.nowMs();
    h.idle.inputAgo(0);
    h.clock.advance(11 * MINUTE);
    h.scheduler.pause('indefinitely');
    h.idle.typeFor(30 * MINUTE);
    h.clock.advance(30 * MINUTE);
    h.idle.setUnknown(true);
    h.scheduler.onLock();
    h.clock.advance(10 * MINUTE);
    h.scheduler.onUnlock();
    // One credit for the 10 minutes seen before the pause; none for the typing, none for the lock
    // that may be the same absence going on.
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({
        kind: 'stretch',
        outcome: 'natural',
        endedAtWallMs: startWallMs + 11 * MINUTE,
      }),
    ]);
  });
});
