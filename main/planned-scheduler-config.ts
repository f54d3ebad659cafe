import { planBreakSession } from '../shared/break-plan.ts';
import { findPattern } from '../shared/exercises/patterns.ts';
import type { Settings } from '../shared/settings/types.ts';
import { type SchedulerConfig, schedulerConfigFromSettings } from './scheduler/index.ts';

/**
 * The scheduler's configuration with the breathing break as long as its plan: pre-roll plus the
 * whole cycles planBreakSession decides, so the scheduler's end of a scheduled break (and how long
 * idle counts as a natural one) is the length the window actually breathes.
 */
export function plannedSchedulerConfig(settings: Settings): SchedulerConfig {
  const config = schedulerConfigFromSettings(settings);
  const plan = planBreakSession(settings, findPattern(settings.breathing.patternId));
  return { ...config, breathing: { ...config.breathing, durationMs: plan.totalMs } };
}

/**
 * The scheduler's length for a breathing break started by hand: the plan's whole length for the
 * asked-for breathing time (or the configured one) and pattern.
 */
export function plannedBreathingMs(
  settings: Settings,
  patternId: Settings['breathing']['patternId'],
  requestedMs?: number,
): number {
  const source = requestedMs === undefined ? settings : { requestedMs };
  return planBreakSession(source, findPattern(patternId)).totalMs;
}
