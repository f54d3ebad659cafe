import type { IdleSource, Timer } from '../scheduler/ports.ts';

/**
 * Linux has no 'lock-screen'/'unlock-screen' events (electron.d.ts: macOS and Windows only), so
 * a lock is read from `powerMonitor.getSystemIdleState(threshold) === 'locked'`, and the
 * scheduler hears the same onLock/onUnlock as elsewhere.
 *
 * Cheap by construction: no timer of its own while the user is at the machine. It looks at the
 * idle reads the scheduler already makes (its sampler only reads when idle could change a
 * decision, at most a few times a quiet hour) and asks whether the screen is locked only when
 * such a read is already long enough to matter. Only once a lock is seen does it poll, slowly,
 * for the unlock, because the scheduler's own sampler sleeps while the screen is locked.
 */

export type SystemIdleState = 'active' | 'idle' | 'locked' | 'unknown';

/** Idle shorter than this cannot be a lock that changes anything (the shortest break is longer). */
export const LOCK_CHECK_MIN_IDLE_SECONDS = 30;
/** How often a seen lock is checked for its end; the user is away, so this costs nothing they feel. */
export const UNLOCK_POLL_MS = 15_000;

export interface LinuxLockWatchDeps {
  /** The idle source the scheduler would otherwise read directly. */
  readonly idle: IdleSource;
  readonly idleState: (thresholdSeconds: number) => SystemIdleState;
  /** Its own one-shot timer: the deferred notice of a lock, then the unlock polls. */
  readonly timer: Timer;
  readonly sink: { onLock(): void; onUnlock(): void };
}

export interface LinuxLockWatch {
  /** Give this to the scheduler instead of `deps.idle`. */
  readonly idle: IdleSource;
  locked(): boolean;
  dispose(): void;
}

export function createLinuxLockWatch(deps: LinuxLockWatchDeps): LinuxLockWatch {
  let locked = false;
  let disposed = false;

  function pollForUnlock(): void {
    deps.timer.arm(UNLOCK_POLL_MS, () => {
      if (disposed || !locked) return;
      // 'unknown' is treated as unlocked: never leave the scheduler believing in a lock forever.
      if (deps.idleState(1) === 'locked') {
        pollForUnlock();
        return;
      }
      locked = false;
      deps.sink.onUnlock();
    });
  }

  return {
    idle: {
      idleSeconds() {
        const seconds = deps.idle.idleSeconds();
        if (!disposed && !locked && seconds !== null && seconds >= LOCK_CHECK_MIN_IDLE_SECONDS) {
          if (deps.idleState(Math.floor(seconds)) === 'locked') {
            locked = true;
            // Told after the scheduler's own read has finished, never from inside it.
            deps.timer.arm(0, () => {
              if (disposed) return;
              deps.sink.onLock();
              pollForUnlock();
            });
          }
        }
        return seconds;
      },
    },
    locked: () => locked,
    dispose() {
      disposed = true;
      deps.timer.cancel();
    },
  };
}
