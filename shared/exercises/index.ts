export type { SignalLevel } from '../domain/signals.ts';
export { exercises, findExercise, isExerciseId, SECONDS_PER_REPETITION, stepSeconds } from './exercises.ts';
export { illustrationIds, isIllustrationId } from './illustrations.ts';
export {
  breatheGentlyCaution,
  breathingPatterns,
  DEFAULT_PATTERN_ID,
  findPattern,
  isBuiltInPatternId,
} from './patterns.ts';
export { patternChoices, resolvePattern, scheduledPattern } from './resolve-pattern.ts';
export type { SignalAnswers, StretchRoutineOptions } from './routine.ts';
export { pickStretchRoutine, suggestExercises } from './routine.ts';
export type {
  BreathingPattern,
  BreathPhase,
  BuiltInPatternId,
  Exercise,
  ExerciseId,
  ExerciseStep,
  IllustrationId,
  PatternRef,
  PhaseKind,
  Place,
  SignalId,
} from './types.ts';
