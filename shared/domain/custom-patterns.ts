import type { CustomPatternId } from './pattern-ids.ts';

/**
 * The user's own breathing patterns: the limits, once. The settings schema, the settings
 * validator (and so `settings:update`), the command line and the Preferences editor's input bounds
 * all derive from CUSTOM_PATTERN_LIMITS.
 */

/** The four phase lengths of a custom pattern, in cycle order. */
export const CUSTOM_PATTERN_PHASES = [
  'inhaleSeconds',
  'holdInSeconds',
  'exhaleSeconds',
  'holdOutSeconds',
] as const;
export type CustomPatternPhase = (typeof CUSTOM_PATTERN_PHASES)[number];

export const CUSTOM_PATTERN_LIMITS = {
  /** How many patterns one may keep. */
  maxCount: 12,
  /** A name's length after trimming, in UTF-16 units (what the input counts). */
  nameMaxLength: 40,
  /** Phase lengths go in whole or half seconds. */
  stepSeconds: 0.5,
  phases: {
    inhaleSeconds: { min: 2, max: 10 },
    holdInSeconds: { min: 0, max: 10 },
    exhaleSeconds: { min: 2, max: 15 },
    holdOutSeconds: { min: 0, max: 10 },
  },
} as const satisfies {
  readonly phases: Readonly<Record<CustomPatternPhase, { readonly min: number; readonly max: number }>>;
  readonly [key: string]: unknown;
};

/** One pattern as the settings keep it. The id is made from the name at creation and kept on rename. */
export interface CustomPattern {
  readonly id: CustomPatternId;
  readonly name: string;
  readonly inhaleSeconds: number;
  readonly holdInSeconds: number;
  readonly exhaleSeconds: number;
  readonly holdOutSeconds: number;
}

/** True for whole and half seconds only (0.5 steps). */
export function isPhaseStep(seconds: number): boolean {
  return Number.isInteger(seconds / CUSTOM_PATTERN_LIMITS.stepSeconds);
}

export function hasHolds(pattern: Pick<CustomPattern, 'holdInSeconds' | 'holdOutSeconds'>): boolean {
  return pattern.holdInSeconds > 0 || pattern.holdOutSeconds > 0;
}

/** Names compare without case or surrounding space ("Evening" and " evening " are the same name). */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}
