import type { SchedulerEvent } from '../../shared/scheduler-types.ts';

/**
 * Everything the scheduler needs from the outside world. The Electron shell passes real
 * implementations (see system-ports.ts); tests pass a simulated clock.
 */

/** Milliseconds that only ever grow (performance.now). Measures every interval. */
export interface MonotonicClock {
  nowMs(): number;
}

/** Epoch milliseconds plus the local IANA time zone. Only decides working hours and "until tomorrow". */
export interface WallClock {
  nowMs(): number;
  timeZone(): string;
}

/** Exactly one pending callback: arming replaces the previous one, cancel clears it. */
export interface Timer {
  arm(delayMs: number, onFire: () => void): void;
  cancel(): void;
}

/**
 * Whole seconds since the last keyboard or mouse input (powerMonitor.getSystemIdleTime), or null
 * when the source cannot be believed (a Wayland session answering 0 forever): unknown, which the
 * scheduler reads as "no natural breaks, no typing wait, the schedule as planned".
 */
export interface IdleSource {
  idleSeconds(): number | null;
}

export type SchedulerEventSink = (event: SchedulerEvent) => void;

export interface SchedulerPorts {
  readonly monotonic: MonotonicClock;
  readonly wall: WallClock;
  readonly timer: Timer;
  readonly idle: IdleSource;
}
