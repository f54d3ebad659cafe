import type { Exercise } from '../../shared/exercises/types.ts';

/** Where a stretch break stands: which exercise, which of its steps. */
export interface StretchPosition {
  readonly exerciseIndex: number;
  readonly stepIndex: number;
}

export type StretchMove = StretchPosition | 'done';

export const firstPosition: StretchPosition = { exerciseIndex: 0, stepIndex: 0 };

/** The next step, crossing into the next exercise after the last step; 'done' after the very last. */
export function nextStep(exercises: readonly Exercise[], at: StretchPosition): StretchMove {
  const exercise = exercises[at.exerciseIndex];
  if (exercise && at.stepIndex + 1 < exercise.steps.length) return { ...at, stepIndex: at.stepIndex + 1 };
  return nextExercise(exercises, at);
}

/** The first step of the following exercise (also what "skip" does); 'done' after the last one. */
export function nextExercise(exercises: readonly Exercise[], at: StretchPosition): StretchMove {
  const index = at.exerciseIndex + 1;
  return index < exercises.length ? { exerciseIndex: index, stepIndex: 0 } : 'done';
}

/** The first step of the previous exercise, or the start of this one when it is the first. */
export function previousExercise(at: StretchPosition): StretchPosition {
  return { exerciseIndex: Math.max(0, at.exerciseIndex - 1), stepIndex: 0 };
}

export function isLastStepOfBreak(exercises: readonly Exercise[], at: StretchPosition): boolean {
  return nextStep(exercises, at) === 'done';
}

export function isLastStepOfExercise(exercises: readonly Exercise[], at: StretchPosition): boolean {
  const exercise = exercises[at.exerciseIndex];
  return exercise === undefined || at.stepIndex + 1 >= exercise.steps.length;
}
