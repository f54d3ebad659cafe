import type { SignalLevel } from '../domain/signals.ts';
import { exercises } from './exercises.ts';
import type { Exercise, ExerciseId, Place, SignalId } from './types.ts';

export interface StretchRoutineOptions {
  /** Length of the stretch break in whole seconds. */
  readonly durationSeconds: number;
  /** Offer floor exercises (the `stretch.includeFloor` setting). */
  readonly includeFloor: boolean;
  /** A counter the caller increments every break, so consecutive breaks start differently. */
  readonly rotation: number;
}

/**
 * Items that settle the body rather than move it; a routine ends with one so the break closes
 * calmly. Walks are left out: they take the user away from the screen that guides the break.
 */
const CALM_CLOSERS: readonly ExerciseId[] = ['body-scan', 'belly-breathing', 'constructive-rest'];

// 'outside' never goes into a scheduled stretch break: the break window guides step by step at
// the screen. The walk is still offered by the check-in and the library.
function routinePlaces(includeFloor: boolean): readonly Place[] {
  return includeFloor ? ['desk', 'standing', 'floor'] : ['desk', 'standing'];
}

function wholeOrZero(value: number): number {
  return Number.isFinite(value) ? Math.floor(value) : 0;
}

function rotate<T>(items: readonly T[], by: number): readonly T[] {
  if (items.length === 0) return items;
  const start = ((by % items.length) + items.length) % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** The first of the shortest exercises, so ties keep library order. */
function shortestOf(list: readonly Exercise[]): Exercise | undefined {
  return list.reduce<Exercise | undefined>(
    (best, exercise) =>
      best === undefined || exercise.durationSeconds < best.durationSeconds ? exercise : best,
    undefined,
  );
}

/**
 * The ordered exercises of one stretch break. Greedy: walk the eligible exercises from a start
 * that moves with `rotation` and take each one that still fits, so nothing repeats and the total
 * never exceeds `durationSeconds`. Before filling, the shortest calm item that fits is reserved
 * for the end. When not even one exercise fits, the break holds just the shortest eligible one
 * (a slightly long break beats an empty one). Pure and deterministic.
 */
export function pickStretchRoutine(options: StretchRoutineOptions): readonly Exercise[] {
  const places = routinePlaces(options.includeFloor);
  const eligible = exercises.filter((exercise) => places.includes(exercise.place));
  const budgetSeconds = Math.max(0, wholeOrZero(options.durationSeconds));

  const closer = shortestOf(
    eligible.filter(
      (exercise) => CALM_CLOSERS.includes(exercise.id) && exercise.durationSeconds <= budgetSeconds,
    ),
  );

  let remainingSeconds = budgetSeconds - (closer?.durationSeconds ?? 0);
  // Rotate only over what can still fit, so every rotation step gives a different first item
  // (an item too long for this break would otherwise swallow rotation steps).
  const pool = rotate(
    eligible.filter((exercise) => exercise !== closer && exercise.durationSeconds <= remainingSeconds),
    wholeOrZero(options.rotation),
  );

  const picked: Exercise[] = [];
  for (const exercise of pool) {
    if (exercise.durationSeconds <= remainingSeconds) {
      picked.push(exercise);
      remainingSeconds -= exercise.durationSeconds;
    }
  }
  if (closer !== undefined) picked.push(closer);
  if (picked.length > 0) return picked;

  const shortest = shortestOf(eligible);
  return shortest === undefined ? [] : [shortest];
}

export type SignalAnswers =
  | ReadonlyMap<SignalId, SignalLevel>
  | Readonly<Partial<Record<SignalId, SignalLevel>>>;

// Breathing signals point first to the article's own exercise.
const BREATHING_SIGNALS: readonly SignalId[] = ['deep-breath-hard', 'breath-high', 'short-of-breath'];

// "Clearly" counts for more than twice "a little": one clear signal outweighs two faint ones.
const LEVEL_WEIGHTS: Readonly<Record<SignalLevel, number>> = { 0: 0, 1: 1, 2: 3 };

function isAnswerMap(answers: SignalAnswers): answers is ReadonlyMap<SignalId, SignalLevel> {
  return answers instanceof Map;
}

// Answers may come from stored JSON, so anything but 1 or 2 counts as "not".
function levelOf(answers: SignalAnswers, signal: SignalId): SignalLevel {
  const level: unknown = isAnswerMap(answers) ? answers.get(signal) : answers[signal];
  return level === 1 || level === 2 ? level : 0;
}

/**
 * Exercises that fit the signals the user marked, best fit first, at most `limit`. An exercise
 * scores the weighted levels of the signals it helps with; ties keep library order, so the same
 * answers always give the same list. Belly breathing leads whenever a breathing signal is marked.
 * No marked signals gives an empty list.
 */
export function suggestExercises(answers: SignalAnswers, limit = 3): readonly Exercise[] {
  const count = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
  const scored = exercises
    .map((exercise, index) => ({
      exercise,
      index,
      score: exercise.helpsWith.reduce((sum, signal) => sum + LEVEL_WEIGHTS[levelOf(answers, signal)], 0),
      pinned:
        exercise.id === 'belly-breathing' && BREATHING_SIGNALS.some((signal) => levelOf(answers, signal) > 0),
    }))
    .filter((entry) => entry.score > 0);
  scored.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.score - a.score || a.index - b.index);
  return scored.slice(0, count).map((entry) => entry.exercise);
}
