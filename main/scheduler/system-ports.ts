import type { IdleSource, MonotonicClock, Timer, WallClock } from './ports.ts';

/**
 * Real ports built on Node/browser globals only (no Electron). The shell adds the idle source
 * (powerMonitor.getSystemIdleTime) itself.
 */

// setTimeout fires at once for delays above 2^31 - 1 ms (about 24.8 days).
const MAX_TIMEOUT_MS = 2_147_483_647;

export const systemMonotonicClock: MonotonicClock = { nowMs: () => performance.now() };

export const systemWallClock: WallClock = {
  nowMs: () => Date.now(),
  // Read each time: the user may change the zone while the app runs.
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export function createSystemTimer(): Timer {
  let handle: ReturnType<typeof setTimeout> | null = null;
  return {
    arm(delayMs, onFire) {
      if (handle !== null) clearTimeout(handle);
      handle = setTimeout(
        () => {
          handle = null;
          onFire();
        },
        Math.min(Math.max(0, delayMs), MAX_TIMEOUT_MS),
      );
      // The timer alone must not keep a process (CLI, tests) alive.
      if (typeof handle === 'object' && handle !== null && 'unref' in handle) handle.unref();
    },
    cancel() {
      if (handle !== null) clearTimeout(handle);
      handle = null;
    },
  };
}

/**
 * The scheduler's idle source over the shell's trust check (main/power/idle-trust.ts): a read
 * the check has stopped believing is unknown (null), not 0, which would look like typing.
 */
export function idleSourceOverTrust(source: { idleSeconds(): number; trusted(): boolean }): IdleSource {
  return {
    idleSeconds() {
      const seconds = source.idleSeconds();
      return source.trusted() ? seconds : null;
    },
  };
}
