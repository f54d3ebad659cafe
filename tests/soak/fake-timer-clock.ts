import { vi } from 'vitest';
import { createSystemTimer } from '../../main/scheduler/index.ts';
import type { SimulatedClock } from '../main/scheduler/fakes.ts';

/**
 * The scheduler's real `createSystemTimer` over vitest's fake setTimeout, shaped like the
 * scheduler tests' SimulatedClock. Unlike that fake (whose `arm` replaces by construction),
 * `armedCount` here counts every setTimeout still pending, so a timer the adapter or the
 * scheduler forgot to clear shows up. Call `vi.useRealTimers()` when done.
 */
export function createFakeTimerClock(options: { wallMs: number; timeZone: string }): SimulatedClock {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: options.wallMs });
  const fakeStartMs = Date.now();
  // Monotonic time is fake time plus whatever passed unseen (a sleep the timers did not see).
  let unseenMonoMs = 0;
  let wallOffsetMs = 0;
  let fires = 0;
  const systemTimer = createSystemTimer();
  const monotonic = { nowMs: () => 1_000_000 + (Date.now() - fakeStartMs) + unseenMonoMs };
  return {
    monotonic,
    wall: { nowMs: () => Date.now() + wallOffsetMs, timeZone: () => options.timeZone },
    timer: {
      arm(delayMs, onFire) {
        systemTimer.arm(delayMs, () => {
          fires += 1;
          onFire();
        });
      },
      cancel: () => systemTimer.cancel(),
    },
    advance(ms) {
      vi.advanceTimersByTime(ms);
    },
    jumpWall(deltaMs) {
      wallOffsetMs += deltaMs;
    },
    passUnseen(ms, opts) {
      wallOffsetMs += ms;
      // A pending timer keeps its fake-time deadline and so fires late after the sleep, as on a real machine.
      if (opts?.monotonicAdvances ?? true) unseenMonoMs += ms;
    },
    armedCount: () => vi.getTimerCount(),
    deadline: () => null,
    fires: () => fires,
  };
}
