export type {
  BreakEndedEvent,
  BreakKind,
  BreakOutcome,
  BreakSource,
  BreakStartedEvent,
  NoticeEvent,
  PauseLength,
  SchedulerErrorCode,
  SchedulerEvent,
  SchedulerSnapshot,
  SchedulerState,
  StateChangedEvent,
} from '../../shared/scheduler-types.ts';
export {
  assertValidSchedulerConfig,
  SCHEDULER_TUNING,
  type SchedulerConfig,
  schedulerConfigFromSettings,
  type WorkingHoursConfig,
} from './config.ts';
export { isSchedulerError, SchedulerError } from './errors.ts';
export type {
  IdleSource,
  MonotonicClock,
  SchedulerEventSink,
  SchedulerPorts,
  Timer,
  WallClock,
} from './ports.ts';
export {
  type BeginBreakOptions,
  createScheduler,
  type Scheduler,
  type SchedulerDeps,
} from './scheduler.ts';
export {
  createSystemTimer,
  idleSourceOverTrust,
  systemMonotonicClock,
  systemWallClock,
} from './system-ports.ts';
export { createWallDriftWatch, type WallDriftWatch } from './wall-drift.ts';
