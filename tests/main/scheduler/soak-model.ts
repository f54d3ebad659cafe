import {
  createScheduler,
  isSchedulerError,
  type Scheduler,
  type SchedulerConfig,
  type SchedulerEvent,
  type SchedulerSnapshot,
} from '../../../main/scheduler/index.ts';
import { createScriptedIdle, MINUTE, type ScriptedIdle, SECOND, type SimulatedClock } from './fakes.ts';

/**
 * The model both scheduler soaks check against (the 30-day one in this folder and the simulated
 * year in tests/soak): the test's own idea of what is locked, asleep and paused, the invariants
 * that must hold after every event and action, and the seeded mix of user and system actions.
 * It only collects violations; each soak asserts they are none, so a broken invariant fails both.
 */

const SOAK_ZONE = 'Europe/Amsterdam';

// Independent of the code under test: weekday and minute of day via Intl.
export function isOfficeTime(wallMs: number): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: SOAK_ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(wallMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minutes = Number(get('hour')) * 60 + Number(get('minute'));
  return !['Sat', 'Sun'].includes(get('weekday')) && minutes >= 9 * 60 && minutes < 17 * 60 + 30;
}

export interface SoakModelOptions {
  /** A clock in Europe/Amsterdam: "pause until tomorrow" is checked against its local time. */
  readonly clock: SimulatedClock;
  readonly config: SchedulerConfig;
  /** Whether `config` holds office hours (Mon-Fri 9:00-17:30), so breaks must fall inside them. */
  readonly officeHours: boolean;
  readonly rand: () => number;
  /** Sees every scheduler event after the model has checked it. */
  readonly onEvent?: (event: SchedulerEvent) => void;
  /** Sees the armed timer count and the snapshot at every invariant check. */
  readonly onCheck?: (armedTimers: number, snapshot: SchedulerSnapshot) => void;
}

export interface SoakModel {
  readonly scheduler: Scheduler;
  readonly idle: ScriptedIdle;
  /** At most 20, each naming the broken invariant and the wall time. */
  readonly violations: readonly string[];
  readonly counts: { readonly started: number; readonly natural: number };
  /** Checks the snapshot-level invariants now. */
  invariants(): void;
  /** Moves the wall clock alone, and half of the time tells the scheduler, as the OS may not. */
  jumpWall(byMs: number): void;
  /** One seeded action from the mix (idle, typing, lock, sleep, postpone, skip, pause...), then the invariants. */
  step(): void;
}

export function createSoakModel(options: SoakModelOptions): SoakModel {
  const { clock, config, officeHours, rand } = options;
  const pick = (min: number, max: number) => min + Math.floor(rand() * (max - min));
  const idle = createScriptedIdle(clock);
  const model = { locked: false, suspended: false, lastResumeMs: -Infinity };
  // The test's own idea of the pause: until a monotonic time, a wall time, or a resume.
  let pausedUntil: { mono: number } | { wall: number } | 'resume' | null = null;
  const isPaused = () =>
    pausedUntil === 'resume' ||
    (pausedUntil !== null &&
      ('mono' in pausedUntil
        ? clock.monotonic.nowMs() < pausedUntil.mono
        : clock.wall.nowMs() < pausedUntil.wall));
  let lastBreakEndMs = -Infinity;
  let breaksSinceResume = 0;
  const violations: string[] = [];
  const counts = { started: 0, natural: 0 };
  const check = (ok: boolean, what: string) => {
    if (!ok && violations.length < 20)
      violations.push(`${what} at wall ${new Date(clock.wall.nowMs()).toISOString()}`);
  };

  const scheduler = createScheduler({
    config,
    monotonic: clock.monotonic,
    wall: clock.wall,
    timer: clock.timer,
    idle,
    onEvent: (event: SchedulerEvent) => {
      const now = clock.monotonic.nowMs();
      if (event.type === 'break-started' && event.source === 'scheduled') {
        counts.started += 1;
        check(!isPaused(), 'break while paused');
        check(!model.locked, 'break while locked');
        check(!model.suspended, 'break while suspended');
        if (officeHours) check(isOfficeTime(clock.wall.nowMs()), 'break outside working hours');
        check(now - lastBreakEndMs >= config.minGapMs, 'two breaks closer than the minimum gap');
        if (now - model.lastResumeMs < config.calmAfterWakeMs + config.minGapMs) {
          breaksSinceResume += 1;
          check(breaksSinceResume <= 1, 'more than one break right after resume');
          check(now - model.lastResumeMs >= config.calmAfterWakeMs, 'break fired at once after resume');
        }
      }
      if (event.type === 'break-ended' && event.outcome !== 'natural' && event.durationMs > 0)
        lastBreakEndMs = now;
      if (event.type === 'break-ended' && event.outcome === 'natural') counts.natural += 1;
      if (event.type === 'notice')
        check(!isPaused() && !model.locked && !model.suspended, 'notice while blocked');
      options.onEvent?.(event);
    },
  });

  const invariants = () => {
    const armed = clock.armedCount();
    check(armed <= 1, `${armed} timers armed`);
    const snap = scheduler.snapshot();
    options.onCheck?.(armed, snap);
    if (snap.next) check(snap.next.dueInMs > 0, 'next due time not in the future');
    // The details are built only on failure: the year-long soak checks this millions of times.
    if ((isPaused() || model.suspended) && snap.next !== null)
      check(
        false,
        `next break shown while paused or asleep ${JSON.stringify([pausedUntil, snap, clock.monotonic.nowMs()])}`,
      );
  };
  const act = (command: () => void) => {
    try {
      command();
    } catch (error) {
      if (!isSchedulerError(error)) throw error;
    }
    invariants();
  };

  const pauseAndMaybeResume = () => {
    const choice = pick(0, 3);
    const minutes = pick(5, 120);
    const wasInBreak = scheduler.snapshot().state === 'in-break';
    act(() => scheduler.pause(choice === 0 ? minutes : choice === 1 ? 'tomorrow' : 'indefinitely'));
    if (!(wasInBreak && config.strict)) {
      const until = scheduler.snapshot().pausedUntilWallMs;
      if (choice === 0) pausedUntil = { mono: clock.monotonic.nowMs() + minutes * MINUTE };
      else if (choice === 2) pausedUntil = 'resume';
      else {
        // "Tomorrow" must be 08:00 or (working hours) 09:00 local on a later day.
        check(until !== null && until > clock.wall.nowMs(), 'pause until tomorrow not in the future');
        const local = new Date(until ?? 0).toLocaleTimeString('en-GB', {
          timeZone: SOAK_ZONE,
          hour12: false,
        });
        check(local === (officeHours ? '09:00:00' : '08:00:00'), `pause until tomorrow ends at ${local}`);
        pausedUntil = { wall: until ?? 0 };
      }
    }
    clock.advance(pick(1, 90) * MINUTE);
    if (isPaused() && rand() < 0.7) {
      pausedUntil = null;
      act(() => scheduler.resume());
    }
  };

  const step = () => {
    const roll = rand();
    if (roll < 0.35) {
      idle.hold(pick(0, 50));
      const span = pick(1, 20) * MINUTE;
      for (let t = 0; t < span; t += MINUTE) {
        clock.advance(MINUTE);
        invariants();
      }
    } else if (roll < 0.45) {
      idle.typeFor(pick(5, 120) * SECOND);
      clock.advance(pick(5, 180) * SECOND);
    } else if (roll < 0.55) {
      idle.inputAgo(0);
      clock.advance(pick(1, 40) * MINUTE);
    } else if (roll < 0.62) {
      act(() => scheduler.onLock());
      model.locked = true;
      const lockMs = rand() < 0.5 ? pick(10, 150) * SECOND : pick(2, 180) * MINUTE;
      clock.advance(lockMs);
      model.locked = false;
      act(() => scheduler.onUnlock());
      // A short lock changes nothing, so only a long one is a wake-up that must start calmly.
      if (lockMs >= config.minLockMs) {
        model.lastResumeMs = clock.monotonic.nowMs();
        breaksSinceResume = 0;
      }
    } else if (roll < 0.67) {
      model.suspended = true;
      act(() => scheduler.onSuspend());
      clock.passUnseen(pick(1, 14 * 60) * MINUTE, { monotonicAdvances: rand() < 0.5 });
      model.suspended = false;
      act(() => scheduler.onResume());
      model.lastResumeMs = clock.monotonic.nowMs();
      breaksSinceResume = 0;
    } else if (roll < 0.77) {
      act(() => scheduler.postpone());
    } else if (roll < 0.84) {
      act(() => scheduler.skip());
    } else if (roll < 0.92) {
      act(() => scheduler.completeBreak('taken', pick(0, 60) * SECOND));
    } else if (roll < 0.96) {
      pauseAndMaybeResume();
    } else {
      act(() => scheduler.startNow(rand() < 0.5 ? 'breathing' : 'stretch'));
    }
    invariants();
  };

  return {
    scheduler,
    idle,
    violations,
    counts,
    invariants,
    jumpWall(byMs) {
      clock.jumpWall(byMs);
      if (rand() < 0.5) act(() => scheduler.onWallClockChange());
    },
    step,
  };
}
