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

  it('ends a break that was running when the machine went to sleep (workrave#404, breaktimer#206)', () => {
    const h = createHarness(configWith());
    h.work(25 * MINUTE + 15 * SECOND);
    h.scheduler.onSuspend();
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ outcome: 'taken', durationMs: 15 * SECOND }),
    ]);
    h.clock.advance(10 * 60 * MINUTE);
    h.scheduler.onResume();
    expect(h.ofType('break-ended')).toHaveLength(1);
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

  it('notices a sleep nobody reported when the timer fires late (stretchly#121)', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    h.clock.passUnseen(3 * 60 * MINUTE);
    h.clock.advance(0);
    expect(h.ofType('break-started')).toHaveLength(0);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'stretch', outcome: 'natural' }),
    ]);
    expect(h.snap().next?.dueInMs).toBeGreaterThanOrEqual(5 * MINUTE);
  });
});

describe('idle', () => {
  it('counts idle at least as long as a break as a natural break', () => {
    const h = createHarness(configWith({ longIdleMs: 0 }));
    h.work(10 * MINUTE);
    h.idle.hold(null);
    h.idle.input();
    h.clock.advance(2 * MINUTE);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'natural' }),
    ]);
    const natural = h.ofType('break-ended')[0];
    // The breathing interval restarted when the natural break was counted.
    expect(h.snap().next?.dueAtWallMs).toBe((natural?.endedAtWallMs ?? 0) + 25 * MINUTE);
  });

  it('does not count idle shorter than the break', () => {
    const h = createHarness(configWith());
    h.idle.hold(40);
    h.clock.advance(24 * MINUTE);
    expect(h.ofType('break-ended')).toHaveLength(0);
    h.clock.advance(MINUTE);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('counts a user away when the break comes due as a natural break instead of opening it', () => {
    const h = createHarness(configWith({ longIdleMs: 0 }));
    h.work(24 * MINUTE + 50 * SECOND);
    h.idle.inputAgo(70);
    h.clock.advance(10 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(0);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({ kind: 'breathing', outcome: 'natural' }),
    ]);
  });

  it('stops the clock after long idle until input returns', () => {
    // Natural breaks off, so only the stopped clock is at work.
    const h = createHarness(configWith({ naturalBreaks: false }));
    h.work(10 * MINUTE);
    h.idle.hold(null);
    h.idle.input();
    h.clock.advance(6 * MINUTE);
    expect(h.snap().state).toBe('idle');
    expect(h.snap().next).toBeNull();
    h.clock.advance(3 * 60 * MINUTE);
    expect(h.ofType('notice')).toHaveLength(0);
    h.idle.input();
    h.clock.advance(MINUTE);
    expect(h.snap().state).toBe('running');
    // 10 minutes were worked before the idle stretch; the clock resumed at the last input.
    expect(h.snap().next?.dueInMs).toBe(15 * MINUTE - MINUTE);
  });

  it('samples idle at most once a minute while running and not at all while paused', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    const reads = h.idle.reads;
    for (let i = 1; i < reads.length; i += 1) {
      expect((reads[i] ?? 0) - (reads[i - 1] ?? 0)).toBeGreaterThanOrEqual(60 * SECOND);
    }
    h.scheduler.pause('indefinitely');
    const count = reads.length;
    h.work(5 * 60 * MINUTE);
    expect(reads).toHaveLength(count);
  });

  it('samples at the moment idle would reach a break length, not later', () => {
    const h = createHarness(configWith({ breathing: { enabled: false }, longIdleMs: 0 }));
    const t0 = h.clock.monotonic.nowMs();
    h.clock.advance(2 * MINUTE);
    h.idle.input();
    h.clock.advance(10 * MINUTE);
    // First look after one stretch length (idle 3 min), then exactly when idle reaches 5 min.
    expect(h.idle.reads).toEqual([t0 + 5 * MINUTE, t0 + 7 * MINUTE, t0 + 12 * MINUTE]);
    expect(h.ofType('break-ended')).toEqual([
      expect.objectContaining({
        kind: 'stretch',
        outcome: 'natural',
        endedAtWallMs: h.clock.wall.nowMs() - 5 * MINUTE,
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
