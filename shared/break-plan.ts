import { BREAK_LENGTH_LIMITS_MS } from './domain/limits.ts';
import type { BreathingPattern } from './exercises/types.ts';
import { roundSessionToCycles } from './pacer.ts';
import type { Settings } from './settings/types.ts';

/**
 * How long one breathing break lasts, decided once. Every entry point (a scheduled break from the
 * settings, Breathe now from tray, shortcut, CLI or panel, the manual setup's choice) goes
 * through planBreakSession, and main hands the plan to the break window, which shows and paces
 * exactly it: the plan carries the pattern main resolved (built-in or the user's own), so the
 * window never looks a pattern up itself. The rule: the asked-for breathing time rounded to the nearest whole cycle (a half
 * cycle rounds up), at least one cycle, never more than the pattern's own cap (4-7-8: four rounds).
 */

/** The calm count-in before the first inhale. It belongs to the break (main's end includes it), not to the breathing. */
export const PREROLL_MS = 3000;

export interface BreathingPlan {
  /** The pattern to pace, as main resolved it from the settings (resolvePattern). */
  readonly pattern: BreathingPattern;
  /** Whole cycles to breathe. */
  readonly cycles: number;
  readonly cycleMs: number;
  /** Guided breathing: cycles × cycleMs. The most a break of this plan can count as breathed. */
  readonly breathingMs: number;
  readonly prerollMs: number;
  /** The whole break: pre-roll plus breathing. Main's end of the break is counted from this. */
  readonly totalMs: number;
}

/** Where the asked-for length comes from: the configured one, or one chosen for this break. */
export type BreathingLengthSource = Pick<Settings, 'breathing'> | { readonly requestedMs: number };

function requestedMsOf(source: BreathingLengthSource): number {
  return 'requestedMs' in source ? source.requestedMs : source.breathing.durationSeconds * 1000;
}

/**
 * The plan for one breathing break. Besides the pattern's cap, the whole break stays within
 * BREAK_LENGTH_LIMITS_MS, so main can always run the plan it made: the cycles that fit are kept.
 */
export function planBreakSession(source: BreathingLengthSource, pattern: BreathingPattern): BreathingPlan {
  const rounded = roundSessionToCycles(pattern, requestedMsOf(source));
  const cycleMs = rounded.ms / rounded.cycles;
  const fitting = Math.max(1, Math.floor((BREAK_LENGTH_LIMITS_MS.max - PREROLL_MS) / cycleMs));
  const cycles = Math.min(rounded.cycles, fitting);
  return {
    pattern,
    cycles,
    cycleMs,
    breathingMs: cycles * cycleMs,
    prerollMs: PREROLL_MS,
    totalMs: PREROLL_MS + cycles * cycleMs,
  };
}

/** The breathing time a break of `totalMs` (pre-roll included) asked for: how main re-plans a break it is told about. */
export function requestedBreathingMs(totalMs: number): number {
  return Math.max(0, totalMs - PREROLL_MS);
}

/** Whole seconds of guided breathing a report may count: never more than the plan breathes. */
export function breathedSecondsWithin(plan: BreathingPlan, reportedSeconds: number): number {
  if (!Number.isFinite(reportedSeconds) || reportedSeconds <= 0) return 0;
  return Math.min(Math.floor(reportedSeconds), Math.floor(plan.breathingMs / 1000));
}
