import type { SchedulerErrorCode } from '../../shared/scheduler-types.ts';

/**
 * Thrown by scheduler commands that are not allowed right now (postpone past the limit, skip in
 * strict mode, ...). A command that throws has changed nothing.
 */
export class SchedulerError extends Error {
  readonly code: SchedulerErrorCode;

  constructor(code: SchedulerErrorCode, message: string) {
    super(message);
    this.name = 'SchedulerError';
    this.code = code;
  }
}

export function isSchedulerError(value: unknown): value is SchedulerError {
  return value instanceof SchedulerError;
}
