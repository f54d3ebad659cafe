import { PAUSE_MINUTES } from './limits.ts';

/**
 * How long to pause the schedule, as every caller says it (panel, tray, command line): a number of
 * minutes, until tomorrow, or until resumed. The one shape main's commands and the scheduler take.
 */
export type PauseRequest =
  | { readonly minutes: number }
  | { readonly until: 'tomorrow' }
  | { readonly until: 'indefinitely' };

export function isPauseMinutes(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= PAUSE_MINUTES.min &&
    value <= PAUSE_MINUTES.max
  );
}
