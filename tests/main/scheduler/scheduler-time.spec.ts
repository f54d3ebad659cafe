import { describe, expect, it } from 'vitest';
import { configWith } from './config-helpers.ts';
import { AMSTERDAM_FRIDAY_0900, createHarness, MINUTE, SECOND } from './fakes.ts';

const HOUR = 60 * MINUTE;
const OFFICE = {
  days: [1, 2, 3, 4, 5] as (0 | 1 | 2 | 3 | 4 | 5 | 6)[],
  startMinutes: 9 * 60,
  endMinutes: 17 * 60 + 30,
};

describe('working hours', () => {
  it('offers no breaks outside working hours and starts fresh when work starts', () => {
    // Friday 17:00 CET.
    const h = createHarness(configWith({ workingHours: OFFICE }), {
      wallMs: AMSTERDAM_FRIDAY_0900 + 8 * HOUR,
    });
    h.work(25 * MINUTE);
    expect(h.ofType('break-started')).toHaveLength(1);
    h.scheduler.completeBreak('taken');
    h.work(5 * MINUTE);
    expect(h.snap().state).toBe('outside-hours');
    expect(h.snap().next).toBeNull();
    // The whole weekend, then Monday 09:00 CEST (07:00 UTC) after the DST change.
    const mondayNine = Date.UTC(2026, 2, 30, 7, 0);
    h.work(mondayNine - h.clock.wall.nowMs() - 1);
    expect(h.ofType('break-started')).toHaveLength(1);
    expect(h.ofType('notice')).toHaveLength(1);
    h.work(1);
    expect(h.snap().state).toBe('running');
    expect(h.snap().next?.dueAtWallMs).toBe(mondayNine + 25 * MINUTE);
  });

  it('wakes at most every 15 minutes overnight to look at the wall clock', () => {
    const h = createHarness(configWith({ workingHours: OFFICE }), {
      wallMs: AMSTERDAM_FRIDAY_0900 + 9 * HOUR,
    });
    const before = h.clock.fires();
    h.clock.advance(10 * HOUR);
    expect(h.clock.fires() - before).toBeLessThanOrEqual(10 * 4);
    expect(h.idle.reads).toHaveLength(0);
  });
});

describe('wall-clock jumps', () => {
  it('keeps the interval when the wall clock jumps an hour forward or back (DST, manual change)', () => {
    for (const jump of [HOUR, -HOUR, -10 * MINUTE]) {
      const h = createHarness(configWith());
      h.work(10 * MINUTE);
      h.clock.jumpWall(jump);
      h.scheduler.onWallClockChange();
      expect(h.snap().next?.dueInMs).toBe(15 * MINUTE);
      h.work(15 * MINUTE - 1);
      expect(h.ofType('break-started')).toHaveLength(0);
      h.work(1);
      expect(h.ofType('break-started')).toHaveLength(1);
    }
  });

  it('never bursts breaks after a jump of three days forward', () => {
    const h = createHarness(configWith());
    h.work(20 * MINUTE);
    h.clock.jumpWall(3 * 24 * HOUR);
    h.work(4 * MINUTE + 59 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(0);
    h.work(2 * SECOND);
    expect(h.ofType('break-started')).toHaveLength(1);
  });

  it('notices a jump into the weekend within the recheck time, without being told', () => {
    const h = createHarness(configWith({ workingHours: OFFICE }), {
      wallMs: AMSTERDAM_FRIDAY_0900 + 3 * HOUR,
    });
    h.work(5 * MINUTE);
    h.clock.jumpWall(24 * HOUR);
    h.work(15 * MINUTE);
    expect(h.snap().state).toBe('outside-hours');
    h.work(HOUR);
    expect(h.ofType('break-started')).toHaveLength(0);
  });

  it('ends a pause until tomorrow when the wall clock jumps past it, then restarts calmly', () => {
    const h = createHarness(configWith());
    h.scheduler.pause('tomorrow');
    h.clock.jumpWall(3 * 24 * HOUR);
    h.scheduler.onWallClockChange();
    expect(h.snap().state).toBe('running');
    expect(h.snap().next?.dueInMs).toBe(25 * MINUTE);
  });
});
