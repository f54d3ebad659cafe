/**
 * The article's five signals of a tense psoas and high breathing, in the order the check-in asks
 * them (CSV columns follow it), and the three answers to each. Defined once; the type, the IPC
 * validator, the statistics file reader and the check-in view derive from these lists.
 */
export const SIGNAL_IDS = [
  'deep-breath-hard',
  'belly-back-pressure',
  'tired-despite-rest',
  'breath-high',
  'short-of-breath',
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];

/** Check-in answer per signal: 0 = not, 1 = a little, 2 = clearly. */
export const SIGNAL_LEVELS = [0, 1, 2] as const;
export type SignalLevel = (typeof SIGNAL_LEVELS)[number];

export type CheckinAnswers = Readonly<Record<SignalId, SignalLevel>>;

export function isSignalLevel(value: unknown): value is SignalLevel {
  return (SIGNAL_LEVELS as readonly unknown[]).includes(value);
}

/** Every signal answered with a level, and nothing else (the statistics file and the store check it). */
export function isCheckinAnswers(value: unknown): value is CheckinAnswers {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === SIGNAL_IDS.length &&
    SIGNAL_IDS.every(
      (signal) => Object.hasOwn(value, signal) && isSignalLevel((value as Record<string, unknown>)[signal]),
    )
  );
}

/** A check-in with every signal at 0. */
export function noSignals(): CheckinAnswers {
  return Object.fromEntries(SIGNAL_IDS.map((signal) => [signal, 0])) as Record<SignalId, SignalLevel>;
}
