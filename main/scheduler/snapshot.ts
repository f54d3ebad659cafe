import type { SchedulerSnapshot, SchedulerState } from '../../shared/scheduler-types.ts';
import { nextDueBreak } from './next-due.ts';
import { isAwayHolding, isBlocked, isBusyHolding, type SchedulerStateData } from './scheduler-state.ts';

function stateOf(s: SchedulerStateData): SchedulerState {
  if (s.suspendedAt !== null) return 'suspended';
  if (s.lockedAtMs !== null) return 'locked';
  if (s.cycle.phase === 'break') return 'in-break';
  if (s.pause !== null) return 'paused';
  if (s.outsideHours) return 'outside-hours';
  if (isAwayHolding(s)) return 'idle';
  if (s.busy.hold !== null) return 'busy';
  if (s.cycle.phase === 'notice' || s.cycle.phase === 'typing') return 'notice';
  return 'running';
}

/** The upcoming break on the monotonic clock, as the snapshot shows it. */
export function upcomingBreak(
  s: SchedulerStateData,
): { kind: 'breathing' | 'stretch'; dueMs: number } | null {
  if (s.cycle.phase === 'notice') return { kind: s.cycle.kind, dueMs: s.cycle.dueMs };
  if (s.cycle.phase === 'typing') return { kind: s.cycle.kind, dueMs: s.cycle.graceEndMs };
  // While locked the schedule keeps running underneath, but what comes next is decided at unlock.
  // A break held while busy is still the one that comes next (skip applies to it).
  if (s.cycle.phase === 'break' || (isBlocked(s) && !onlyBusyHolding(s))) return null;
  return nextDueBreak(s.config, s);
}

function onlyBusyHolding(s: SchedulerStateData): boolean {
  return isBusyHolding(s) && !isBlocked({ ...s, busy: { ...s.busy, hold: null, askedAtMs: null } });
}

export function buildSnapshot(s: SchedulerStateData, nowMs: number, wallNowMs: number): SchedulerSnapshot {
  const toWall = (ms: number) => wallNowMs + (ms - nowMs);
  const strict = s.config.strict;
  const upcoming = s.started ? upcomingBreak(s) : null;
  const pause = s.pause;
  const cycle = s.cycle;
  const noticeActive = (cycle.phase === 'notice' || cycle.phase === 'typing') && !isBlocked(s);
  const noticeEndsMs =
    cycle.phase === 'notice' ? cycle.dueMs : cycle.phase === 'typing' ? cycle.graceEndMs : 0;
  return {
    state: s.started ? stateOf(s) : 'paused',
    next: upcoming
      ? {
          kind: upcoming.kind,
          dueInMs: Math.max(0, upcoming.dueMs - nowMs),
          dueAtWallMs: toWall(upcoming.dueMs),
        }
      : null,
    paused: pause !== null,
    pausedUntilWallMs:
      pause === null || pause.until === 'resume'
        ? null
        : pause.until === 'wall'
          ? pause.wallMs
          : toWall(pause.ms),
    postponesUsed: s.postponesUsed,
    postponeLimit: s.config.postponeLimit,
    strict,
    current:
      cycle.phase === 'break'
        ? {
            kind: cycle.kind,
            ...(cycle.patternId !== undefined ? { patternId: cycle.patternId } : {}),
            startedAtWallMs: cycle.startedWallMs,
            durationMs: cycle.durationMs,
            source: cycle.source,
          }
        : null,
    notice:
      noticeActive && (cycle.phase === 'notice' || cycle.phase === 'typing')
        ? {
            kind: cycle.kind,
            secondsLeft: Math.max(0, Math.ceil((noticeEndsMs - nowMs) / 1000)),
            endsAtWallMs: toWall(noticeEndsMs),
            waitingForInputPause: cycle.phase === 'typing',
            canPostpone: !strict && s.postponesUsed < s.config.postponeLimit,
            canSkip: !strict,
          }
        : null,
    busy: s.busy.watched ? s.busy.reasons : [],
  };
}

/**
 * What a state-changed event is about: everything but the countdowns, which change every
 * millisecond and are derived from the deadlines listed here.
 */
export function snapshotKey(s: SchedulerStateData): string {
  const upcoming = s.started ? upcomingBreak(s) : null;
  return JSON.stringify([
    s.started,
    stateOfSafe(s),
    upcoming,
    s.pause,
    s.postponesUsed,
    s.config.postponeLimit,
    s.config.strict,
    s.cycle,
    isAwayHolding(s),
    s.busy.watched ? s.busy.reasons : [],
    s.busy.hold?.kind ?? null,
  ]);
}

function stateOfSafe(s: SchedulerStateData): SchedulerState {
  return s.started ? stateOf(s) : 'paused';
}
