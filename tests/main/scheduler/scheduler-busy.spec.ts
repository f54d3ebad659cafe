import { describe, expect, it } from 'vitest';
import { BUSY_TUNING } from '../../../main/busy/busy-policy.ts';
import { SchedulerError } from '../../../main/scheduler/index.ts';
import type { BusyReading } from '../../../main/scheduler/scheduler.ts';
import type { BusyReason } from '../../../shared/domain/busy.ts';
import { configWith } from './config-helpers.ts';
import { createHarness, MINUTE, SECOND } from './fakes.ts';

/**
 * The busy hold inside the scheduler. `world` is what main's busy monitor would read; it answers
 * each `busy-check` at once (synchronously, the hardest case for re-entrancy), and `signal()` is a
 * platform signal (a D-Bus InhibitorRemoved, an X11 PropertyNotify).
 */
function busyHarness(options: { answers?: boolean } = {}) {
  const world: { reading: BusyReading } = { reading: { active: [], sampled: false } };
  const h = createHarness(configWith(), {
    answer: (event, scheduler) => {
      if (event.type === 'busy-check' && (options.answers ?? true)) scheduler.setBusy(world.reading);
    },
  });
  h.scheduler.setBusy(world.reading);
  const set = (active: BusyReason[], sampled = false) => {
    world.reading = { active, sampled };
  };
  const signal = (active: BusyReason[], sampled = false) => {
    set(active, sampled);
    h.scheduler.setBusy(world.reading);
  };
  const offers = () => h.events.filter((e) => e.type === 'notice' || e.type === 'break-started');
  return { h, set, signal, offers };
}

describe('busy hold: a break that comes due while busy', () => {
  it('nothing watched (no probes on this machine): never asks, the schedule as before', () => {
    const h = createHarness(configWith());
    h.work(2 * 60 * MINUTE);
    expect(h.ofType('busy-check')).toEqual([]);
    expect(h.snap().busy).toEqual([]);
  });

  it('not busy: one reading is asked as the break comes up, and the notice comes on time', () => {
    const { h } = busyHarness();
    h.work(24 * MINUTE + 30 * SECOND);
    expect(h.ofType('busy-check')).toHaveLength(1);
    expect(h.ofType('notice')).toEqual([expect.objectContaining({ leadMs: 30 * SECOND })]);
    h.work(30 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('busy (a presentation): no notice, no window; the tray says busy; the end of the reason brings the notice with its full lead', () => {
    const { h, signal, offers } = busyHarness();
    signal(['presentation']);
    h.work(24 * MINUTE + 30 * SECOND);
    expect(offers()).toEqual([]);
    expect(h.snap()).toMatchObject({ state: 'busy', busy: ['presentation'], notice: null, current: null });
    expect(h.ofType('busy-held')).toEqual([
      { type: 'busy-held', kind: 'breathing', reasons: ['presentation'] },
    ]);

    h.work(40 * MINUTE);
    expect(offers()).toEqual([]);
    signal([]);
    expect(h.ofType('notice')).toEqual([expect.objectContaining({ kind: 'breathing', leadMs: 30 * SECOND })]);
    expect(h.snap().state).toBe('notice');
    h.work(30 * SECOND);
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({ kind: 'breathing', source: 'scheduled' }),
    ]);
  });

  it('after the cap (60 min): one quiet notice, never a window, and the break keeps waiting', () => {
    const { h, signal, offers } = busyHarness();
    signal(['call']);
    h.work(24 * MINUTE + 30 * SECOND);
    h.work(BUSY_TUNING.holdCapMs - SECOND);
    expect(h.ofType('busy-quiet-notice')).toEqual([]);
    h.work(SECOND);
    expect(h.ofType('busy-quiet-notice')).toEqual([
      { type: 'busy-quiet-notice', kind: 'breathing', reasons: ['call'] },
    ]);
    h.work(3 * 60 * MINUTE);
    expect(h.ofType('busy-quiet-notice')).toHaveLength(1);
    expect(offers()).toEqual([]);
    expect(h.snap().state).toBe('busy');
  });

  it('a reason only sampling sees is read again every 30 minutes; its end is found at the next look', () => {
    const { h, set, signal, offers } = busyHarness();
    signal(['fullscreen'], true);
    h.work(24 * MINUTE + 30 * SECOND);
    const checksAtHold = h.ofType('busy-check').length;
    set([], false);
    h.work(BUSY_TUNING.sampleMs - SECOND);
    expect(offers()).toEqual([]);
    h.work(SECOND);
    expect(h.ofType('busy-check')).toHaveLength(checksAtHold + 1);
    expect(h.ofType('notice')).toHaveLength(1);
  });

  it('a reason that joins a hold is counted once; the hold keeps its start', () => {
    const { h, signal } = busyHarness();
    signal(['presentation']);
    h.work(25 * MINUTE);
    signal(['presentation', 'do-not-disturb']);
    signal(['presentation', 'do-not-disturb']);
    expect(h.ofType('busy-held').map((e) => e.reasons)).toEqual([['presentation'], ['do-not-disturb']]);
  });

  it('a notice already on screen is not pulled away by a reason that starts', () => {
    const { h, signal } = busyHarness();
    h.work(24 * MINUTE + 40 * SECOND);
    expect(h.snap().state).toBe('notice');
    signal(['call']);
    expect(h.snap().state).toBe('notice');
    h.work(20 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(1);
    expect(h.ofType('busy-held')).toEqual([]);
  });

  it('a break already on screen is not pulled away', () => {
    const { h, signal } = busyHarness();
    h.work(25 * MINUTE);
    expect(h.snap().state).toBe('in-break');
    signal(['presentation', 'fullscreen']);
    h.work(30 * SECOND);
    expect(h.snap().state).toBe('in-break');
    expect(h.ofType('break-ended')).toEqual([]);
  });

  it('a monitor that never answers: the offer waits 3 s for it, then the schedule runs as today', () => {
    const { h } = busyHarness({ answers: false });
    h.work(24 * MINUTE + 30 * SECOND);
    expect(h.ofType('notice')).toEqual([]);
    expect(h.snap().notice).toBeNull();
    h.work(3 * SECOND);
    expect(h.ofType('notice')).toHaveLength(1);
    expect(h.ofType('busy-check')).toHaveLength(1);
    h.work(27 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('skip, Breathe now and pause all act on the held break', () => {
    const skip = busyHarness();
    skip.signal(['presentation']);
    skip.h.work(26 * MINUTE);
    skip.h.scheduler.skip();
    expect(skip.h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'skipped' }),
    ]);
    expect(skip.h.snap().state).toBe('running');

    const now = busyHarness();
    now.signal(['presentation']);
    now.h.work(26 * MINUTE);
    now.h.scheduler.startNow('breathing');
    expect(now.h.ofType('break-started')).toEqual([expect.objectContaining({ source: 'manual' })]);

    const pause = busyHarness();
    pause.signal(['presentation']);
    pause.h.work(26 * MINUTE);
    pause.h.scheduler.pause(30);
    expect(pause.h.snap().state).toBe('paused');
    pause.h.scheduler.resume();
    expect(pause.h.snap()).toMatchObject({ state: 'running', next: { dueInMs: 25 * MINUTE } });
  });

  it('setBusy(null) (nothing to watch any more) releases a held break at once', () => {
    const { h, signal } = busyHarness();
    signal(['excluded-app']);
    h.work(26 * MINUTE);
    h.scheduler.setBusy(null);
    expect(h.ofType('notice')).toHaveLength(1);
    expect(h.snap().busy).toEqual([]);
  });

  it('regression (found by the reference model): a reason that ends in the same millisecond as a reading that still saw it releases the break', () => {
    const { h, signal, offers } = busyHarness();
    signal(['presentation']);
    h.work(26 * MINUTE);
    expect(h.snap().state).toBe('busy');
    // A late busy-check answer and the platform's end signal, no clock tick between them.
    signal(['presentation']);
    signal([]);
    expect(h.snap().state).toBe('notice');
    expect(offers()).toEqual([expect.objectContaining({ type: 'notice', kind: 'breathing' })]);
  });

  it('a garbage reading is refused and changes nothing', () => {
    const { h } = busyHarness();
    const before = h.snap();
    for (const bad of [
      { active: ['meeting'], sampled: false },
      { active: 'presentation', sampled: false },
      { active: [], sampled: 'no' },
    ]) {
      expect(() => h.scheduler.setBusy(bad as unknown as BusyReading)).toThrow(SchedulerError);
    }
    expect(h.snap()).toEqual(before);
  });
});

describe('busy hold: wake-ups', () => {
  function firesOverHourAfterDue(reading: BusyReading | null): number {
    const world = busyHarness();
    if (reading) world.signal([...reading.active], reading.sampled);
    world.h.work(25 * MINUTE);
    const before = world.h.clock.fires();
    world.h.work(60 * MINUTE - 1);
    return world.h.clock.fires() - before;
  }

  it('holding costs at most 2 extra timer wake-ups per quiet hour (sampled), none when signalled', () => {
    // Baseline: an hour with nothing due at all.
    const quiet = createHarness(
      configWith({ breathing: { intervalMs: 180 * MINUTE }, stretch: { intervalMs: 480 * MINUTE } }),
    );
    quiet.work(5 * MINUTE);
    const before = quiet.clock.fires();
    quiet.work(60 * MINUTE - 1);
    const baseline = quiet.clock.fires() - before;
    expect(firesOverHourAfterDue({ active: ['fullscreen'], sampled: true })).toBeLessThanOrEqual(
      baseline + 2,
    );
    expect(firesOverHourAfterDue({ active: ['presentation'], sampled: false })).toBeLessThanOrEqual(
      baseline + 1,
    );
  });
});
