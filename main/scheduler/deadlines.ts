import { nextDueBreak } from './next-due.ts';
import { isBlocked, isHeldOutside, type SchedulerStateData } from './scheduler-state.ts';

/** How long a break coming up waits for the busy reading main was asked for (probes answer in ≤ 2 s). */
export const BUSY_CHECK_WAIT_MS = 3000;

/**
 * The monotonic time the one timer should fire next, or null when nothing can happen until a
 * command or power event arrives (asleep, paused indefinitely with nothing else pending).
 * Deadlines toward a wall-clock target are capped at `wallRecheckMs`, so a jump is noticed.
 */
export function nextDeadlineMs(
  s: SchedulerStateData,
  nowMs: number,
  wallNowMs: number,
  /** The next working-hours edge (end of the current window or start of the next), if any. */
  hoursEdgeWallMs: number | null,
): number | null {
  if (s.suspendedAt !== null) return null;
  const wallDeadline = (targetWallMs: number) =>
    nowMs + Math.min(Math.max(0, targetWallMs - wallNowMs), s.config.wallRecheckMs);
  const deadlines: number[] = [];
  const pause = s.pause;
  if (pause?.until === 'monotonic') deadlines.push(pause.ms);
  if (pause?.until === 'wall') deadlines.push(wallDeadline(pause.wallMs));
  if (hoursEdgeWallMs !== null) deadlines.push(wallDeadline(hoursEdgeWallMs));
  const cycle = s.cycle;
  if (cycle.phase === 'break') deadlines.push(cycle.startedMs + cycle.durationMs + s.config.breakOverrunMs);
  else if (!isHeldOutside(s)) {
    // The presence sampler: always set while away, so an absence is never left without a look.
    if (s.presence.sampleAtMs !== null) deadlines.push(s.presence.sampleAtMs);
    // The busy gate: the wait for a reading asked for, or the held break's next look.
    const busy = s.busy;
    if (busy.askedAtMs !== null) deadlines.push(busy.askedAtMs + BUSY_CHECK_WAIT_MS);
    else if (busy.hold?.recheckAtMs != null) deadlines.push(busy.hold.recheckAtMs);
    if (!isBlocked(s)) {
      if (cycle.phase === 'notice') deadlines.push(cycle.dueMs);
      else if (cycle.phase === 'typing') deadlines.push(cycle.checkAtMs);
      else {
        const next = nextDueBreak(s.config, s);
        if (next) deadlines.push(Math.max(nowMs, next.dueMs - s.config.noticeLeadMs));
      }
    }
  }
  return deadlines.length > 0 ? Math.min(...deadlines) : null;
}
