import { afterEach, describe, expect, it, vi } from 'vitest';
import { SchedulerError } from '../../../main/scheduler/index.ts';
import { configWith } from './config-helpers.ts';
import { AMSTERDAM_FRIDAY_0900, createHarness, MINUTE, SECOND } from './fakes.ts';

function expectSchedulerError(action: () => void, code: string): void {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SchedulerError);
  expect((caught as SchedulerError).code).toBe(code);
}

describe('intervals', () => {
  it('offers a breathing break every 25 minutes, with a notice 30 s before', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 29 * SECOND);
    expect(h.ofType('notice')).toHaveLength(0);
    h.work(1 * SECOND);
    expect(h.ofType('notice')).toEqual([
      expect.objectContaining({
        kind: 'breathing',
        leadMs: 30 * SECOND,
        dueAtWallMs: AMSTERDAM_FRIDAY_0900 + 25 * MINUTE,
      }),
    ]);
    expect(h.snap().state).toBe('notice');
    h.work(29 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(0);
    h.work(1 * SECOND);
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({
        kind: 'breathing',
        source: 'scheduled',
        durationMs: MINUTE,
        patternId: 'belly',
      }),
    ]);
    expect(h.snap().state).toBe('in-break');
  });

  it('starts the next breathing interval when the break ends', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE);
    h.work(MINUTE);
    h.scheduler.completeBreak('taken', 55 * SECOND);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({
        kind: 'breathing',
        outcome: 'taken',
        durationMs: MINUTE,
        breathedMs: 55 * SECOND,
      }),
    ]);
    expect(h.snap().next).toEqual(expect.objectContaining({ kind: 'breathing', dueInMs: 25 * MINUTE }));
  });

  it('offers a 5-minute stretch break every 90 minutes', () => {
    const h = createHarness(configWith({ breathing: { enabled: false } }));
    h.work(90 * MINUTE - 1);
    expect(h.ofType('break-started')).toHaveLength(0);
    h.work(1);
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({ kind: 'stretch', durationMs: 5 * MINUTE, source: 'scheduled' }),
    ]);
  });

  it('lets a stretch break due within the absorb window replace the breathing break before it', () => {
    const h = createHarness(configWith({ stretch: { intervalMs: 27 * MINUTE } }));
    expect(h.snap().next).toEqual(expect.objectContaining({ kind: 'stretch', dueInMs: 27 * MINUTE }));
    h.work(27 * MINUTE);
    expect(h.ofType('break-started').map((e) => e.kind)).toEqual(['stretch']);
    h.work(5 * MINUTE);
    h.scheduler.completeBreak('taken');
    // The stretch break restarted breathing too; 27 min later the stretch absorbs it again.
    expect(h.snap().next).toEqual(expect.objectContaining({ kind: 'stretch', dueInMs: 27 * MINUTE }));
    h.work(27 * MINUTE);
    expect(h.ofType('break-started').map((e) => e.kind)).toEqual(['stretch', 'stretch']);
  });

  it('keeps a breathing break that comes well before the stretch break', () => {
    const h = createHarness(configWith({ stretch: { intervalMs: 31 * MINUTE } }));
    h.work(25 * MINUTE);
    expect(h.ofType('break-started').map((e) => e.kind)).toEqual(['breathing']);
  });

  it('shows no notice when the notice is off', () => {
    const h = createHarness(configWith({ noticeLeadMs: 0 }));
    h.work(25 * MINUTE);
    expect(h.ofType('notice')).toHaveLength(0);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('ends a begun break the window never closes at its end plus the overrun, as taken', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE);
    h.scheduler.beginBreak({ durationMs: MINUTE });
    h.work(MINUTE + 2 * MINUTE - 1);
    expect(h.snap().state).toBe('in-break');
    h.work(1);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ outcome: 'taken', durationMs: 3 * MINUTE, endedBy: 'scheduler' }),
    ]);
    expect(h.snap().state).toBe('running');
  });

  it('ends a break whose window never began at the overrun as skipped, not as taken with 0 s', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE);
    h.work(MINUTE + 2 * MINUTE - 1);
    expect(h.snap().state).toBe('in-break');
    h.work(1);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ outcome: 'skipped', durationMs: 3 * MINUTE, endedBy: 'scheduler' }),
    ]);
  });

  it('marks a break the window completed as ended by the window', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE);
    h.work(MINUTE);
    h.scheduler.completeBreak('taken', 60 * SECOND);
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ endedBy: 'window' })]);
  });

  it('keeps the minimum gap after a manual break', () => {
    const h = createHarness(configWith());
    h.work(23 * MINUTE);
    h.scheduler.startNow('stretch');
    h.work(MINUTE);
    h.scheduler.completeBreak('taken');
    // The stretch covered breathing, so take a breathing-only case as well:
    const g = createHarness(
      configWith({ breathing: { intervalMs: 10 * MINUTE }, stretch: { enabled: false } }),
    );
    g.work(8 * MINUTE);
    g.scheduler.startNow('breathing');
    g.work(1.5 * MINUTE);
    g.scheduler.completeBreak('taken');
    // Breathing restarts at 9.5 min; a manual breathing break resets the breathing interval.
    expect(g.snap().next?.dueInMs).toBe(10 * MINUTE);
    const k = createHarness(
      configWith({ breathing: { enabled: false }, stretch: { intervalMs: 30 * MINUTE } }),
    );
    k.work(29 * MINUTE);
    k.scheduler.startNow('breathing');
    k.work(MINUTE);
    k.scheduler.completeBreak('taken');
    // The stretch (due at 30 min) waits the gap (3 min) plus its notice (30 s) after the breathing break.
    expect(k.snap().next).toEqual(
      expect.objectContaining({ kind: 'stretch', dueInMs: 3 * MINUTE + 30 * SECOND }),
    );
    expect(h.snap().next?.kind).toBe('breathing');
  });
});

describe('notice actions', () => {
  it('postpones from the notice by 5 minutes and counts it', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 30 * SECOND);
    h.scheduler.postpone();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'postponed', durationMs: 0 }),
    ]);
    expect(h.snap()).toEqual(
      expect.objectContaining({ state: 'running', postponesUsed: 1, postponeLimit: 3, notice: null }),
    );
    expect(h.snap().next).toEqual(expect.objectContaining({ kind: 'breathing', dueInMs: 5 * MINUTE }));
    h.work(5 * MINUTE);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('refuses a fourth postpone with postpone-limit and changes nothing', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 30 * SECOND);
    for (let i = 0; i < 3; i += 1) {
      h.scheduler.postpone();
      h.work(4 * MINUTE + 30 * SECOND);
    }
    expect(h.snap().notice).toEqual(expect.objectContaining({ canPostpone: false, canSkip: true }));
    const before = h.snap();
    const eventCount = h.events.length;
    expectSchedulerError(() => h.scheduler.postpone(), 'postpone-limit');
    expect(h.snap()).toEqual(before);
    expect(h.events).toHaveLength(eventCount);
    h.work(30 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('resets the postpone count once the break is taken', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 30 * SECOND);
    h.scheduler.postpone();
    h.work(5 * MINUTE);
    h.scheduler.completeBreak('taken');
    expect(h.snap().postponesUsed).toBe(0);
  });

  it('postpones a running scheduled break from the break window', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE + 10 * SECOND);
    h.scheduler.postpone();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ outcome: 'postponed', durationMs: 10 * SECOND }),
    ]);
    expect(h.snap().next?.dueInMs).toBe(5 * MINUTE);
  });

  it('refuses to postpone when nothing is due', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    expectSchedulerError(() => h.scheduler.postpone(), 'nothing-due');
    h.scheduler.startNow('breathing');
    expectSchedulerError(() => h.scheduler.postpone(), 'nothing-due');
  });

  it('skips from the notice and restarts the interval', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 40 * SECOND);
    h.scheduler.skip();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'skipped' }),
    ]);
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE);
    h.work(20 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(0);
  });

  it('skips the next break from the tray while nothing is on screen', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    h.scheduler.skip();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'skipped' }),
    ]);
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE);
  });

  it('starts the noticed break now as a scheduled break', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 35 * SECOND);
    h.scheduler.startNow('breathing');
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({ source: 'scheduled', kind: 'breathing' }),
    ]);
  });
});

describe('strict mode', () => {
  it('hides skip and postpone and refuses them, but lets the break finish', () => {
    const h = createHarness(configWith({ strict: true }));
    h.work(24 * MINUTE + 30 * SECOND);
    expect(h.ofType('notice')[0]).toEqual(expect.objectContaining({ canSkip: false, canPostpone: false }));
    expect(h.snap().strict).toBe(true);
    expectSchedulerError(() => h.scheduler.skip(), 'strict-mode');
    expectSchedulerError(() => h.scheduler.postpone(), 'strict-mode');
    h.work(30 * SECOND);
    expectSchedulerError(() => h.scheduler.completeBreak('skipped'), 'strict-mode');
    expectSchedulerError(() => h.scheduler.pause(30), 'break-in-progress');
    expect(h.snap().state).toBe('in-break');
    h.work(MINUTE);
    h.scheduler.completeBreak('taken');
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ outcome: 'taken' })]);
  });
});

describe('strict mode and the minimum length', () => {
  it('refuses a strict scheduled break as taken before its planned end, allows it within 2 s of it', () => {
    const h = createHarness(configWith({ strict: true }));
    h.work(25 * MINUTE);
    h.scheduler.beginBreak({ durationMs: MINUTE });
    h.work(30 * SECOND);
    expectSchedulerError(() => h.scheduler.completeBreak('taken'), 'strict-mode');
    h.work(27 * SECOND);
    expectSchedulerError(() => h.scheduler.completeBreak('taken'), 'strict-mode');
    expect(h.ofType('break-ended')).toEqual([]);
    h.work(SECOND);
    h.scheduler.completeBreak('taken');
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ outcome: 'taken' })]);
  });

  it('a pause re-base may lengthen a strict break but never move its end before the first begin planned', () => {
    const h = createHarness(configWith({ strict: true }));
    h.work(25 * MINUTE);
    h.scheduler.beginBreak({ durationMs: MINUTE });
    h.work(20 * SECOND);
    // Paused: 40 s left plus a 10-minute allowance.
    h.scheduler.beginBreak({ durationMs: 40 * SECOND + 10 * MINUTE });
    h.work(5 * MINUTE);
    expect(h.snap().state).toBe('in-break');
    // Resumed: the true 40 s left; the break ends no sooner than planned, so this is allowed.
    h.scheduler.beginBreak({ durationMs: 40 * SECOND });
    expect(h.clock.deadline()).toBe(h.clock.monotonic.nowMs() + 40 * SECOND + configWith().breakOverrunMs);
    // A re-base that would end before the first begin's planned end is refused.
    const g = createHarness(configWith({ strict: true }));
    g.work(25 * MINUTE);
    g.scheduler.beginBreak({ durationMs: MINUTE });
    g.work(20 * SECOND);
    expectSchedulerError(() => g.scheduler.beginBreak({ durationMs: 10 * SECOND }), 'strict-mode');
    // The pause allowance did not raise the minimum: taken is accepted at the first planned end.
    h.work(40 * SECOND);
    h.scheduler.completeBreak('taken');
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ outcome: 'taken' })]);
  });

  it('a pause of the pacer longer than the overrun no longer ends the break while paused', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE);
    h.scheduler.beginBreak({ durationMs: MINUTE });
    h.work(20 * SECOND);
    h.scheduler.beginBreak({ durationMs: 40 * SECOND + 10 * MINUTE });
    h.work(9 * MINUTE);
    expect(h.ofType('break-ended')).toEqual([]);
    expect(h.snap().state).toBe('in-break');
  });

  it('a break started by hand is never strict-locked: it may be ended, paused over or taken early', () => {
    const h = createHarness(configWith({ strict: true }));
    h.work(3 * MINUTE);
    h.scheduler.startNow('breathing');
    h.scheduler.completeBreak('skipped', 0);
    h.scheduler.startNow('breathing');
    h.scheduler.beginBreak({ durationMs: MINUTE });
    h.work(10 * SECOND);
    h.scheduler.completeBreak('taken');
    h.scheduler.startNow('stretch');
    h.scheduler.pause(30);
    expect(h.ofType('break-ended').map((e) => e.outcome)).toEqual(['skipped', 'taken', 'skipped']);
  });
});

describe('break now', () => {
  it('starts either kind with any pattern at any time, as a manual break', () => {
    const h = createHarness(configWith());
    h.work(3 * MINUTE);
    h.scheduler.startNow('breathing', 'box');
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({ kind: 'breathing', patternId: 'box', source: 'manual', durationMs: MINUTE }),
    ]);
    expect(h.snap().current).toEqual(
      expect.objectContaining({ kind: 'breathing', patternId: 'box', source: 'manual' }),
    );
    expectSchedulerError(() => h.scheduler.startNow('stretch'), 'break-in-progress');
    h.scheduler.completeBreak('skipped');
    h.scheduler.startNow('stretch');
    expect(h.ofType('break-started')[1]).toEqual(
      expect.objectContaining({ kind: 'stretch', durationMs: 5 * MINUTE }),
    );
  });

  it('is refused while the screen is locked', () => {
    const h = createHarness(configWith());
    h.scheduler.onLock();
    expectSchedulerError(() => h.scheduler.startNow('breathing'), 'unavailable');
  });

  it('refuses completeBreak without a break and unknown arguments', () => {
    const h = createHarness(configWith());
    expectSchedulerError(() => h.scheduler.completeBreak('taken'), 'no-break');
    expectSchedulerError(() => h.scheduler.startNow('yoga' as 'stretch'), 'invalid-argument');
    expectSchedulerError(() => h.scheduler.pause(-5), 'invalid-argument');
    expectSchedulerError(() => h.scheduler.pause(Number.NaN), 'invalid-argument');
  });
});

describe('pause and resume', () => {
  it('pauses for N minutes: no breaks, the tray sees when it ends, then restarts calmly', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    h.scheduler.pause(60);
    expect(h.snap()).toEqual(
      expect.objectContaining({
        state: 'paused',
        paused: true,
        next: null,
        pausedUntilWallMs: AMSTERDAM_FRIDAY_0900 + 80 * MINUTE,
      }),
    );
    h.work(60 * MINUTE - 1);
    expect(h.ofType('break-started')).toHaveLength(0);
    expect(h.ofType('notice')).toHaveLength(0);
    h.work(1);
    expect(h.snap().state).toBe('running');
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE);
  });

  it('pauses indefinitely until resume', () => {
    const h = createHarness(configWith());
    h.scheduler.pause('indefinitely');
    expect(h.snap()).toEqual(
      expect.objectContaining({ state: 'paused', pausedUntilWallMs: null, paused: true }),
    );
    expect(h.clock.armedCount()).toBe(0);
    h.work(10 * 60 * MINUTE);
    expect(h.ofType('break-started')).toHaveLength(0);
    h.scheduler.resume();
    expect(h.snap().state).toBe('running');
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE);
  });

  it('treats resume without a pause as nothing to do', () => {
    const h = createHarness(configWith());
    h.work(5 * MINUTE);
    h.scheduler.resume();
    expect(h.snap().next?.dueInMs).toBe(20 * MINUTE);
  });

  it('withdraws a notice and ends a running break as skipped when pausing', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 40 * SECOND);
    h.scheduler.pause(30);
    expect(h.snap().notice).toBeNull();
    h.work(30 * MINUTE + 25 * MINUTE);
    h.scheduler.pause(30);
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ outcome: 'skipped' })]);
    expect(h.snap().state).toBe('paused');
  });

  it('pauses until 08:00 tomorrow without working hours, across the DST change', () => {
    // Saturday 2026-03-28 15:00 CET; Sunday 08:00 is CEST (+02:00) = 06:00 UTC.
    const h = createHarness(configWith(), { wallMs: Date.UTC(2026, 2, 28, 14, 0) });
    h.scheduler.pause('tomorrow');
    expect(h.snap().pausedUntilWallMs).toBe(Date.UTC(2026, 2, 29, 6, 0));
    // 17 local hours minus the hour the clocks skip.
    h.work(16 * 60 * MINUTE - 1);
    expect(h.snap().state).toBe('paused');
    h.work(1);
    expect(h.snap().state).toBe('running');
  });

  it('pauses until the next working day starts when working hours are on', () => {
    const hours = { days: [1, 2, 3, 4, 5] as const, startMinutes: 9 * 60, endMinutes: 17 * 60 + 30 };
    const h = createHarness(configWith({ workingHours: { ...hours, days: [...hours.days] } }), {
      wallMs: AMSTERDAM_FRIDAY_0900 + 60 * MINUTE,
    });
    h.scheduler.pause('tomorrow');
    // Monday 2026-03-30 09:00 CEST = 07:00 UTC.
    expect(h.snap().pausedUntilWallMs).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });
});

describe('snapshot and events', () => {
  it('reports the current break and the notice countdown', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 40 * SECOND);
    expect(h.snap().notice).toEqual({
      kind: 'breathing',
      secondsLeft: 20,
      endsAtWallMs: AMSTERDAM_FRIDAY_0900 + 25 * MINUTE,
      waitingForInputPause: false,
      canPostpone: true,
      canSkip: true,
    });
    h.work(20 * SECOND);
    expect(h.snap().current).toEqual({
      kind: 'breathing',
      patternId: 'belly',
      startedAtWallMs: AMSTERDAM_FRIDAY_0900 + 25 * MINUTE,
      durationMs: MINUTE,
      source: 'scheduled',
    });
    expect(h.snap().next).toBeNull();
  });

  it('emits state-changed on transitions only, not while time passes', () => {
    const h = createHarness(configWith());
    const initial = h.ofType('state-changed');
    expect(initial).toHaveLength(1);
    expect(initial[0]?.snapshot.state).toBe('running');
    h.work(20 * MINUTE);
    expect(h.ofType('state-changed')).toHaveLength(1);
    h.work(5 * MINUTE);
    expect(h.ofType('state-changed').map((e) => e.snapshot.state)).toEqual(['running', 'notice', 'in-break']);
  });
});

describe('updateConfig', () => {
  it('applies a new interval at once and keeps the progress made', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    h.scheduler.updateConfig(configWith({ breathing: { intervalMs: 30 * MINUTE } }));
    expect(h.snap().next?.dueInMs).toBe(20 * MINUTE);
    h.work(20 * MINUTE - 30 * SECOND - 1);
    expect(h.ofType('notice')).toHaveLength(0);
    h.work(1);
    expect(h.ofType('notice')).toHaveLength(1);
  });

  it('leaves room for the notice when a shorter interval is already over', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    h.scheduler.updateConfig(configWith({ breathing: { intervalMs: 15 * MINUTE } }));
    expect(h.snap().next?.dueInMs).toBe(30 * SECOND);
    expect(h.snap().state).toBe('notice');
  });

  it('refuses an invalid config and keeps the old one', () => {
    const h = createHarness(configWith());
    h.work(5 * MINUTE);
    expectSchedulerError(
      () => h.scheduler.updateConfig(configWith({ breathing: { intervalMs: 0 } })),
      'invalid-config',
    );
    expect(h.snap().next?.dueInMs).toBe(20 * MINUTE);
  });
});

describe('timers and lifecycle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps exactly one timer armed, uses no timers of its own, and stop leaves none', () => {
    vi.useFakeTimers();
    const h = createHarness(configWith());
    for (let i = 0; i < 200; i += 1) {
      h.work(7 * MINUTE);
      expect(h.clock.armedCount()).toBe(1);
      if (h.snap().state === 'in-break') h.scheduler.completeBreak('taken');
    }
    expect(vi.getTimerCount()).toBe(0);
    h.scheduler.stop();
    expect(h.clock.armedCount()).toBe(0);
    const count = h.events.length;
    h.work(5 * 60 * MINUTE);
    expect(h.events).toHaveLength(count);
  });

  it('wakes only for the idle look every 10 minutes while nothing is due', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE);
    // Idle looks at 10 and 20 minutes are the only reason to wake before the notice at 24:30.
    expect(h.clock.fires()).toBe(2);
  });

  it('refuses commands before start', () => {
    const h = createHarness(configWith(), { start: false });
    expectSchedulerError(() => h.scheduler.pause(5), 'not-started');
    expect(h.clock.armedCount()).toBe(0);
  });

  it('ends a running break as taken on shutdown and disarms', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE + 20 * SECOND);
    h.scheduler.onShutdown();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ outcome: 'taken', durationMs: 20 * SECOND }),
    ]);
    expect(h.clock.armedCount()).toBe(0);
  });
});

describe('begin break (the break window starts its pacer with the chosen length)', () => {
  const FIVE_MINUTES_WITH_PREROLL = 5 * MINUTE + 3 * SECOND;

  it('keeps a manual break with 5 minutes chosen past the default end plus the overrun', () => {
    const h = createHarness(configWith());
    h.work(3 * MINUTE);
    h.scheduler.startNow('breathing');
    // The user spends 20 s in the picker, then starts 5 minutes of box breathing.
    h.work(20 * SECOND);
    h.scheduler.beginBreak({ durationMs: FIVE_MINUTES_WITH_PREROLL, patternId: 'box' });
    // Without the re-base the break would end at 1 min + 2 min overrun after it started.
    h.work(3 * MINUTE);
    expect(h.ofType('break-ended')).toEqual([]);
    expect(h.snap().state).toBe('in-break');
    h.work(2 * MINUTE);
    h.scheduler.completeBreak('taken', 5 * MINUTE);
    // The break's time counts from when the pacer began (3 + 2 minutes), not from the picker.
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ outcome: 'taken', patternId: 'box', durationMs: 5 * MINUTE }),
    ]);
  });

  it('still ends the break by itself at the chosen end plus the overrun if the window never completes', () => {
    const h = createHarness(configWith());
    h.scheduler.startNow('breathing');
    h.work(20 * SECOND);
    h.scheduler.beginBreak({ durationMs: FIVE_MINUTES_WITH_PREROLL, patternId: 'box' });
    const overrunMs = configWith().breakOverrunMs;
    expect(h.clock.deadline()).toBe(h.clock.monotonic.nowMs() + FIVE_MINUTES_WITH_PREROLL + overrunMs);
    h.work(FIVE_MINUTES_WITH_PREROLL + overrunMs - 1);
    expect(h.ofType('break-ended')).toEqual([]);
    h.work(1);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({
        outcome: 'taken',
        source: 'manual',
        durationMs: FIVE_MINUTES_WITH_PREROLL + overrunMs,
      }),
    ]);
    expect(h.snap().state).toBe('running');
  });

  it('shows the new pattern, length and start in the snapshot and a state-changed event', () => {
    const h = createHarness(configWith());
    h.scheduler.startNow('breathing');
    h.work(30 * SECOND);
    const changesBefore = h.ofType('state-changed').length;
    h.scheduler.beginBreak({ durationMs: 2 * MINUTE, patternId: 'resonance' });
    const expected = {
      kind: 'breathing',
      patternId: 'resonance',
      durationMs: 2 * MINUTE,
      startedAtWallMs: AMSTERDAM_FRIDAY_0900 + 30 * SECOND,
      source: 'manual',
    };
    expect(h.snap().current).toEqual(expected);
    const changes = h.ofType('state-changed');
    expect(changes).toHaveLength(changesBefore + 1);
    expect(changes.at(-1)?.snapshot.current).toEqual(expected);
  });

  it('keeps the pattern when none is given, and gives a stretch break none', () => {
    const h = createHarness(configWith());
    h.scheduler.startNow('breathing', 'box');
    h.scheduler.beginBreak({ durationMs: 2 * MINUTE });
    expect(h.snap().current).toEqual(expect.objectContaining({ patternId: 'box', durationMs: 2 * MINUTE }));
    h.scheduler.completeBreak('taken');
    h.scheduler.startNow('stretch');
    h.scheduler.beginBreak({ durationMs: 6 * MINUTE, patternId: 'box' });
    expect(h.snap().current).toEqual({
      kind: 'stretch',
      durationMs: 6 * MINUTE,
      startedAtWallMs: AMSTERDAM_FRIDAY_0900,
      source: 'manual',
    });
  });

  it('re-bases a scheduled break on its own length, removing the gap before the window loaded', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE);
    expect(h.snap().current?.source).toBe('scheduled');
    h.work(10 * SECOND);
    h.scheduler.beginBreak({ durationMs: MINUTE + 3 * SECOND, patternId: 'belly' });
    h.work(MINUTE + 3 * SECOND + 2 * MINUTE - 1);
    expect(h.snap().state).toBe('in-break');
    h.work(1);
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ outcome: 'taken' })]);
  });

  it('refuses to shorten a scheduled break in strict mode, but allows the same length or longer', () => {
    const h = createHarness(configWith({ strict: true }));
    h.work(25 * MINUTE);
    const before = h.snap();
    const eventsBefore = h.events.length;
    expectSchedulerError(() => h.scheduler.beginBreak({ durationMs: 30 * SECOND }), 'strict-mode');
    expect(h.snap()).toEqual(before);
    expect(h.events).toHaveLength(eventsBefore);
    h.scheduler.beginBreak({ durationMs: MINUTE });
    h.scheduler.beginBreak({ durationMs: 2 * MINUTE });
    expect(h.snap().current?.durationMs).toBe(2 * MINUTE);
  });

  it('lets a manual break in strict mode get shorter (the user chose it)', () => {
    const h = createHarness(configWith({ strict: true }));
    h.scheduler.startNow('breathing');
    h.scheduler.beginBreak({ durationMs: 30 * SECOND });
    expect(h.snap().current?.durationMs).toBe(30 * SECOND);
  });

  it('refuses lengths that are not whole ms from 10 s to an hour, and changes nothing', () => {
    const h = createHarness(configWith());
    h.scheduler.startNow('breathing', 'box');
    h.work(5 * SECOND);
    const before = h.snap();
    const deadlineBefore = h.clock.deadline();
    const eventsBefore = h.events.length;
    for (const durationMs of [9_999, 3_600_001, 60_000.5, Number.NaN, Number.POSITIVE_INFINITY, -60_000, 0])
      expectSchedulerError(
        () => h.scheduler.beginBreak({ durationMs, patternId: 'resonance' }),
        'invalid-argument',
      );
    expectSchedulerError(
      () => h.scheduler.beginBreak({ durationMs: '60000' as unknown as number }),
      'invalid-argument',
    );
    expect(h.snap()).toEqual(before);
    expect(h.clock.deadline()).toBe(deadlineBefore);
    expect(h.events).toHaveLength(eventsBefore);
    h.scheduler.beginBreak({ durationMs: 10_000 });
    h.scheduler.beginBreak({ durationMs: 3_600_000 });
    expect(h.snap().current?.durationMs).toBe(3_600_000);
  });

  it('refuses when no break is running', () => {
    const h = createHarness(configWith());
    expectSchedulerError(() => h.scheduler.beginBreak({ durationMs: MINUTE }), 'no-break');
    h.work(24 * MINUTE + 40 * SECOND);
    expect(h.snap().state).toBe('notice');
    expectSchedulerError(() => h.scheduler.beginBreak({ durationMs: MINUTE }), 'no-break');
    expect(h.snap().state).toBe('notice');
  });
});

describe('break now with its own length', () => {
  it('starts the break with that length and ends it at that length plus the overrun', () => {
    const h = createHarness(configWith());
    h.scheduler.startNow('breathing', 'box', 5 * MINUTE);
    h.scheduler.beginBreak({ durationMs: 5 * MINUTE, patternId: 'box' });
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({ durationMs: 5 * MINUTE, patternId: 'box', source: 'manual' }),
    ]);
    expect(h.snap().current?.durationMs).toBe(5 * MINUTE);
    h.work(7 * MINUTE - 1);
    expect(h.snap().state).toBe('in-break');
    h.work(1);
    expect(h.ofType('break-ended')).toEqual([expect.objectContaining({ outcome: 'taken' })]);
  });

  it('refuses a length out of bounds and starts nothing', () => {
    const h = createHarness(configWith());
    for (const durationMs of [9_999, 3_600_001, 1.5, Number.NaN])
      expectSchedulerError(
        () => h.scheduler.startNow('breathing', undefined, durationMs),
        'invalid-argument',
      );
    expect(h.ofType('break-started')).toEqual([]);
    expect(h.snap().current).toBeNull();
  });
});
