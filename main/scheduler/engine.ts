import type { PatternRef } from '../../shared/exercises/types.ts';
import type {
  BreakEndedBy,
  BreakKind,
  BreakOutcome,
  BreakSource,
  SchedulerEvent,
} from '../../shared/scheduler-types.ts';
import { BUSY_TUNING, decideHold } from '../busy/busy-policy.ts';
import { BUSY_CHECK_WAIT_MS, nextDeadlineMs } from './deadlines.ts';
import { kindsCoveredBy, nextDueBreak } from './next-due.ts';
import type { SchedulerPorts } from './ports.ts';
import {
  type AwayPresence,
  awayAfterMs,
  idleMsFrom,
  nextPresentSampleMs,
  presentFrom,
  SAME_INPUT_TOLERANCE_MS,
  settleAway,
} from './presence.ts';
import { isBlocked, isBusyHolding, isHeldOutside, type SchedulerStateData } from './scheduler-state.ts';
import { createWorkingHoursLookup, type WorkingHoursState } from './working-hours.ts';

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
  startBreak(kind: BreakKind, source: BreakSource, patternId?: PatternRef, durationMs?: number): void;
  /** `endedBy` 'window' only for the break window's own `break:complete`. */
  endBreak(outcome: BreakOutcome, breathedMs?: number, endedBy?: BreakEndedBy): void;
  /** Emits a break-ended without a break window (postponed or skipped from the notice, or natural). */
  endUnshown(kind: BreakKind, outcome: BreakOutcome): void;
  restartIntervals(): void;
  /** Events produced since the last call, in order. */
  takeEvents(): SchedulerEvent[];
  /** Reads the idle time now: null when the source does not know (distrusted). */
  readIdleMs(): number | null;
  /** A decision instant outside the sampler's plan (late timer, wall-clock jump): read idle now. */
  sampleNow(): void;
  /**
   * Lock or sleep begins: the user is away from now (or from the last input before it). Ends an
   * absence first if input was seen since it began.
   */
  beginAway(options: { readonly slept: boolean }): void;
  /** The user is back: settles the absence (credit, stopped clock) and restarts calmly if asked. */
  endAway(options: { readonly calm: boolean }): void;
  /** The user did something just now (tray click, Start now): ends an absence, re-plans the sampler. */
  markActive(): void;
  /** The config changed: re-arms the present sampler; ends an absence idle no longer matters to. */
  replanPresence(): void;
  /** Keeps a break that is already overdue from starting without its notice. */
  ensureRoomForNotice(): void;
}

// A timer that fires this much later than armed: the event loop stalled or the machine slept unseen.
const LATE_TIMER_MS = 60_000;

export function createEngine(s: SchedulerStateData, ports: SchedulerPorts, onFire: () => void): Engine {
  const queue: SchedulerEvent[] = [];
  const workingHoursAt = createWorkingHoursLookup();
  const hoursNow = (): WorkingHoursState => {
    const hours = s.config.workingHours;
    return hours
      ? workingHoursAt(wallNow(), hours, ports.wall.timeZone())
      : { inside: true, edgeWallMs: null };
  };
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
    takeEvents: () => queue.splice(0, queue.length),
    readIdleMs,
    sampleNow,
    beginAway,
    endAway,
    markActive,
    replanPresence,
    ensureRoomForNotice,
  };
  return engine;

  function resetAnchorsFor(kind: BreakKind, atMs: number): void {
    const covered = kindsCoveredBy(kind);
    // Never back in time: a credit settled late must not undo a restart since (resume, working hours).
    s.anchors = {
      breathing: covered.includes('breathing') ? Math.max(atMs, s.anchors.breathing) : s.anchors.breathing,
      stretch: covered.includes('stretch') ? Math.max(atMs, s.anchors.stretch) : s.anchors.stretch,
    };
    if (s.postponed && covered.includes(s.postponed.kind)) {
      s.postponed = null;
      s.postponesUsed = 0;
    }
  }

  function restartIntervals(): void {
    const t = now();
    s.busy.hold = null;
    s.anchors = { breathing: t, stretch: t };
    s.postponed = null;
    s.postponesUsed = 0;
  }

  function startBreak(
    kind: BreakKind,
    source: BreakSource,
    patternId?: PatternRef,
    requestedMs?: number,
  ): void {
    const pattern = patternId ?? (kind === 'breathing' ? s.config.breathing.patternId : undefined);
    const durationMs = requestedMs ?? s.config[kind].durationMs;
    const startedWallMs = wallNow();
    const startedMs = now();
    // Whatever was held is this break now, or was set aside by the user's own choice.
    s.busy.hold = null;
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
    // The user was with the break window; the next idle stretch starts now.
    if (s.presence.mode === 'present') s.presence = presentFrom(s.config, t, t, s.presence.creditSpent);
  }

  function endUnshown(kind: BreakKind, outcome: BreakOutcome, atMs: number = now()): void {
    queue.push({
      type: 'break-ended',
      kind,
      outcome,
      source: 'scheduled',
      durationMs: outcome === 'natural' ? s.config[kind].durationMs : 0,
      endedAtWallMs: wallNow() - (now() - atMs),
      endedBy: 'scheduler',
    });
    // A running break is the window's: a credit or a notice action never ends it behind its back.
    withdrawNotice();
    if (s.busy.hold?.kind === kind) s.busy.hold = null;
    if (outcome !== 'postponed') resetAnchorsFor(kind, atMs);
  }

  function readIdleMs(): number | null {
    return idleMsFrom(ports.idle.idleSeconds());
  }

  /** Whether the sampler may run: not asleep, locked, in a break, paused or outside working hours. */
  function samplerActive(): boolean {
    return !isHeldOutside(s) && s.cycle.phase !== 'break';
  }

  /** Away since the last input `idleMs` ago, but never before the user was last known here. */
  function enterAway(idleMs: number, options: { slept: boolean; duringBreak: boolean; held: boolean }): void {
    const t = now();
    const p = s.presence;
    const floorMs = p.mode === 'present' ? p.sinceMs : -Infinity;
    s.presence = {
      mode: 'away',
      creditSpent: p.mode === 'present' && p.creditSpent,
      startMs: Math.min(t, Math.max(t - idleMs, floorMs)),
      seenUntilMs: t,
      unseenMs: 0,
      slept: options.slept,
      duringBreak: options.duringBreak,
      held: options.held,
      sampleAtMs: t + s.config.idleReturnSampleMs,
    };
  }

  /** True if input came after the absence began, judging by an idle read of `idleMs` now. */
  function inputSince(away: AwayPresence, idleMs: number): boolean {
    return now() - idleMs > away.startMs + SAME_INPUT_TOLERANCE_MS;
  }

  function samplePresent(idleMs: number | null): void {
    const t = now();
    const after = awayAfterMs(s.config);
    if (idleMs !== null && after !== null && idleMs >= after) {
      enterAway(idleMs, { slept: false, duringBreak: false, held: false });
      return;
    }
    // Unknown idle: look again after the usual gap, in case the source recovers.
    const lastInputMs = t - (idleMs ?? 0);
    const p = s.presence;
    const before = p.mode === 'present' ? p : { sinceMs: -Infinity, creditSpent: false };
    // Input seen after the user was last known here is the sign a spent credit waits for.
    const signOfUser = idleMs !== null && lastInputMs > before.sinceMs + SAME_INPUT_TOLERANCE_MS;
    s.presence = {
      mode: 'present',
      sinceMs: Math.max(before.sinceMs, lastInputMs),
      creditSpent: before.creditSpent && !signOfUser,
      sampleAtMs: nextPresentSampleMs(s.config, t, lastInputMs),
    };
  }

  function sampleAway(away: AwayPresence): void {
    const idleMs = readIdleMs();
    if (idleMs === null) {
      // Unknown now: settle what was seen; whether the user came back nobody can tell.
      closeAway(away, { calm: false, lastInputMs: now(), signOfUser: false });
      return;
    }
    if (inputSince(away, idleMs)) {
      closeAway(away, { calm: false, lastInputMs: now() - idleMs, signOfUser: true });
      return;
    }
    const t = now();
    s.presence = { ...away, seenUntilMs: t, sampleAtMs: t + s.config.idleReturnSampleMs };
  }

  function sampleNow(): void {
    if (!s.started || !samplerActive()) return;
    const p = s.presence;
    if (p.mode === 'away') sampleAway(p);
    else if (p.sampleAtMs !== null) samplePresent(readIdleMs());
  }

  function beginAway(options: { slept: boolean }): void {
    const t = now();
    const inBreak = s.cycle.phase === 'break';
    // In a break the user was at the window until now; otherwise since the last input (unknown: now).
    const read = inBreak ? 0 : readIdleMs();
    const p = s.presence;
    if (p.mode === 'away') {
      if (read !== null && !inputSince(p, read)) {
        s.presence = { ...p, seenUntilMs: t, slept: p.slept || options.slept };
        return;
      }
      // Input since (or unknown): the absence ended by now; a new one begins with this lock or sleep.
      closeAway(p, { calm: false, lastInputMs: read === null ? t : t - read, signOfUser: read !== null });
    }
    enterAway(read ?? 0, { slept: options.slept, duringBreak: inBreak, held: false });
  }

  function endAway(options: { calm: boolean }): void {
    const p = s.presence;
    if (p.mode !== 'away') return;
    closeAway(p, { calm: options.calm, lastInputMs: now(), signOfUser: true });
  }

  function markActive(): void {
    const t = now();
    const p = s.presence;
    if (p.mode === 'away') {
      // Credit up to now only if the idle time confirms nobody touched anything since.
      const idleMs = readIdleMs();
      const seenUntilMs = idleMs !== null && !inputSince(p, idleMs) ? t : p.seenUntilMs;
      closeAway({ ...p, seenUntilMs }, { calm: false, lastInputMs: t, signOfUser: true });
      return;
    }
    s.presence = presentFrom(s.config, t, t);
  }

  function replanPresence(): void {
    const t = now();
    const p = s.presence;
    if (p.mode === 'present') s.presence = presentFrom(s.config, t, t);
    else if (awayAfterMs(s.config) === null) closeAway(p, { calm: false, lastInputMs: t, signOfUser: true });
  }

  /** Settles an absence that ended at `away.seenUntilMs`; the user is present from then on. */
  function closeAway(
    away: AwayPresence,
    options: { calm: boolean; lastInputMs: number; signOfUser: boolean },
  ): void {
    const t = now();
    const result = settleAway(away, s.config, s.anchors, s.postponed);
    if (s.postponed !== null && result.postponed === null) s.postponesUsed = 0;
    s.anchors = result.anchors;
    s.postponed = result.postponed;
    if (result.credit) endUnshown(result.credit, 'natural', away.seenUntilMs);
    const lastInputMs = Math.min(t, Math.max(away.seenUntilMs, options.lastInputMs));
    s.presence = presentFrom(s.config, t, lastInputMs, !options.signOfUser);
    // Whatever came due while away waits a calm while after a wake-up, or at least its notice.
    if (options.calm) s.notBeforeMs = Math.max(s.notBeforeMs, t + s.config.calmAfterWakeMs);
    else ensureRoomForNotice();
  }

  /** Keeps a break that is already overdue from firing without its notice. */
  function ensureRoomForNotice(): void {
    const next = nextDueBreak(s.config, s);
    const earliest = now() + s.config.noticeLeadMs;
    if (next && next.dueMs < earliest) s.notBeforeMs = Math.max(s.notBeforeMs, earliest);
  }

  function withdrawNotice(): void {
    if (s.cycle.phase === 'notice' || s.cycle.phase === 'typing') s.cycle = { phase: 'waiting' };
  }

  function updateWorkingHours(): void {
    const inside = hoursNow().inside;
    if (inside && s.outsideHours) {
      s.outsideHours = false;
      // A fresh day: intervals start when work does.
      restartIntervals();
    } else if (!inside && !s.outsideHours) {
      s.outsideHours = true;
      withdrawNotice();
    }
  }

  function beginDue(kind: BreakKind): void {
    const t = now();
    const idleMs = readIdleMs();
    const { typingGraceMs, inputPauseMs } = s.config;
    if (idleMs === null) {
      // Idle unknown: no natural break and no typing wait, the schedule as it stands.
      startBreak(kind, 'scheduled');
      return;
    }
    const after = awayAfterMs(s.config);
    if (after !== null && idleMs >= after) {
      // Nobody to show it to: the break waits for the user, whose absence is settled on return.
      withdrawNotice();
      enterAway(idleMs, { slept: false, duringBreak: false, held: true });
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
    const read = t >= graceEndMs ? null : readIdleMs();
    const idleMs = read ?? Infinity;
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
    if (isHeldOutside(s)) {
      withdrawNotice();
      return false;
    }
    // The presence sampler (dormant in the cases above) runs before any offer is made.
    const p = s.presence;
    if (p.sampleAtMs !== null && t >= p.sampleAtMs) {
      if (p.mode === 'away') sampleAway(p);
      else samplePresent(readIdleMs());
      return true;
    }
    if (stepBusy(t)) return true;
    // Held while busy (or waiting for the reading): no offer; only the gate's deadlines run.
    if (isBusyHolding(s)) return false;
    if (s.presence.mode === 'away') {
      if (isBlocked(s)) {
        withdrawNotice();
        return false;
      }
      // An offer that comes up while the user is away waits for the return.
      const next = nextDueBreak(s.config, s);
      if (next && t >= next.dueMs - s.config.noticeLeadMs) {
        withdrawNotice();
        s.presence = { ...s.presence, held: true };
        return true;
      }
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

  /** Asks main for a fresh busy reading; the offer waits up to BUSY_CHECK_WAIT_MS for it. */
  function askBusy(t: number): void {
    s.busy.askedAtMs = t;
    queue.push({ type: 'busy-check' });
  }

  /**
   * Holds, keeps holding or releases the due break by the busy policy (busy-policy.ts). Returns
   * whether the hold changed; a release leaves the offer to the steps that follow, with room
   * for its notice.
   */
  function decideBusy(t: number, kind: BreakKind): boolean {
    const b = s.busy;
    const decision = decideHold({
      nowMs: t,
      busy: b.reasons,
      sampled: b.sampled,
      onScreen: false,
      hold: b.hold,
      capMs: BUSY_TUNING.holdCapMs,
      sampleMs: BUSY_TUNING.sampleMs,
    });
    if (decision.kind !== 'hold') {
      if (b.hold === null) return false;
      b.hold = null;
      ensureRoomForNotice();
      return true;
    }
    const before = JSON.stringify(b.hold);
    b.hold = {
      ...decision.hold,
      kind: b.hold?.kind ?? kind,
      recheckAtMs: decision.recheckAtMs,
      decidedOnReading: b.readings,
    };
    if (decision.newlyHeld.length > 0)
      queue.push({ type: 'busy-held', kind: b.hold.kind, reasons: decision.newlyHeld });
    if (decision.quietNotice)
      queue.push({ type: 'busy-quiet-notice', kind: b.hold.kind, reasons: b.reasons });
    return JSON.stringify(b.hold) !== before;
  }

  /**
   * The busy gate, before any offer: a break coming up gets a fresh reading first, then is held
   * while a reason lasts. A notice or break already on screen is never pulled away (only the
   * waiting phase is gated). Returns whether anything happened.
   */
  function stepBusy(t: number): boolean {
    const b = s.busy;
    if (!b.watched) return false;
    const next = nextDueBreak(s.config, s);
    const kind = b.hold?.kind ?? next?.kind;
    if (b.askedAtMs !== null) {
      if (t < b.askedAtMs + BUSY_CHECK_WAIT_MS) return false;
      // No answer in time: decide on the last reading (a silent monitor must not stall breaks),
      // and take it as this look's answer so the offer does not ask again at once.
      b.askedAtMs = null;
      b.readAtMs = t;
      if (kind !== undefined) decideBusy(t, kind);
      return true;
    }
    if (b.hold) {
      if (b.hold.recheckAtMs !== null && t >= b.hold.recheckAtMs) {
        b.hold = { ...b.hold, recheckAtMs: null };
        askBusy(t);
        return true;
      }
      // Only a new reading changes a hold; other steps (idle samples) leave its plan alone.
      return b.hold.decidedOnReading === b.readings ? false : decideBusy(t, b.hold.kind);
    }
    const comingUp = next !== null && t >= next.dueMs - s.config.noticeLeadMs;
    if (s.cycle.phase !== 'waiting' || s.presence.mode !== 'present' || !comingUp || !next) return false;
    if (b.readAtMs === null || t - b.readAtMs > BUSY_CHECK_WAIT_MS) {
      askBusy(t);
      return true;
    }
    return decideBusy(t, next.kind);
  }

  function settle(): void {
    if (!s.started) return;
    // Each step consumes a deadline, so this ends; the bound only guards against a logic slip.
    for (let i = 0; i < 32 && stepOnce(); i += 1) {}
    const deadline = nextDeadlineMs(s, now(), wallNow(), hoursNow().edgeWallMs);
    s.armedForMs = deadline;
    if (deadline === null) ports.timer.cancel();
    else ports.timer.arm(Math.max(0, deadline - now()), onFire);
  }
}

/** How late the timer fired if a minute or more (a stall or an unseen sleep), else 0. */
export function timerLateMs(engine: Engine): number {
  const armed = engine.s.armedForMs;
  if (armed === null) return 0;
  const lateMs = engine.now() - armed;
  return lateMs >= LATE_TIMER_MS ? lateMs : 0;
}
