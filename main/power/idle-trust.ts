import type { Logger } from '../logger.ts';

/**
 * Decides whether the OS idle time can be believed. Some Wayland sessions answer 0 forever, which
 * would make a locked or abandoned machine look busy: natural breaks would never be seen and
 * long idle would never pause the schedule. When that is detected, the source reports "active"
 * from then on, which is plain schedule-only behaviour, and says so in the log once.
 */

export interface IdleTrustOptions {
  readonly readIdleSeconds: () => number;
  readonly monotonicNowMs: () => number;
  readonly log: Logger;
  /** `XDG_SESSION_TYPE` or a derived value; only Wayland gets the statistical check. */
  readonly sessionType: string | undefined;
}

/** A lock this long with idle still 0 proves the source is broken (no one types on a lock screen). */
export const LOCKED_PROBE_AFTER_MS = 90_000;
/** On Wayland: this many zero samples in a row, spread over at least the window below. */
export const WAYLAND_ZERO_SAMPLES = 12;
export const WAYLAND_ZERO_WINDOW_MS = 45 * 60_000;

export interface TrustedIdleSource {
  idleSeconds(): number;
  /** Call while the screen has been locked for at least LOCKED_PROBE_AFTER_MS. */
  probeWhileLocked(): void;
  trusted(): boolean;
}

export function createTrustedIdleSource(options: IdleTrustOptions): TrustedIdleSource {
  let trusted = true;
  let zeroRunStartMs: number | null = null;
  let zeroRunCount = 0;
  const isWayland = options.sessionType?.toLowerCase() === 'wayland';

  function distrust(reason: string): void {
    if (!trusted) return;
    trusted = false;
    options.log.warn(
      `idle: the system idle time looks stuck at 0 (${reason}); breaks follow the schedule only`,
    );
  }

  function sample(): number {
    let seconds: number;
    try {
      seconds = options.readIdleSeconds();
    } catch (error) {
      options.log.error('idle: reading the idle time failed', error);
      distrust('it could not be read');
      return 0;
    }
    if (!Number.isFinite(seconds) || seconds < 0) {
      distrust('it returned an invalid value');
      return 0;
    }
    return seconds;
  }

  return {
    idleSeconds() {
      if (!trusted) return 0;
      const seconds = sample();
      if (!trusted) return 0;
      if (isWayland) {
        if (seconds === 0) {
          const now = options.monotonicNowMs();
          zeroRunStartMs ??= now;
          zeroRunCount += 1;
          if (zeroRunCount >= WAYLAND_ZERO_SAMPLES && now - zeroRunStartMs >= WAYLAND_ZERO_WINDOW_MS) {
            distrust('Wayland session, every sample was 0');
            return 0;
          }
        } else {
          zeroRunStartMs = null;
          zeroRunCount = 0;
        }
      }
      return seconds;
    },
    probeWhileLocked() {
      if (!trusted) return;
      if (sample() === 0) distrust('still 0 while the screen was locked');
    },
    trusted: () => trusted,
  };
}
