import { describe, expect, it } from 'vitest';
import {
  breathedSecondsAt,
  elapsedAt,
  isPaused,
  pauseClock,
  resumeClock,
  shiftedStartMs,
  startClock,
} from '../../../renderer/break/pacer-clock.ts';
import { PREROLL_MS } from '../../../shared/break-plan.ts';

describe('pacer clock', () => {
  it('starts the first inhale after a 3 s pre-roll', () => {
    const clock = startClock(1000);
    expect(PREROLL_MS).toBe(3000);
    expect(elapsedAt(clock, 1000)).toBe(-3000);
    expect(elapsedAt(clock, 4000)).toBe(0);
    expect(elapsedAt(clock, 6500)).toBe(2500);
  });

  it('freezes while paused and shifts the start by the pause on resume', () => {
    let clock = startClock(0, 0);
    clock = pauseClock(clock, 5000);
    expect(isPaused(clock)).toBe(true);
    expect(elapsedAt(clock, 9000)).toBe(5000);
    clock = resumeClock(clock, 7000);
    expect(isPaused(clock)).toBe(false);
    expect(elapsedAt(clock, 8000)).toBe(6000);
    expect(shiftedStartMs(clock)).toBe(2000);
    // Pausing twice or resuming a running clock changes nothing.
    expect(pauseClock(pauseClock(clock, 9000), 9500)).toEqual(pauseClock(clock, 9000));
    expect(resumeClock(clock, 9999)).toBe(clock);
  });

  it('counts breathed seconds without the pre-roll or pauses, capped at the session', () => {
    let clock = startClock(0);
    expect(breathedSecondsAt(clock, 2000, 60_000)).toBe(0);
    clock = pauseClock(clock, 13_000);
    clock = resumeClock(clock, 33_000);
    expect(breathedSecondsAt(clock, 43_500, 60_000)).toBe(20);
    expect(breathedSecondsAt(clock, 500_000, 60_000)).toBe(60);
  });
});
