/**
 * The break scheduler: when to offer breathing and stretch breaks, electron-free.
 *
 * State machine. A break cycle moves waiting → notice (lead time before the break) → typing (the
 * break is due but the user is typing: wait up to the typing grace for a pause in input) → break
 * (window open) → waiting. Beside the cycle, blockers stop new breaks: suspended, locked, paused,
 * outside working hours, and the user being away (presence.ts: long idle stops the interval clock;
 * a break that comes up while away waits for the return). All of them meet in `isBlocked`
 * (scheduler-state.ts), the one gate for due breaks. The snapshot shows the most important (see
 * SchedulerState). Intervals run on the monotonic clock from an anchor per kind (the end of the
 * last break of that kind); the wall clock only places working hours and "until tomorrow", and
 * timers toward a wall-clock target are capped at `wallRecheckMs`; main also calls
 * `onWallClockChange` when the wall and monotonic clocks drift apart (wall-drift.ts). One timer is
 * armed for the earliest deadline (notice, due, typing check, idle sample, break overrun, pause
 * end, working-hours edge).
 *
 * Away (presence.ts has the transition table). Idle, lock and sleep are one absence, settled once
 * when the user is back: at most one natural credit, of the longest kind it covers; if it reached
 * the long-idle limit, the clock stood still during it. A lock shorter than `minLockMs` adds
 * nothing; after a sleep or a long lock, anything overdue waits `calmAfterWakeMs`. A break running
 * when the screen locks keeps running (its overrun ends it if nobody comes back); a break running
 * when the machine sleeps ends then (taken only if it had run its full length). Sleep the
 * monotonic clock did not see is taken from the wall clock. A timer firing a minute or more late
 * (stall or unseen sleep) only prompts an idle read: input during the gap means a stall, and
 * nothing is credited for time nobody measured.
 *
 * Idle sampling. While present, idle is read at most every `idleSampleMinGapMs` (10 min: a quiet
 * working hour costs ≤ 6 wake-ups), plus at the decision instants: a break coming due, the typing
 * checks, lock, sleep, a late timer, a wall-clock jump. While away, every `idleReturnSampleMs` to
 * see the user back. An idle source that cannot be trusted reads as unknown (null): no natural
 * breaks, no typing wait, the schedule as planned.
 *
 * Commands that are not allowed right now throw a `SchedulerError` and change nothing.
 */

import { type BusyReason, isBusyReason } from '../../shared/domain/busy.ts';
import type { PatternRef } from '../../shared/exercises/types.ts';
import { BREAK_LENGTH_LIMITS_MS } from '../../shared/ipc-contract.ts';
import type { BreakKind, BreakSource, PauseLength, SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { assertValidSchedulerConfig, type SchedulerConfig } from './config.ts';
import { createEngine, timerLateMs } from './engine.ts';
import { SchedulerError } from './errors.ts';
import type { IdleSource, MonotonicClock, SchedulerEventSink, Timer, WallClock } from './ports.ts';
import { presentFrom } from './presence.ts';
import { initialState } from './scheduler-state.ts';
import { buildSnapshot, snapshotKey, upcomingBreak } from './snapshot.ts';
import { untilTomorrowWallMs } from './working-hours.ts';

export interface SchedulerDeps {
  readonly config: SchedulerConfig;
  readonly monotonic: MonotonicClock;
  readonly wall: WallClock;
  readonly timer: Timer;
  readonly idle: IdleSource;
  readonly onEvent: SchedulerEventSink;
}

export interface Scheduler {
  /** Starts the intervals from now. Calling it again does nothing. */
  start(): void;
  /** Cancels the timer and forgets the running cycle; emits nothing. `start()` begins afresh. */
  stop(): void;
  snapshot(): SchedulerSnapshot;
  /**
   * Breathe now / Stretch now, or Start now on a notice, optionally with its own length (whole ms
   * within BREAK_LENGTH_LIMITS_MS; default: the configured length). Throws break-in-progress,
   * unavailable (locked, asleep), invalid-argument.
   */
  startNow(kind: BreakKind, patternId?: PatternRef, durationMs?: number): void;
  /**
   * The break window has started its pacer or first step: the running break restarts from now
   * with this length (and, for breathing, pattern), so the automatic end (planned end plus
   * `breakOverrunMs`) follows what the user chose rather than the length counted from when the
   * window opened. The window calls it again around a pause (with a pause allowance while
   * paused, then the true remaining length on resume). Throws invalid-argument (length not whole
   * ms within BREAK_LENGTH_LIMITS_MS), no-break, strict-mode (a scheduled break in strict mode may
   * not get shorter than at its first begin, nor end before that first begin's planned end).
   */
  beginBreak(options: BeginBreakOptions): void;
  /** Postpone the noticed, due or running scheduled break. Throws strict-mode, postpone-limit, nothing-due. */
  postpone(): void;
  /** Skip the noticed or running break, or else the next one. Throws strict-mode, nothing-due. */
  skip(): void;
  /**
   * The break window finished: Done ('taken') or Esc ('skipped'). Emits break-ended with
   * endedBy 'window' (the window stays for its done screen). Throws no-break, strict-mode (a
   * strict scheduled break: skipped, or taken more than 2 s before its planned end).
   */
  completeBreak(outcome: 'taken' | 'skipped', breathedMs?: number): void;
  /** Pause for whole minutes, until tomorrow, or indefinitely. Ends a running break as skipped (strict scheduled break: throws break-in-progress). */
  pause(request: PauseLength): void;
  /** Ends a pause and restarts the intervals from now; does nothing when not paused. */
  resume(): void;
  /** Optional hint that the user just did something (tray click, shortcut): ends long idle at once. */
  notifyActivity(): void;
  onSuspend(): void;
  onResume(): void;
  onLock(): void;
  onUnlock(): void;
  /** Ends a running break as taken (for statistics) and stops. */
  onShutdown(): void;
  /** The wall clock or time zone may have jumped: re-evaluate working hours and pause targets now. */
  onWallClockChange(): void;
  /** Applies new settings at once, keeping interval progress. Throws invalid-config. */
  updateConfig(config: SchedulerConfig): void;
  /**
   * The busy reasons now (main/busy: after every `busy-check` event it answers, and whenever a
   * platform signal changes them), or null when nothing can be watched on this machine. Until
   * the first call the scheduler never waits for a reading. Safe to call from an event handler:
   * it then applies after the events being delivered.
   */
  setBusy(status: BusyReading | null): void;
}

export interface BusyReading {
  readonly active: readonly BusyReason[];
  readonly sampled: boolean;
}

export interface BeginBreakOptions {
  readonly durationMs: number;
  /** Breathing only; a stretch break keeps no pattern. */
  readonly patternId?: PatternRef;
}

const KINDS: readonly BreakKind[] = ['breathing', 'stretch'];

// Strict checks against the planned end allow for the window's clock and IPC being a little ahead.
const STRICT_TOLERANCE_MS = 2000;

function assertBreakLength(durationMs: unknown): void {
  const { min, max } = BREAK_LENGTH_LIMITS_MS;
  const whole = typeof durationMs === 'number' && Number.isInteger(durationMs);
  if (!whole || durationMs < min || durationMs > max)
    throw new SchedulerError(
      'invalid-argument',
      `A break lasts a whole number of ms from ${min} to ${max}, not ${String(durationMs)}.`,
    );
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  assertValidSchedulerConfig(deps.config);
  const s = initialState(deps.config);
  const engine = createEngine(s, deps, () => run(onTimer));
  let lastKey = '';

  let delivering = false;
  const afterDelivery: Array<() => void> = [];

  function run(action: () => void): void {
    action();
    engine.settle();
    const key = snapshotKey(s);
    const events = engine.takeEvents();
    if (key !== lastKey) {
      lastKey = key;
      events.push({ type: 'state-changed', snapshot: buildSnapshot(s, engine.now(), engine.wallNow()) });
    }
    const outer = delivering;
    delivering = true;
    try {
      for (const event of events) deps.onEvent(event);
    } finally {
      delivering = outer;
    }
    if (!outer) for (let next = afterDelivery.shift(); next; next = afterDelivery.shift()) run(next);
  }

  /** Strict mode binds the breaks the scheduler offers; one the user started by hand stays theirs. */
  function isStrictLocked(source: BreakSource): boolean {
    return s.config.strict && source === 'scheduled';
  }

  function requireStarted(): void {
    if (!s.started) throw new SchedulerError('not-started', 'The scheduler has not been started.');
  }

  function onTimer(): void {
    // Fired a minute or more late: the event loop stalled or the machine slept unseen. Which one
    // only the idle time can tell (input during the gap means a stall), so read it now; an absence
    // it shows is settled like any other, nothing is credited for the gap itself.
    if (timerLateMs(engine) === 0) return;
    engine.sampleNow();
    // Whatever came due during the gap still gets its notice.
    if (s.cycle.phase === 'waiting') engine.ensureRoomForNotice();
  }

  /** A scheduled break ends when the machine sleeps: taken if it ran its full length, else skipped. */
  function endBreakForSleep(): void {
    const cycle = s.cycle;
    if (cycle.phase !== 'break') return;
    const done = cycle.begun && engine.now() >= cycle.startedMs + cycle.durationMs - STRICT_TOLERANCE_MS;
    engine.endBreak(done ? 'taken' : 'skipped');
  }

  const scheduler: Scheduler = {
    start: () =>
      run(() => {
        if (s.started) return;
        s.started = true;
        engine.restartIntervals();
        s.notBeforeMs = -Infinity;
        s.lastBreakEndMs = null;
        s.presence = presentFrom(s.config, engine.now(), engine.now());
      }),

    stop: () => {
      deps.timer.cancel();
      const config = s.config;
      Object.assign(s, initialState(config));
      engine.takeEvents();
      lastKey = snapshotKey(s);
    },

    snapshot: () => buildSnapshot(s, engine.now(), engine.wallNow()),

    startNow: (kind, patternId, durationMs) => {
      requireStarted();
      if (!KINDS.includes(kind))
        throw new SchedulerError('invalid-argument', `Unknown break kind: ${String(kind)}`);
      if (durationMs !== undefined) assertBreakLength(durationMs);
      if (s.cycle.phase === 'break')
        throw new SchedulerError('break-in-progress', 'A break is already running.');
      if (s.suspendedAt !== null || s.lockedAtMs !== null)
        throw new SchedulerError(
          'unavailable',
          'No break while the screen is locked or the computer sleeps.',
        );
      run(() => {
        const cycle = s.cycle;
        const fromNotice = (cycle.phase === 'notice' || cycle.phase === 'typing') && cycle.kind === kind;
        // Asking for a break is input: an absence before it is settled first (it may earn its credit).
        engine.markActive();
        engine.startBreak(kind, fromNotice ? 'scheduled' : 'manual', patternId, durationMs);
      });
    },

    beginBreak: (options) => {
      requireStarted();
      const { durationMs, patternId } = options;
      assertBreakLength(durationMs);
      const cycle = s.cycle;
      if (cycle.phase !== 'break') throw new SchedulerError('no-break', 'No break is running.');
      if (isStrictLocked(cycle.source)) {
        // The first begin restarts the break now, so comparing lengths keeps it at least as long.
        // Later begins (the window re-basing around a pause) may not end before the floor the
        // first one set.
        const shorter = cycle.begun
          ? engine.now() + durationMs < cycle.earliestEndMs - STRICT_TOLERANCE_MS
          : durationMs < cycle.durationMs;
        if (shorter)
          throw new SchedulerError('strict-mode', 'Strict mode: the break cannot be made shorter.');
      }
      run(() => {
        const pattern = cycle.kind === 'breathing' ? (patternId ?? cycle.patternId) : cycle.patternId;
        const startedMs = engine.now();
        s.cycle = {
          phase: 'break',
          kind: cycle.kind,
          source: cycle.source,
          ...(pattern !== undefined ? { patternId: pattern } : {}),
          startedMs,
          startedWallMs: engine.wallNow(),
          durationMs,
          begun: true,
          earliestEndMs: cycle.begun ? cycle.earliestEndMs : startedMs + durationMs,
        };
      });
    },

    postpone: () => {
      requireStarted();
      const cycle = s.cycle;
      const postponable =
        cycle.phase === 'notice' ||
        cycle.phase === 'typing' ||
        (cycle.phase === 'break' && cycle.source === 'scheduled');
      if (!postponable) throw new SchedulerError('nothing-due', 'There is no break to postpone right now.');
      if (s.config.strict)
        throw new SchedulerError('strict-mode', 'Strict mode: breaks cannot be postponed.');
      if (s.postponesUsed >= s.config.postponeLimit)
        throw new SchedulerError('postpone-limit', 'This break has been postponed as often as allowed.');
      run(() => {
        const kind = cycle.kind;
        if (cycle.phase === 'break') engine.endBreak('postponed');
        else engine.endUnshown(kind, 'postponed');
        s.postponed = { kind, dueMs: engine.now() + s.config.postponeMs };
        s.postponesUsed += 1;
      });
    },

    skip: () => {
      requireStarted();
      if (s.config.strict) throw new SchedulerError('strict-mode', 'Strict mode: breaks cannot be skipped.');
      const cycle = s.cycle;
      const upcoming = upcomingBreak(s);
      if (cycle.phase !== 'break' && !upcoming)
        throw new SchedulerError('nothing-due', 'There is no break to skip.');
      run(() => {
        if (cycle.phase === 'break') engine.endBreak('skipped');
        else if (upcoming) engine.endUnshown(upcoming.kind, 'skipped');
      });
    },

    completeBreak: (outcome, breathedMs) => {
      requireStarted();
      if (outcome !== 'taken' && outcome !== 'skipped')
        throw new SchedulerError('invalid-argument', `Unknown outcome: ${String(outcome)}`);
      if (breathedMs !== undefined && !(Number.isFinite(breathedMs) && breathedMs >= 0))
        throw new SchedulerError('invalid-argument', 'breathedMs must be a non-negative number.');
      const cycle = s.cycle;
      if (cycle.phase !== 'break') throw new SchedulerError('no-break', 'No break is running.');
      if (isStrictLocked(cycle.source)) {
        const early = outcome === 'skipped' || engine.now() < cycle.earliestEndMs - STRICT_TOLERANCE_MS;
        if (early) throw new SchedulerError('strict-mode', 'Strict mode: the break cannot be ended early.');
      }
      run(() => engine.endBreak(outcome, breathedMs, 'window'));
    },

    pause: (request) => {
      requireStarted();
      const valid =
        request === 'tomorrow' ||
        request === 'indefinitely' ||
        (typeof request === 'number' && Number.isFinite(request) && request > 0);
      if (!valid)
        throw new SchedulerError(
          'invalid-argument',
          'Pause takes minutes > 0, "tomorrow" or "indefinitely".',
        );
      if (s.cycle.phase === 'break' && isStrictLocked(s.cycle.source))
        throw new SchedulerError('break-in-progress', 'Strict mode: the break has to finish first.');
      run(() => {
        if (s.cycle.phase === 'break') engine.endBreak('skipped');
        if (s.cycle.phase !== 'waiting') s.cycle = { phase: 'waiting' };
        if (request === 'indefinitely') s.pause = { until: 'resume' };
        else if (request === 'tomorrow') {
          const { workingHours, morningMinutes } = s.config;
          const wallMs = untilTomorrowWallMs(
            engine.wallNow(),
            workingHours,
            morningMinutes,
            deps.wall.timeZone(),
          );
          s.pause = { until: 'wall', wallMs };
        } else s.pause = { until: 'monotonic', ms: engine.now() + request * 60_000 };
      });
    },

    resume: () => {
      requireStarted();
      run(() => {
        if (s.pause === null) return;
        s.pause = null;
        engine.restartIntervals();
      });
    },

    notifyActivity: () =>
      run(() => {
        if (!s.started || s.suspendedAt !== null || s.lockedAtMs !== null) return;
        engine.markActive();
      }),

    onSuspend: () =>
      run(() => {
        if (!s.started || s.suspendedAt !== null) return;
        // A break window left open across sleep would be stale on waking.
        endBreakForSleep();
        engine.beginAway({ slept: true });
        s.suspendedAt = { ms: engine.now(), wallMs: engine.wallNow() };
        if (s.cycle.phase !== 'waiting') s.cycle = { phase: 'waiting' };
      }),

    onResume: () =>
      run(() => {
        const asleep = s.suspendedAt;
        if (!s.started || asleep === null) return;
        s.suspendedAt = null;
        const t = engine.now();
        const p = s.presence;
        if (p.mode === 'away') {
          // Sleep the monotonic clock did not see is taken from the wall clock, never negative.
          const unseenMs = Math.max(0, engine.wallNow() - asleep.wallMs - (t - asleep.ms));
          s.presence = { ...p, seenUntilMs: t, unseenMs: p.unseenMs + unseenMs, slept: true };
        }
        if (s.lockedAtMs === null) engine.endAway({ calm: true });
      }),

    onLock: () =>
      run(() => {
        if (!s.started || s.lockedAtMs !== null) return;
        if (s.cycle.phase !== 'break' && s.cycle.phase !== 'waiting') s.cycle = { phase: 'waiting' };
        if (s.suspendedAt === null) engine.beginAway({ slept: false });
        s.lockedAtMs = engine.now();
      }),

    onUnlock: () =>
      run(() => {
        const lockedAtMs = s.lockedAtMs;
        if (!s.started || lockedAtMs === null) return;
        s.lockedAtMs = null;
        if (s.suspendedAt !== null) return;
        const p = s.presence;
        if (p.mode !== 'away') return;
        // A lock shorter than minLockMs adds nothing to the absence (idle before it still counts).
        const long = p.slept || engine.now() - lockedAtMs >= s.config.minLockMs;
        if (long) s.presence = { ...p, seenUntilMs: engine.now() };
        engine.endAway({ calm: long });
      }),

    onShutdown: () => {
      if (s.started && s.cycle.phase === 'break') run(() => engine.endBreak('taken'));
      scheduler.stop();
    },

    // Working hours and pause targets are re-read at every settle; a jump forward may also be a
    // sleep the monotonic clock did not see, so it is a moment to read idle.
    onWallClockChange: () =>
      run(() => {
        if (s.started) engine.sampleNow();
      }),

    setBusy: (status) => {
      const valid =
        status === null ||
        (Array.isArray(status.active) &&
          status.active.every(isBusyReason) &&
          typeof status.sampled === 'boolean');
      if (!valid)
        throw new SchedulerError('invalid-argument', 'Busy status: { active: BusyReason[], sampled }.');
      const apply = () => {
        const b = s.busy;
        if (status === null) {
          const held = b.hold !== null;
          s.busy = {
            watched: false,
            reasons: [],
            sampled: false,
            readAtMs: null,
            readings: b.readings + 1,
            askedAtMs: null,
            hold: null,
          };
          if (held) engine.ensureRoomForNotice();
          return;
        }
        b.watched = true;
        b.reasons = [...new Set(status.active)];
        b.sampled = status.sampled;
        b.readAtMs = engine.now();
        b.readings += 1;
        b.askedAtMs = null;
      };
      // An answer given while events are being delivered (a synchronous reader) waits for them.
      if (delivering) afterDelivery.push(apply);
      else run(apply);
    },

    updateConfig: (config) => {
      assertValidSchedulerConfig(config);
      run(() => {
        const cycle = s.cycle;
        const before = upcomingBreak(s);
        s.config = config;
        if (cycle.phase === 'notice') {
          s.cycle = { phase: 'waiting' };
          const after = upcomingBreak(s);
          // Keep the notice on screen when the change does not move this break.
          if (before && after && after.kind === cycle.kind && after.dueMs === before.dueMs) s.cycle = cycle;
        } else if (cycle.phase === 'typing' && !config[cycle.kind].enabled) {
          s.cycle = { phase: 'waiting' };
        }
        engine.replanPresence();
        const next = upcomingBreak(s);
        const earliest = engine.now() + config.noticeLeadMs;
        if (s.cycle.phase === 'waiting' && next && next.dueMs < earliest)
          s.notBeforeMs = Math.max(s.notBeforeMs, earliest);
      });
    },
  };
  return scheduler;
}
