import type { BuiltInPatternId, PatternRef } from '../domain/pattern-ids.ts';
import type { SignalId } from '../domain/signals.ts';
import type { Localized } from '../i18n/locale.ts';

export type PhaseKind = 'inhale' | 'hold-in' | 'exhale' | 'hold-out';

/**
 * One phase of a breathing cycle. A cycle is an ordered list of phases, so a pattern can have
 * two inhales in a row (the cyclic sigh's top-up). `level` is the size of the breathing shape
 * (0 = empty, 1 = full) reached at the end of the phase; when omitted, an inhale ends at 1,
 * an exhale at 0 and a hold keeps the level it started with.
 */
export interface BreathPhase {
  readonly kind: PhaseKind;
  /** Whole milliseconds, >= 0. Zero-length phases are skipped by the pacer. */
  readonly ms: number;
  readonly level?: number;
  /** Optional cue that replaces the generic phase word, e.g. "Top up" for the second inhale. */
  readonly cue?: Localized;
}

export type { BuiltInPatternId, PatternRef } from '../domain/pattern-ids.ts';

/** A pattern ready to pace: a built-in one, or a custom one made from the settings (custom-pattern.ts). */
export interface BreathingPattern {
  readonly id: PatternRef;
  readonly name: Localized;
  /** One line: what it is and the timing in words. */
  readonly summary: Localized;
  readonly phases: readonly BreathPhase[];
  /** Default length of one session in whole seconds. */
  readonly defaultSessionSeconds: number;
  /** Upper bound on cycles per session, where the practice has one (4-7-8). */
  readonly maxCycles?: number;
  readonly cautions: readonly Localized[];
}

export type Place = 'desk' | 'standing' | 'floor' | 'outside';

export type { SignalId } from '../domain/signals.ts';

export type IllustrationId =
  | 'belly-breathing-supine'
  | 'constructive-rest'
  | 'standing-hip-circles'
  | 'seated-pelvic-tilt'
  | 'childs-pose'
  | 'half-kneeling-hip-flexor'
  | 'chair-hip-flexor'
  | 'seated-figure-four'
  | 'mindful-walk'
  | 'body-scan';

export interface ExerciseStep {
  readonly text: Localized;
  /** Timed step: whole seconds the step lasts. */
  readonly seconds?: number;
  /** Counted step: how many times (per side or direction where the text says so). */
  readonly repetitions?: number;
}

export type ExerciseId =
  | 'belly-breathing'
  | 'constructive-rest'
  | 'standing-hip-circles'
  | 'seated-hip-circles'
  | 'childs-pose'
  | 'hip-flexor-release'
  | 'hip-flexor-release-desk'
  | 'seated-figure-four'
  | 'mindful-walk'
  | 'body-scan';

export interface Exercise {
  readonly id: ExerciseId;
  readonly title: Localized;
  readonly summary: Localized;
  readonly place: Place;
  readonly steps: readonly ExerciseStep[];
  /** Whole seconds for the whole exercise (all steps and sides). */
  readonly durationSeconds: number;
  readonly cautions: readonly Localized[];
  readonly illustration: IllustrationId;
  /** Signals from the check-in that this exercise fits. */
  readonly helpsWith: readonly SignalId[];
  /** Breathing exercises name the pacer pattern that goes with them. */
  readonly patternId?: BuiltInPatternId;
}
