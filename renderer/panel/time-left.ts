import type { MessageKey, MessageParams } from '../../shared/i18n/index.ts';

export interface TimeLeftText {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

/**
 * "in 12 min", "in 1 h 5 min", "in 40 s". Minutes round up, so the panel never says
 * "in 0 min" or promises a break later than it comes.
 */
export function describeTimeLeft(remainingMs: number): TimeLeftText {
  if (remainingMs <= 0) return { key: 'panel.time-left.now' };
  if (remainingMs < MINUTE_MS) {
    return { key: 'panel.time-left.seconds', params: { seconds: Math.ceil(remainingMs / SECOND_MS) } };
  }
  const totalMinutes = Math.ceil(remainingMs / MINUTE_MS);
  if (totalMinutes < 60) return { key: 'panel.time-left.minutes', params: { minutes: totalMinutes } };
  return {
    key: 'panel.time-left.hours',
    params: { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 },
  };
}

/**
 * How long until the text of `describeTimeLeft` next changes: every second in the last two
 * minutes, otherwise at the next whole-minute step, so an idle panel wakes once a minute.
 */
export function nextChangeInMs(remainingMs: number): number {
  if (remainingMs <= 0) return MINUTE_MS;
  if (remainingMs <= 2 * MINUTE_MS) return remainingMs % SECOND_MS || SECOND_MS;
  return remainingMs % MINUTE_MS || MINUTE_MS;
}
