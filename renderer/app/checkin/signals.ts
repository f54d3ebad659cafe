import type { SignalId } from '../../../shared/exercises/types.ts';
import type { CheckinAnswers, SignalLevel } from '../../../shared/ipc-contract.ts';

/** The article's five signals, in the order the article lists them. */
export const SIGNALS: readonly SignalId[] = [
  'deep-breath-hard',
  'belly-back-pressure',
  'tired-despite-rest',
  'breath-high',
  'short-of-breath',
];

export const LEVELS: readonly SignalLevel[] = [0, 1, 2];

export function noSignals(): CheckinAnswers {
  return Object.fromEntries(SIGNALS.map((signal) => [signal, 0])) as Record<SignalId, SignalLevel>;
}
