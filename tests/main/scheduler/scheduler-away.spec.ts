import { describe, expect, it } from 'vitest';
import { configWith } from './config-helpers.ts';
import { createHarness, MINUTE, SECOND } from './fakes.ts';

describe('screen lock', () => {
  it('changes nothing for a lock shorter than the minimum (stretchly#1724)', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    h.scheduler.onLock();
    expect(h.snap().state).toBe('locked');
    h.clock.advance(MINUTE + 50 * SECOND);
    h.scheduler.onUnlock();
    expect(h.ofType('break-ended')).toHaveLength(0);
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE - (11 * MINUTE + 50 * SECOND));
  });

  it('counts a lock at least as long as a breathing break as that break, taken naturally', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    h.scheduler.onLock();
    h.clock.advance(3 * MINUTE);
    h.scheduler.onUnlock();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'natural', durationMs: MINUTE }),
    ]);
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE);
  });

  it('counts one natural stretch break, not two events, for a lock longer than a stretch break', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    h.scheduler.onLock();
    h.clock.advance(45 * MINUTE);
    h.scheduler.onUnlock();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
    ]);
    expect(h.snap().next).toEqual(expect.objectContaining({ kind: 'breathing', dueInMs: 25 * MINUTE }));
  });

  it('never shows a notice or a break while locked, and shows a break due during a short lock with its notice', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 40 * SECOND);
    expect(h.snap().notice).not.toBeNull();
    h.scheduler.onLock();
    expect(h.snap().notice).toBeNull();
    h.clock.advance(MINUTE);
    expect(h.ofType('break-started')).toHaveLength(0);
    h.scheduler.onUnlock();
    expect(h.snap().next?.dueInMs).toBe(30 * SECOND);
    h.work(30 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('restarts calmly after a long lock shorter than the break it was due for', () => {
    const h = createHarness(configWith({ breathing: { enabled: false } }));
    h.work(89 * MINUTE);
    h.scheduler.onLock();
    h.clock.advance(3 * MINUTE);
    h.scheduler.onUnlock();
    // 3 minutes are not a 5-minute stretch break; the overdue stretch waits the calm period.
    expect(h.ofType('break-ended')).toHaveLength(0);
    expect(h.snap().next).toEqual(expect.objectContaining({ kind: 'stretch', dueInMs: 5 * MINUTE }));
  });
});

describe('suspend and resume', () => {
  it('counts a sleep as long as a break as one natural break and restarts from the wake-up', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    h.scheduler.onSuspend();
    expect(h.snap().state).toBe('suspended');
    expect(h.clock.armedCount()).toBe(0);
    h.clock.advance(2 * 60 * MINUTE);
    h.scheduler.onResume();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
    ]);
    expect(h.ofType('break-started')).toHaveLength(0);
    expect(h.snap().next).toEqual(expect.objectContaining({ kind: 'breathing', dueInMs: 25 * MINUTE }));
  });

  it('measures the sleep from the wall clock when the monotonic clock stood still', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    h.scheduler.onSuspend();
    h.clock.passUnseen(8 * 60 * MINUTE, { monotonicAdvances: false });
    h.scheduler.onResume();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
    ]);
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE);
  });

  it('after waking, an overdue break waits calmly and only one break comes (breaktimer#53, safeeyes#324)', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 50 * SECOND);
    h.scheduler.onSuspend();
    h.clock.advance(40 * SECOND);
    h.scheduler.onResume();
    expect(h.ofType('break-started')).toHaveLength(0);
    const noticesBefore = h.ofType('notice').length;
    h.work(4 * MINUTE + 29 * SECOND);
    expect(h.ofType('notice')).toHaveLength(noticesBefore);
    h.work(31 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('ends a break cut short by sleep as skipped, and counts the sleep after it as one natural break (workrave#404, breaktimer#206)', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE + 15 * SECOND);
    h.scheduler.onSuspend();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ outcome: 'skipped', durationMs: 15 * SECOND }),
    ]);
    h.clock.advance(10 * 60 * MINUTE);
    h.scheduler.onResume();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ outcome: 'skipped' }),
      expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
    ]);
    expect(h.snap().state).toBe('running');
    expect(h.snap().current).toBeNull();
  });

  it('treats lock then sleep then unlock as one time away', () => {
    const h = createHarness(configWith());
    h.work(10 * MINUTE);
    h.scheduler.onLock();
    h.scheduler.onSuspend();
    h.clock.advance(60 * MINUTE);
    h.scheduler.onResume();
    expect(h.snap().state).toBe('locked');
    h.clock.advance(MINUTE);
    h.scheduler.onUnlock();
    expect(h.ofType('break-ended')).toHaveLength(1);
    expect(h.snap().state).toBe('running');
  });

  it('settles a sleep nobody reported, which the idle time confirms, as one natural break once the user is back (stretchly#121)', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    h.idle.inputAgo(0);
    h.clock.passUnseen(3 * 60 * MINUTE);
    h.clock.advance(0);
    // The late timer read idle: nobody there for 3 hours, so the clock stands still.
    expect(h.snap().state).toBe('idle');
    h.idle.input();
    h.clock.advance(MINUTE);
    expect(h.ofType('break-started')).toHaveLength(0);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
    ]);
    expect(h.snap().state).toBe('running');
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE - MINUTE);
  });
});

describe('idle', () => {
  it('counts an absence seen at a look as one natural break of the longest kind, settled when the user is back', () => {
    const h = createHarness(configWith({ longIdleMs: 0 }));
    const t0 = h.clock.monotonic.nowMs();
    h.work(10 * MINUTE);
    h.idle.hold(null);
    h.idle.input();
    h.clock.advance(11 * MINUTE + 30 * SECOND);
    expect(h.ofType('break-ended')).toHaveLength(0);
    h.idle.input();
    h.clock.advance(30 * SECOND);
    // Away from 10:00 and still away at the look at 21:00: 11 minutes cover a stretch break.
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
    ]);
    const wallAt = (mono: number) => h.clock.wall.nowMs() - (h.clock.monotonic.nowMs() - mono);
    expect(h.ofType('break-ended')[0]?.endedAtWallMs).toBe(wallAt(t0 + 21 * MINUTE));
    expect(h.snap().next?.dueAtWallMs).toBe(wallAt(t0 + 21 * MINUTE) + 25 * MINUTE);
  });

  it('does not count idle shorter than the break', () => {
    const h = createHarness(configWith());
    h.idle.hold(40);
    h.clock.advance(24 * MINUTE);
    expect(h.ofType('break-ended')).toHaveLength(0);
    h.clock.advance(MINUTE);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('holds a break that comes due while the user is away and counts the absence as that break when they are back', () => {
    const h = createHarness(configWith({ longIdleMs: 0 }));
    h.work(24 * MINUTE + 50 * SECOND);
    h.idle.inputAgo(70);
    h.clock.advance(10 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(0);
    expect(h.snap()).toEqual(expect.objectContaining({ state: 'idle', notice: null, next: null }));
    h.clock.advance(2 * MINUTE);
    h.idle.input();
    h.clock.advance(MINUTE);
    expect(h.ofType('break-started')).toHaveLength(0);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'natural' }),
    ]);
    expect(h.snap().state).toBe('running');
  });

  it('stops the clock after long idle until input returns', () => {
    // Natural breaks off, so only the stopped clock is at work.
    const h = createHarness(configWith({ naturalBreaks: false }));
    h.work(10 * MINUTE);
    h.idle.hold(null);
    h.idle.input();
    // The next look comes 10 minutes after the last one, and finds 10 minutes without input.
    h.clock.advance(10 * MINUTE);
    expect(h.snap().state).toBe('idle');
    expect(h.snap().next).toBeNull();
    h.clock.advance(3 * 60 * MINUTE);
    expect(h.ofType('notice')).toHaveLength(0);
    h.idle.input();
    h.clock.advance(MINUTE);
    expect(h.snap().state).toBe('running');
    // 10 minutes were worked before the idle stretch; the clock resumed at the last look that saw
    // nobody, a minute ago.
    expect(h.snap().next?.dueInMs).toBe(15 * MINUTE - MINUTE);
  });

  it('wakes at most 6 times and reads idle at most every 10 minutes in a working hour with no break due, and never while paused', () => {
    const h = createHarness(
      configWith({ breathing: { intervalMs: 180 * MINUTE }, stretch: { intervalMs: 480 * MINUTE } }),
    );
    h.work(60 * MINUTE);
    expect(h.clock.fires()).toBeLessThanOrEqual(6);
    const reads = h.idle.reads;
    for (let i = 1; i < reads.length; i += 1) {
      expect((reads[i] ?? 0) - (reads[i - 1] ?? 0)).toBeGreaterThanOrEqual(10 * MINUTE);
    }
    h.scheduler.pause('indefinitely');
    const count = reads.length;
    h.work(5 * 60 * MINUTE);
    expect(reads).toHaveLength(count);
  });

  it('looks once a minute while the user is away, to see them back', () => {
    const h = createHarness(configWith({ breathing: { enabled: false }, longIdleMs: 0 }));
    const t0 = h.clock.monotonic.nowMs();
    h.clock.advance(2 * MINUTE);
    h.idle.input();
    h.clock.advance(10 * MINUTE);
    // First look 10 minutes after the start (idle 8 min: away), then every minute.
    expect(h.idle.reads).toEqual([t0 + 10 * MINUTE, t0 + 11 * MINUTE, t0 + 12 * MINUTE]);
    h.idle.input();
    h.clock.advance(MINUTE);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({
        kind: 'stretch',
        outcome: 'natural',
        endedAtWallMs: h.clock.wall.nowMs() - MINUTE,
      }),
    ]);
  });
});

describe('typing', () => {
  it('waits for a pause in typing before opening a due break (breaktimer#340)', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 30 * SECOND);
    h.idle.typeFor(30 * SECOND + 12 * SECOND);
    h.clock.advance(30 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(0);
    expect(h.snap().notice).toEqual(expect.objectContaining({ waitingForInputPause: true }));
    h.clock.advance(12 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(0);
    h.clock.advance(3 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('opens the break after the typing grace even if typing never pauses', () => {
    const h = createHarness(configWith());
    h.work(24 * MINUTE + 30 * SECOND);
    h.idle.typeFor(10 * MINUTE);
    h.clock.advance(30 * SECOND + 30 * SECOND - 1);
    expect(h.ofType('break-started')).toHaveLength(0);
    h.clock.advance(1);
    expect(h.ofType('break-started')).toHaveLength(1);
  });
});
