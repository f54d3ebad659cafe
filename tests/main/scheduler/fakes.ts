import type {
  IdleSource,
  MonotonicClock,
  SchedulerEvent,
  SchedulerSnapshot,
} from '../../../main/scheduler/index.ts';
import {
  createScheduler,
  type Scheduler,
  type SchedulerConfig,
  type Timer,
  type WallClock,
} from '../../../main/scheduler/index.ts';

/**
 * A simulated machine: one monotonic clock, a wall clock that can jump, and the single timer,
 * driven together (in the spirit of xstate's SimulatedClock). `advance` fires the timer in
 * deadline order and moves both clocks; nothing touches real time.
 */
export interface SimulatedClock {
  readonly monotonic: MonotonicClock;
  readonly wall: WallClock;
  readonly timer: Timer;
  /** Moves time forward, firing the timer at its deadline (again and again if it re-arms). */
  advance(ms: number): void;
  /** Moves only the wall clock (DST, NTP, manual change). */
  jumpWall(deltaMs: number): void;
  /** Time passes without the timer firing: a sleep nobody reported. */
  passUnseen(ms: number, options?: { monotonicAdvances?: boolean }): void;
  /** Callbacks armed right now (0 or 1 with a well-behaved user). */
  armedCount(): number;
  /** Monotonic deadline of the armed timer, or null. */
  deadline(): number | null;
  /** How often the timer fired. */
  fires(): number;
}

export function createSimulatedClock(options: {
  wallMs: number;
  timeZone: string;
  monoMs?: number;
}): SimulatedClock {
  let mono = options.monoMs ?? 1_000_000;
  let wall = options.wallMs;
  // A list rather than one slot, so a timer that forgot to replace its callback would show up here.
  let armed: { deadline: number; onFire: () => void }[] = [];
  let fireCount = 0;

  const moveTo = (targetMono: number) => {
    wall += targetMono - mono;
    mono = targetMono;
  };

  return {
    monotonic: { nowMs: () => mono },
    wall: { nowMs: () => wall, timeZone: () => options.timeZone },
    timer: {
      arm(delayMs, onFire) {
        if (!(Number.isFinite(delayMs) && delayMs >= 0)) throw new Error(`bad delay ${delayMs}`);
        armed = [{ deadline: mono + delayMs, onFire }];
      },
      cancel() {
        armed = [];
      },
    },
    advance(ms) {
      const target = mono + ms;
      let firesAtSameInstant = 0;
      let lastFireAt = Number.NaN;
      for (;;) {
        const next = armed[0];
        if (!next || next.deadline > target) break;
        armed = [];
        moveTo(Math.max(mono, next.deadline));
        firesAtSameInstant = mono === lastFireAt ? firesAtSameInstant + 1 : 0;
        lastFireAt = mono;
        if (firesAtSameInstant > 100) throw new Error(`timer spins at ${mono}`);
        fireCount += 1;
        next.onFire();
      }
      moveTo(target);
    },
    jumpWall(deltaMs) {
      wall += deltaMs;
    },
    passUnseen(ms, opts) {
      wall += ms;
      if (opts?.monotonicAdvances ?? true) mono += ms;
    },
    armedCount: () => armed.length,
    deadline: () => armed[0]?.deadline ?? null,
    fires: () => fireCount,
  };
}

/**
 * Idle time the test scripts: `input()` is a key press now, `typeUntil(t)` is continuous typing
 * until monotonic time t. Reads are recorded to check how often the scheduler samples.
 */
export interface ScriptedIdle extends IdleSource {
  input(): void;
  typeFor(ms: number): void;
  /**
   * Reports a fixed idle time until `hold(null)`: a user who keeps touching the keyboard every so
   * often, so every look finds the last input that long ago.
   */
  hold(seconds: number | null): void;
  /** The last input was `seconds` ago and none follows (until `input` or `typeFor`). */
  inputAgo(seconds: number): void;
  /** The source is distrusted (a Wayland session answering 0 forever): every read is unknown. */
  setUnknown(unknown: boolean): void;
  readonly reads: number[];
}

export function createScriptedIdle(clock: SimulatedClock): ScriptedIdle {
  let lastInputMs = clock.monotonic.nowMs();
  let typingUntilMs = -Infinity;
  let held: number | null = null;
  let unknown = false;
  const reads: number[] = [];
  return {
    reads,
    idleSeconds() {
      const now = clock.monotonic.nowMs();
      reads.push(now);
      if (unknown) return null;
      if (held !== null) return held;
      const last = Math.min(now, Math.max(lastInputMs, typingUntilMs));
      return Math.floor((now - last) / 1000);
    },
    input() {
      held = null;
      lastInputMs = clock.monotonic.nowMs();
    },
    typeFor(ms) {
      held = null;
      typingUntilMs = clock.monotonic.nowMs() + ms;
    },
    hold(seconds) {
      held = seconds;
      if (seconds !== null) lastInputMs = clock.monotonic.nowMs() - seconds * 1000;
    },
    inputAgo(seconds) {
      held = null;
      typingUntilMs = -Infinity;
      lastInputMs = clock.monotonic.nowMs() - seconds * 1000;
    },
    setUnknown(value) {
      unknown = value;
    },
  };
}

export interface Harness {
  readonly clock: SimulatedClock;
  readonly idle: ScriptedIdle;
  readonly scheduler: Scheduler;
  readonly events: SchedulerEvent[];
  ofType<T extends SchedulerEvent['type']>(type: T): Extract<SchedulerEvent, { type: T }>[];
  snap(): SchedulerSnapshot;
  /** Advances while the user works at a calm pace (idle reads 10 s): no natural break, no typing wait. */
  work(ms: number): void;
}

export const MINUTE = 60_000;
export const SECOND = 1000;

/** Friday 2026-03-27 09:00 in Amsterdam (CET, +01:00), two days before the spring DST change. */
export const AMSTERDAM_FRIDAY_0900 = Date.UTC(2026, 2, 27, 8, 0);

export function createHarness(
  config: SchedulerConfig,
  options: {
    wallMs?: number;
    timeZone?: string;
    start?: boolean;
    /** Main's side of the conversation, e.g. answering `busy-check` with `setBusy`. */
    answer?: (event: SchedulerEvent, scheduler: Scheduler) => void;
  } = {},
): Harness {
  const clock = createSimulatedClock({
    wallMs: options.wallMs ?? AMSTERDAM_FRIDAY_0900,
    timeZone: options.timeZone ?? 'Europe/Amsterdam',
  });
  const idle = createScriptedIdle(clock);
  const events: SchedulerEvent[] = [];
  const scheduler = createScheduler({
    config,
    monotonic: clock.monotonic,
    wall: clock.wall,
    timer: clock.timer,
    idle,
    onEvent: (event) => {
      events.push(event);
      options.answer?.(event, scheduler);
    },
  });
  if (options.start ?? true) scheduler.start();
  return {
    clock,
    idle,
    scheduler,
    events,
    ofType: <T extends SchedulerEvent['type']>(type: T) =>
      events.filter((event): event is Extract<SchedulerEvent, { type: T }> => event.type === type),
    snap: () => scheduler.snapshot(),
    work(ms) {
      idle.hold(10);
      clock.advance(ms);
    },
  };
}
