import type { MonotonicClock, Timer, WallClock } from './ports.ts';

/**
 * Notices a wall-clock jump (NTP, DST-less manual change, time zone, a sleep the monotonic clock
 * did not count) by comparing how far the wall clock and the monotonic clock moved since the last
 * look. Electron has no "time changed" event, so the shell looks at every scheduler timer and at
 * power events; one subtraction each time.
 */
export interface WallDriftWatch {
  /** Compares the clocks now; calls `onJump` if they drifted apart by `toleranceMs` or more. */
  check(): void;
  /** The scheduler's timer with `check` run before each callback. */
  wrapTimer(timer: Timer): Timer;
}

// Timers and clock reads jitter by milliseconds; a real jump is seconds or more.
export const WALL_DRIFT_TOLERANCE_MS = 2000;

export function createWallDriftWatch(options: {
  readonly monotonic: MonotonicClock;
  readonly wall: WallClock;
  readonly onJump: () => void;
  readonly toleranceMs?: number;
}): WallDriftWatch {
  const tolerance = options.toleranceMs ?? WALL_DRIFT_TOLERANCE_MS;
  const offset = () => options.wall.nowMs() - options.monotonic.nowMs();
  let last = offset();
  let zone = options.wall.timeZone();
  const check = () => {
    const now = offset();
    const nowZone = options.wall.timeZone();
    const jumped = Math.abs(now - last) >= tolerance || nowZone !== zone;
    last = now;
    zone = nowZone;
    if (jumped) options.onJump();
  };
  return {
    check,
    wrapTimer: (timer) => ({
      arm: (delayMs, onFire) =>
        timer.arm(delayMs, () => {
          check();
          onFire();
        }),
      cancel: () => timer.cancel(),
    }),
  };
}
