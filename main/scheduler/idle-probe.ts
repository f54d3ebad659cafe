import type { BreakKind } from '../../shared/scheduler-types.ts';
import type { SchedulerConfig } from './config.ts';
import { kindsCoveredBy } from './next-due.ts';

/**
 * Idle sampling by prediction. A sample of `idle` seconds at `now` says the last input was at
 * `now - idle`. If no input follows, idle reaches threshold T exactly at `lastInput + T`, so that
 * is when the next sample is taken (never sooner than `idleSampleMinGapMs` after this one). An idle
 * stretch of length >= T is therefore seen when the prediction lands, and certainly once it lasts
 * T + idleSampleMinGapMs; there is no polling in between.
 */

/** One unbroken stretch without input, on the monotonic clock. */
export interface IdlePeriod {
  readonly startMs: number;
  /** Kinds already counted as natural breaks during this period. */
  readonly counted: readonly BreakKind[];
}

// Idle time has whole-second resolution, so the same period can look up to a second earlier or later.
const SAME_PERIOD_TOLERANCE_MS = 1500;

export function idleMsFrom(idleSeconds: number): number {
  return Number.isFinite(idleSeconds) && idleSeconds > 0 ? idleSeconds * 1000 : 0;
}

/** Continues `period` when the sample belongs to it, else starts a new one. */
export function observeIdle(period: IdlePeriod | null, nowMs: number, idleMs: number): IdlePeriod {
  const startMs = nowMs - idleMs;
  if (period && Math.abs(period.startMs - startMs) <= SAME_PERIOD_TOLERANCE_MS) return period;
  return { startMs, counted: [] };
}

export function isCounted(period: IdlePeriod, kind: BreakKind): boolean {
  return period.counted.some((counted) => kindsCoveredBy(counted).includes(kind));
}

/** Idle lengths at which something happens: a natural break per kind, and the long-idle stop. */
function thresholds(config: SchedulerConfig, period: IdlePeriod | null): number[] {
  const result: number[] = [];
  if (config.naturalBreaks) {
    for (const kind of ['breathing', 'stretch'] as const) {
      const { enabled, durationMs } = config[kind];
      if (enabled && durationMs > 0 && !(period && isCounted(period, kind))) result.push(durationMs);
    }
  }
  if (config.longIdleMs > 0) result.push(config.longIdleMs);
  return result;
}

/**
 * When to sample idle next, or null when idle cannot matter (natural breaks and long idle both
 * off). `period` is the current one (null before the first sample).
 */
export function nextIdleSampleMs(
  config: SchedulerConfig,
  nowMs: number,
  period: IdlePeriod | null,
): number | null {
  const all = thresholds(config, null);
  if (all.length === 0) return null;
  const floorMs = nowMs + config.idleSampleMinGapMs;
  if (period) {
    const idleMs = nowMs - period.startMs;
    const ahead = thresholds(config, period).filter((threshold) => threshold > idleMs);
    if (ahead.length > 0) return Math.max(period.startMs + Math.min(...ahead), floorMs);
  }
  // Nothing left in this period: a new period starts with the next input, at the earliest now.
  return Math.max(nowMs + Math.min(...all), floorMs);
}
