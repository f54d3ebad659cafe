export type { SignalLevel } from '../domain/signals.ts';
export { exercises, findExercise, isExerciseId, SECONDS_PER_REPETITION, stepSeconds } from './exercises.ts';
export { illustrationIds, isIllustrationId } from './illustrations.ts';
export {
  breatheGentlyCaution,
  breathingPatterns,
  DEFAULT_PATTERN_ID,
  findPattern,
  isPatternId,
} from './patterns.ts';
export type { SignalAnswers, StretchRoutineOptions } from './routine.ts';
export { pickStretchRoutine, suggestExercises } from './routine.ts';
export type {
  BreathingPattern,
  BreathPhase,
  Exercise,
  ExerciseId,
  ExerciseStep,
  IllustrationId,
  PatternId,
  PhaseKind,
  Place,
  SignalId,
} from './types.ts';
