import { planBreakSession } from '../shared/break-plan.ts';
import { requirePattern, scheduledPattern } from '../shared/exercises/resolve-pattern.ts';
import type { Settings } from '../shared/settings/types.ts';
import { type SchedulerConfig, schedulerConfigFromSettings } from './scheduler/index.ts';

/**
 * The scheduler's configuration with the breathing break as long as its plan: pre-roll plus the
 * whole cycles planBreakSession decides, so the scheduler's end of a scheduled break (and how long
 * idle counts as a natural one) is the length the window actually breathes.
 */
export function plannedSchedulerConfig(settings: Settings): SchedulerConfig {
  const config = schedulerConfigFromSettings(settings);
  const plan = planBreakSession(settings, scheduledPattern(settings));
  return { ...config, breathing: { ...config.breathing, durationMs: plan.totalMs } };
}

/**
 * The scheduler's length for a breathing break started by hand: the plan's whole length for the
 * asked-for breathing time (or the configured one) and pattern. A pattern these settings do not
 * have (a deleted custom one named on the command line) throws, so the command is refused.
 */
export function plannedBreathingMs(
  settings: Settings,
  patternId: Settings['breathing']['patternId'],
  requestedMs?: number,
): number {
  const source = requestedMs === undefined ? settings : { requestedMs };
  return planBreakSession(source, requirePattern(settings, patternId)).totalMs;
}
