import { useEffect, useState } from 'preact/hooks';
import { nextChangeInMs } from './time-left.ts';

/**
 * Milliseconds left until `dueAtWallMs`, re-rendered only when the visible text can change.
 * Computed from the wall-clock deadline, so the panel never has to ask main again.
 */
export function useCountdown(dueAtWallMs: number | null, now: () => number = Date.now): number | null {
  const [, setTick] = useState(0);
  const remainingMs = dueAtWallMs === null ? null : dueAtWallMs - now();
  useEffect(() => {
    if (remainingMs === null) return;
    const timer = setTimeout(() => setTick((tick) => tick + 1), nextChangeInMs(remainingMs));
    return () => clearTimeout(timer);
  });
  return remainingMs;
}
