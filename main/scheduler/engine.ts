import type { PatternId } from '../../shared/exercises/types.ts';
import type {
  BreakEndedBy,
  BreakKind,
  BreakOutcome,
  BreakSource,
  SchedulerEvent,
} from '../../shared/scheduler-types.ts';
import { nextDeadlineMs } from './deadlines.ts';
import { idleMsFrom, isCounted, nextIdleSampleMs, observeIdle } from './idle-probe.ts';
import { kindsCoveredBy, naturalKindFor, nextDueBreak } from './next-due.ts';
import type { SchedulerPorts } from './ports.ts';
import { isBlocked, type SchedulerStateData } from './scheduler-state.ts';
import { isWithinWorkingHours } from './working-hours.ts';

/**
 * The transitions behind the scheduler's commands: what happens when a deadline passes, and when
 * the one timer must fire next. Commands (scheduler.ts) change the state, then call `settle`.
 */
export interface Engine {
  readonly s: SchedulerStateData;
  now(): number;
  wallNow(): number;
  emit(event: SchedulerEvent): void;
  /** Runs every transition that is due now, then arms the timer for the next one. */
  settle(): void;
  /** `durationMs` defaults to the configured length of the kind. */
  startBreak(kind: BreakKind, source: BreakSource, patternId?: PatternId, durationMs?: number): void;
  /** `endedBy` 'window' only for the break window's own `break:complete`. */
  endBreak(outcome: BreakOutcome, breathedMs?: number, endedBy?: BreakEndedBy): void;
  /** Emits a break-ended without a break window (postponed or skipped from the notice, or natural). */
  endUnshown(kind: BreakKind, outcome: BreakOutcome): void;
  restartIntervals(): void;
  /** Events produced since the last call, in order. */
  takeEvents(): SchedulerEvent[];
  /** Ends the long-idle stop as if input returned at `returnMs`. */
  settleLongIdle(returnMs: number): void;
  /** The lock and/or sleep is over: count a natural break if it was long enough, restart calmly. */
  finishAway(): void;
}

// A timer that fires this much later than armed means the machine slept without telling us.
const MISSED_SLEEP_MS = 60_000;

export function createEngine(s: SchedulerStateData, ports: SchedulerPorts, onFire: () => void): Engine {
  const queue: SchedulerEvent[] = [];
  const now = () => ports.monotonic.nowMs();
  const wallNow = () => ports.wall.nowMs();

  const engine: Engine = {
    s,
    now,
    wallNow,
    emit: (event) => queue.push(event),
    settle,
    startBreak,
    endBreak,
    endUnshown,
    restartIntervals,
    settleLongIdle,
    finishAway,
    takeEvents: () => queue.splice(0, queue.length),
  };
  return engine;

  function resetAnchorsFor(kind: BreakKind, atMs: number): void {
    const covered = kindsCoveredBy(kind);
    s.anchors = {
      breathing: covered.includes('breathing') ? atMs : s.anchors.breathing,
      stretch: covered.includes('stretch') ? atMs : s.anchors.stretch,
    };
    if (s.postponed && covered.includes(s.postponed.kind)) {
      s.postponed = null;
      s.postponesUsed = 0;
    }
  }

  function restartIntervals(): void {
    const t = now();
    s.anchors = { breathing: t, stretch: t };
    s.postponed = null;
    s.postponesUsed = 0;
    s.idlePeriod = null;
    s.idleSampleAtMs = null;
  }

  function startBreak(
    kind: BreakKind,
    source: BreakSource,
    patternId?: PatternId,
    requestedMs?: number,
  ): void {
    const pattern = patternId ?? (kind === 'breathing' ? s.config.breathing.patternId : undefined);
    const durationMs = requestedMs ?? s.config[kind].durationMs;
    const startedWallMs = wallNow();
    const startedMs = now();
    s.cycle = {
      phase: 'break',
      kind,
      source,
      ...(pattern !== undefined ? { patternId: pattern } : {}),
      startedMs,
      startedWallMs,
      durationMs,
      begun: false,
      earliestEndMs: startedMs + durationMs,
    };
    queue.push({
      type: 'break-started',
      kind,
      ...(pattern !== undefined ? { patternId: pattern } : {}),
      source,
      durationMs,
      startedAtWallMs: startedWallMs,
    });
  }

  function endBreak(outcome: BreakOutcome, breathedMs?: number, endedBy: BreakEndedBy = 'scheduler'): void {
    const cycle = s.cycle;
    if (cycle.phase !== 'break') return;
    const t = now();
    queue.push({
      type: 'break-ended',
      kind: cycle.kind,
      outcome,
      source: cycle.source,
      durationMs: Math.max(0, t - cycle.startedMs),
      ...(breathedMs !== undefined ? { breathedMs } : {}),
      ...(cycle.patternId !== undefined ? { patternId: cycle.patternId } : {}),
      endedAtWallMs: wallNow(),
      endedBy,
    });
    s.cycle = { phase: 'waiting' };
    s.lastBreakEndMs = t;
    if (outcome !== 'postponed') resetAnchorsFor(cycle.kind, t);
  }

  function endUnshown(kind: BreakKind, outcome: BreakOutcome): void {
    queue.push({
      type: 'break-ended',
      kind,
      outcome,
      source: 'scheduled',
      durationMs: outcome === 'natural' ? s.config[kind].durationMs : 0,
      endedAtWallMs: wallNow(),
      endedBy: 'scheduler',
    });
    s.cycle = { phase: 'waiting' };
    if (outcome !== 'postponed') resetAnchorsFor(kind, now());
  }

  function countNatural(kind: BreakKind): void {
    endUnshown(kind, 'natural');
    const period = s.idlePeriod;
    if (period && !period.counted.includes(kind))
      s.idlePeriod = { ...period, counted: [...period.counted, kind] };
  }

  /** Keeps a break that is already overdue from firing without its notice. */
  function ensureRoomForNotice(): void {
    const next = nextDueBreak(s.config, s);
    const earliest = now() + s.config.noticeLeadMs;
    if (next && next.dueMs < earliest) s.notBeforeMs = Math.max(s.notBeforeMs, earliest);
  }

  function settleLongIdle(returnMs: number): void {
    const since = s.longIdleSinceMs;
    if (since === null) return;
    const stoppedMs = Math.max(0, returnMs - since);
    s.longIdleSinceMs = null;
    const period = s.idlePeriod;
    const kind = s.config.naturalBreaks ? naturalKindFor(stoppedMs, s.config) : null;
    if (kind && !(period && isCounted(period, kind))) countNatural(kind);
    const counted = s.idlePeriod?.counted ?? [];
    const t = now();
    const restarted = (k: BreakKind) => counted.some((c) => kindsCoveredBy(c).includes(k));
    // The clock stood still while the user was away: move every unfinished interval forward.
    s.anchors = {
      breathing: restarted('breathing') ? t : s.anchors.breathing + stoppedMs,
      stretch: restarted('stretch') ? t : s.anchors.stretch + stoppedMs,
    };
    if (s.postponed) s.postponed = { ...s.postponed, dueMs: s.postponed.dueMs + stoppedMs };
    s.idlePeriod = { startMs: returnMs, counted: [] };
    s.idleSampleAtMs = null;
    ensureRoomForNotice();
  }

  function finishAway(): void {
    const away = s.away;
    if (!away) return;
    s.away = null;
    const t = now();
    const lockMs = away.lockStartMs === null ? 0 : t - away.lockStartMs;
    if (!away.includedSuspend && lockMs < s.config.minLockMs) {
      // A short lock changes nothing; the long-idle stop, if any, simply continues.
      if (away.clockStoppedSinceMs !== null) s.longIdleSinceMs = away.clockStoppedSinceMs;
      ensureRoomForNotice();
      return;
    }
    if (away.clockStoppedSinceMs !== null) {
      const stoppedMs = t - away.clockStoppedSinceMs;
      s.anchors = { breathing: s.anchors.breathing + stoppedMs, stretch: s.anchors.stretch + stoppedMs };
    }
    const awayMs = t - away.startMs + away.extraMs;
    const kind = away.hadBreak ? null : naturalKindFor(awayMs, s.config);
    const coveredAlready = kind !== null && away.counted.some((c) => kindsCoveredBy(c).includes(kind));
    if (kind && !coveredAlready) endUnshown(kind, 'natural');
    else if (kind) resetAnchorsFor(kind, t);
    s.cycle = { phase: 'waiting' };
    s.idlePeriod = null;
    s.idleSampleAtMs = null;
    // Whatever came due while away waits a calm while instead of greeting the user at once.
    s.notBeforeMs = Math.max(s.notBeforeMs, t + s.config.calmAfterWakeMs);
  }

  function withdrawNotice(): void {
    if (s.cycle.phase === 'notice' || s.cycle.phase === 'typing') s.cycle = { phase: 'waiting' };
  }

  function updateWorkingHours(): void {
    const inside = isWithinWorkingHours(wallNow(), s.config.workingHours, ports.wall.timeZone());
    if (inside && s.outsideHours) {
      s.outsideHours = false;
      // A fresh day: intervals start when work does.
      restartIntervals();
    } else if (!inside && !s.outsideHours) {
      s.outsideHours = true;
      withdrawNotice();
    }
  }

  function sampleIdleWhileRunning(): void {
    const t = now();
    const idleMs = idleMsFrom(ports.idle.idleSeconds());
    s.idlePeriod = observeIdle(s.idlePeriod, t, idleMs);
    const kind = s.config.naturalBreaks ? naturalKindFor(idleMs, s.config) : null;
    if (kind && !isCounted(s.idlePeriod, kind)) countNatural(kind);
    if (s.config.longIdleMs > 0 && idleMs >= s.config.longIdleMs) {
      s.longIdleSinceMs = s.idlePeriod.startMs;
      s.idleSampleAtMs = t + s.config.idleReturnSampleMs;
      return;
    }
    s.idleSampleAtMs = nextIdleSampleMs(s.config, t, s.idlePeriod);
  }

  function sampleIdleForReturn(): void {
    const t = now();
    const idleMs = idleMsFrom(ports.idle.idleSeconds());
    const since = s.longIdleSinceMs ?? t;
    const lastInputMs = t - idleMs;
    if (lastInputMs > since + 1500) settleLongIdle(lastInputMs);
    else s.idleSampleAtMs = t + s.config.idleReturnSampleMs;
  }

  function beginDue(kind: BreakKind): void {
    const t = now();
    const idleMs = idleMsFrom(ports.idle.idleSeconds());
    const { naturalBreaks, typingGraceMs, inputPauseMs } = s.config;
    const durationMs = s.config[kind].durationMs;
    s.idlePeriod = observeIdle(s.idlePeriod, t, idleMs);
    if (naturalBreaks && durationMs > 0 && idleMs >= durationMs) {
      // Counted even if this idle stretch already stood in for an earlier break: it has now
      // covered a whole further interval too.
      countNatural(kind);
    } else if (typingGraceMs > 0 && idleMs < inputPauseMs) {
      const graceEndMs = t + typingGraceMs;
      s.cycle = {
        phase: 'typing',
        kind,
        graceEndMs,
        checkAtMs: Math.min(t - idleMs + inputPauseMs, graceEndMs),
      };
    } else {
      startBreak(kind, 'scheduled');
    }
  }

  function checkTyping(kind: BreakKind, graceEndMs: number): void {
    const t = now();
    const idleMs = t >= graceEndMs ? Infinity : idleMsFrom(ports.idle.idleSeconds());
    if (idleMs >= s.config.inputPauseMs) startBreak(kind, 'scheduled');
    else
      s.cycle = {
        phase: 'typing',
        kind,
        graceEndMs,
        checkAtMs: Math.min(t - idleMs + s.config.inputPauseMs, graceEndMs),
      };
  }

  /** One transition if one is due; returns whether anything happened. */
  function stepOnce(): boolean {
    const t = now();
    const pause = s.pause;
    if (pause) {
      const over =
        pause.until === 'monotonic' ? t >= pause.ms : pause.until === 'wall' && wallNow() >= pause.wallMs;
      if (over) {
        s.pause = null;
        restartIntervals();
        return true;
      }
    }
    const wasOutside = s.outsideHours;
    updateWorkingHours();
    if (wasOutside !== s.outsideHours) return true;
    const cycle = s.cycle;
    if (cycle.phase === 'break') {
      if (t < cycle.startedMs + cycle.durationMs + s.config.breakOverrunMs) return false;
      // Overrun: the window never completed. If its pacer or first step had begun, the user most
      // likely did the break with the window behind something else: taken. If it never began
      // (never loaded, or left on the pattern setup), nobody did a break: skipped, not a
      // "taken" with 0 seconds.
      endBreak(cycle.begun ? 'taken' : 'skipped');
      return true;
    }
    if (s.suspendedAt !== null || s.lockedAtMs !== null) {
      withdrawNotice();
      return false;
    }
    if (s.longIdleSinceMs !== null) {
      if (s.idleSampleAtMs === null || t < s.idleSampleAtMs) return false;
      sampleIdleForReturn();
      return true;
    }
    if (isBlocked(s)) {
      withdrawNotice();
      return false;
    }
    if (cycle.phase === 'notice') {
      if (t < cycle.dueMs) return false;
      beginDue(cycle.kind);
      return true;
    }
    if (cycle.phase === 'typing') {
      if (t < cycle.checkAtMs) return false;
      checkTyping(cycle.kind, cycle.graceEndMs);
      return s.cycle.phase !== 'typing';
    }
    if (s.idleSampleAtMs === null) s.idleSampleAtMs = nextIdleSampleMs(s.config, t, s.idlePeriod);
    if (s.idleSampleAtMs !== null && t >= s.idleSampleAtMs) {
      sampleIdleWhileRunning();
      return true;
    }
    const next = nextDueBreak(s.config, s);
    if (!next) return false;
    if (t >= next.dueMs) {
      beginDue(next.kind);
      return true;
    }
    if (s.config.noticeLeadMs > 0 && t >= next.dueMs - s.config.noticeLeadMs) {
      s.cycle = { phase: 'notice', kind: next.kind, dueMs: next.dueMs };
      const canPostpone = !s.config.strict && s.postponesUsed < s.config.postponeLimit;
      queue.push({
        type: 'notice',
        kind: next.kind,
        dueAtWallMs: wallNow() + (next.dueMs - t),
        leadMs: next.dueMs - t,
        canPostpone,
        canSkip: !s.config.strict,
      });
      return true;
    }
    return false;
  }

  function settle(): void {
    if (!s.started) return;
    // Each step consumes a deadline, so this ends; the bound only guards against a logic slip.
    for (let i = 0; i < 32 && stepOnce(); i += 1) {}
    const deadline = nextDeadlineMs(s, now(), wallNow(), ports.wall.timeZone());
    s.armedForMs = deadline;
    if (deadline === null) ports.timer.cancel();
    else ports.timer.arm(Math.max(0, deadline - now()), onFire);
  }
}

/** If the timer fired far later than armed, the machine slept unseen: returns how long. */
export function missedSleepMs(engine: Engine): number {
  const armed = engine.s.armedForMs;
  if (armed === null) return 0;
  const lateMs = engine.now() - armed;
  return lateMs >= MISSED_SLEEP_MS ? lateMs : 0;
}
