import type { IpcResult, PauseAnswer } from '../../../shared/ipc-contract.ts';

/**
 * Main keeps a paused break only so long (the time left plus its pause allowance) and says how
 * long in its answer to `break:paused`. The window does not compute that deadline; it only reads
 * main's answer, checked as outside input, and ends the break calmly once it has passed.
 */

/** When, on the window's clock, main's allowance for a pause made at `pausedAtMs` runs out; null when main named none. */
export function allowanceEndMs(pausedAtMs: number, answer: IpcResult<PauseAnswer>): number | null {
  if (!answer.ok) return null;
  const endsInMs: unknown = (answer.value as Partial<PauseAnswer> | null)?.endsInMs;
  if (typeof endsInMs !== 'number' || !Number.isFinite(endsInMs) || endsInMs < 0) return null;
  return pausedAtMs + endsInMs;
}

export function allowanceSpent(endMs: number | null, nowMs: number): boolean {
  return endMs !== null && nowMs >= endMs;
}
