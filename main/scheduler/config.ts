import type { PatternRef } from '../../shared/exercises/types.ts';
import type { Settings, Weekday } from '../../shared/settings/types.ts';
import { SchedulerError } from './errors.ts';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

export interface WorkingHoursConfig {
  readonly days: readonly Weekday[];
  /** Minutes after local midnight. An end at or before the start means the window runs past midnight. */
  readonly startMinutes: number;
  readonly endMinutes: number;
}

export interface SchedulerConfig {
  readonly breathing: {
    readonly enabled: boolean;
    readonly intervalMs: number;
    readonly durationMs: number;
    readonly patternId: PatternRef;
  };
  readonly stretch: {
    readonly enabled: boolean;
    readonly intervalMs: number;
    readonly durationMs: number;
  };
  /** How long before a break the notice appears; 0 = no notice. */
  readonly noticeLeadMs: number;
  readonly postponeMs: number;
  readonly postponeLimit: number;
  /** No skip and no postpone. */
  readonly strict: boolean;
  /** Null: breaks at any hour of any day. */
  readonly workingHours: WorkingHoursConfig | null;
  /** Idle at least as long as a break counts as that break (natural). */
  readonly naturalBreaks: boolean;
  /** Idle this long stops the clock until input returns; 0 = off. */
  readonly longIdleMs: number;
  /** A screen lock shorter than this changes nothing. */
  readonly minLockMs: number;
  /** A due break waits at most this long for a pause in typing; 0 = never waits. */
  readonly typingGraceMs: number;
  /** Input quiet this long counts as a pause in typing. */
  readonly inputPauseMs: number;
  /** A stretch break due at most this long after a breathing break replaces it. */
  readonly absorbWindowMs: number;
  /** A scheduled break never starts sooner than this after the previous break ended. */
  readonly minGapMs: number;
  /** After a wake-up or a long unlock, an overdue break waits this long instead of firing at once. */
  readonly calmAfterWakeMs: number;
  /** If the break window never reports Done, the scheduler ends the break itself this long after its end. */
  readonly breakOverrunMs: number;
  /** While the user is present, idle is read no more often than this (a quiet hour: 60 / this many wake-ups). */
  readonly idleSampleMinGapMs: number;
  /** While the user is away, how often to look for returning input. */
  readonly idleReturnSampleMs: number;
  /** Longest timer delay toward a wall-clock target, so a wall-clock jump is noticed in time. */
  readonly wallRecheckMs: number;
  /** "Until tomorrow" without working hours: this many minutes after local midnight. */
  readonly morningMinutes: number;
}

/** Internal knobs that have no user setting. */
export const SCHEDULER_TUNING = {
  absorbWindowMs: 5 * MINUTE_MS,
  minGapMs: 3 * MINUTE_MS,
  calmAfterWakeMs: 5 * MINUTE_MS,
  breakOverrunMs: 2 * MINUTE_MS,
  inputPauseMs: 3 * SECOND_MS,
  idleSampleMinGapMs: 10 * MINUTE_MS,
  idleReturnSampleMs: 60 * SECOND_MS,
  wallRecheckMs: 15 * MINUTE_MS,
  morningMinutes: 8 * 60,
} as const;

export function schedulerConfigFromSettings(settings: Settings): SchedulerConfig {
  const hours = settings.workingHours;
  return {
    breathing: {
      enabled: settings.breathing.enabled,
      intervalMs: settings.breathing.intervalMinutes * MINUTE_MS,
      durationMs: settings.breathing.durationSeconds * SECOND_MS,
      patternId: settings.breathing.patternId,
    },
    stretch: {
      enabled: settings.stretch.enabled,
      intervalMs: settings.stretch.intervalMinutes * MINUTE_MS,
      durationMs: settings.stretch.durationMinutes * MINUTE_MS,
    },
    noticeLeadMs: settings.notice.enabled ? settings.notice.leadSeconds * SECOND_MS : 0,
    postponeMs: settings.postpone.minutes * MINUTE_MS,
    postponeLimit: settings.postpone.limit,
    strict: settings.strictMode,
    workingHours: hours.enabled
      ? { days: [...hours.days], startMinutes: hours.startMinutes, endMinutes: hours.endMinutes }
      : null,
    naturalBreaks: settings.idle.naturalBreaks,
    longIdleMs: settings.idle.longIdleMinutes * MINUTE_MS,
    minLockMs: settings.idle.minLockMinutes * MINUTE_MS,
    typingGraceMs: settings.idle.typingGraceSeconds * SECOND_MS,
    ...SCHEDULER_TUNING,
  };
}

function isNonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/** Throws `SchedulerError('invalid-config')` for values that would break the timing logic. */
export function assertValidSchedulerConfig(config: SchedulerConfig): void {
  const problems: string[] = [];
  if (!(Number.isFinite(config.breathing.intervalMs) && config.breathing.intervalMs > 0))
    problems.push('breathing.intervalMs');
  if (!(Number.isFinite(config.stretch.intervalMs) && config.stretch.intervalMs > 0))
    problems.push('stretch.intervalMs');
  const nonNegative: Record<string, number> = {
    'breathing.durationMs': config.breathing.durationMs,
    'stretch.durationMs': config.stretch.durationMs,
    noticeLeadMs: config.noticeLeadMs,
    postponeMs: config.postponeMs,
    postponeLimit: config.postponeLimit,
    longIdleMs: config.longIdleMs,
    minLockMs: config.minLockMs,
    typingGraceMs: config.typingGraceMs,
    inputPauseMs: config.inputPauseMs,
    absorbWindowMs: config.absorbWindowMs,
    minGapMs: config.minGapMs,
    calmAfterWakeMs: config.calmAfterWakeMs,
    breakOverrunMs: config.breakOverrunMs,
  };
  for (const [name, value] of Object.entries(nonNegative)) if (!isNonNegative(value)) problems.push(name);
  const positive: Record<string, number> = {
    idleSampleMinGapMs: config.idleSampleMinGapMs,
    idleReturnSampleMs: config.idleReturnSampleMs,
    wallRecheckMs: config.wallRecheckMs,
  };
  for (const [name, value] of Object.entries(positive))
    if (!(Number.isFinite(value) && value > 0)) problems.push(name);
  const hours = config.workingHours;
  if (hours) {
    const inDay = (minutes: number) => Number.isInteger(minutes) && minutes >= 0 && minutes <= 24 * 60;
    if (!inDay(hours.startMinutes) || !inDay(hours.endMinutes)) problems.push('workingHours');
  }
  if (
    !(Number.isInteger(config.morningMinutes) && config.morningMinutes >= 0 && config.morningMinutes < 1440)
  )
    problems.push('morningMinutes');
  if (problems.length > 0)
    throw new SchedulerError('invalid-config', `Invalid scheduler config: ${problems.join(', ')}`);
}
