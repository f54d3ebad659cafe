import { describe, expect, it } from 'vitest';
import {
  exercises,
  findExercise,
  isExerciseId,
  SECONDS_PER_REPETITION,
  stepSeconds,
} from '../../../shared/exercises/exercises.ts';
import { isBuiltInPatternId } from '../../../shared/exercises/patterns.ts';
import type { ExerciseId, ExerciseStep, Place, SignalId } from '../../../shared/exercises/types.ts';
import type { Localized } from '../../../shared/i18n/locale.ts';

const EXPECTED_PLACES: Readonly<Record<ExerciseId, Place>> = {
  'belly-breathing': 'floor',
  'constructive-rest': 'floor',
  'standing-hip-circles': 'standing',
  'seated-hip-circles': 'desk',
  'childs-pose': 'floor',
  'hip-flexor-release': 'floor',
  'hip-flexor-release-desk': 'standing',
  'seated-figure-four': 'desk',
  'mindful-walk': 'outside',
  'body-scan': 'desk',
};

const SIGNALS: readonly SignalId[] = [
  'deep-breath-hard',
  'belly-back-pressure',
  'tired-despite-rest',
  'breath-high',
  'short-of-breath',
];

// Exercises that move or stretch a joint; each must say "mild, never pain, no bouncing".
const MOVEMENT_IDS: readonly ExerciseId[] = [
  'standing-hip-circles',
  'seated-hip-circles',
  'childs-pose',
  'hip-flexor-release',
  'hip-flexor-release-desk',
  'seated-figure-four',
];

// The documented rule, restated here rather than imported: 6 s per counted repetition.
const REPETITION_SECONDS = 6;

function expectedStepSeconds(step: ExerciseStep): number {
  return step.seconds ?? (step.repetitions ?? 0) * REPETITION_SECONDS;
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'nl';
}

function collectLocalized(value: unknown, path: string, found: [string, Localized][]): void {
  if (isLocalized(value)) {
    found.push([path, value]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) collectLocalized(child, `${path}.${key}`, found);
}

const byId = exercises.map((exercise) => [exercise.id, exercise] as const);

describe('exercises schema', () => {
  it('holds all ten exercise ids, each once', () => {
    const ids = exercises.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(EXPECTED_PLACES).sort());
  });

  it.each(byId)('%s is done in the expected place', (id, exercise) => {
    expect(exercise.place).toBe(EXPECTED_PLACES[id]);
  });

  it.each(byId)(
    '%s has steps that are each either timed or counted, in whole positive numbers',
    (_id, exercise) => {
      expect(exercise.steps.length).toBeGreaterThan(0);
      for (const step of exercise.steps) {
        const amounts = [step.seconds, step.repetitions].filter((n) => n !== undefined);
        expect(amounts).toHaveLength(1);
        expect(Number.isInteger(amounts[0])).toBe(true);
        expect(amounts[0]).toBeGreaterThan(0);
      }
    },
  );

  it.each(byId)('%s lasts exactly the sum of its steps (6 s per repetition)', (_id, exercise) => {
    expect(Number.isInteger(exercise.durationSeconds)).toBe(true);
    expect(exercise.durationSeconds).toBeGreaterThan(0);
    const total = exercise.steps.reduce((sum, step) => sum + expectedStepSeconds(step), 0);
    expect(exercise.durationSeconds).toBe(total);
  });

  it('exposes the same per-step estimate the duration rule uses', () => {
    expect(SECONDS_PER_REPETITION).toBe(REPETITION_SECONDS);
    expect(stepSeconds({ text: { en: 'a', nl: 'b' }, seconds: 20 })).toBe(20);
    expect(stepSeconds({ text: { en: 'a', nl: 'b' }, repetitions: 5 })).toBe(30);
  });

  it('keeps desk and standing exercises between 30 and 120 s so a 5-minute break holds several', () => {
    const atDesk = exercises.filter((e) => e.place === 'desk' || e.place === 'standing');
    expect(atDesk.length).toBeGreaterThanOrEqual(4);
    for (const exercise of atDesk) {
      expect(exercise.durationSeconds).toBeGreaterThanOrEqual(30);
      expect(exercise.durationSeconds).toBeLessThanOrEqual(120);
    }
  });

  it('uses the research doses for the longer practices', () => {
    // Research section 3: belly breathing 5-10 min, constructive rest 5-20 min, walk 3-10 min.
    expect(findExercise('belly-breathing').durationSeconds).toBeGreaterThanOrEqual(300);
    expect(findExercise('constructive-rest').durationSeconds).toBeGreaterThanOrEqual(300);
    expect(findExercise('mindful-walk').durationSeconds).toBeGreaterThanOrEqual(180);
    // Child's pose: 30 s to a few minutes.
    expect(findExercise('childs-pose').durationSeconds).toBeGreaterThanOrEqual(30);
  });

  it('holds hip-flexor stretches 15-30 s per side, at least twice per side', () => {
    for (const id of ['hip-flexor-release', 'hip-flexor-release-desk'] as const) {
      const holds = findExercise(id).steps.filter((step) => (step.seconds ?? 0) >= 15);
      expect(holds.length).toBeGreaterThanOrEqual(4);
      for (const hold of holds) expect(hold.seconds).toBeLessThanOrEqual(30);
    }
  });

  it('puts the constructive-rest heels 30-40 cm from the buttocks and forbids forcing', () => {
    const exercise = findExercise('constructive-rest');
    expect(exercise.steps.some((step) => step.text.en.includes('30-40 cm'))).toBe(true);
    expect(exercise.cautions.some((c) => /force nothing/.test(c.en) && /forceer niets/.test(c.nl))).toBe(
      true,
    );
  });

  it.each(byId)('%s has at least one caution', (_id, exercise) => {
    expect(exercise.cautions.length).toBeGreaterThan(0);
  });

  it.each(MOVEMENT_IDS.map((id) => [id] as const))('%s says: never pain, don’t bounce', (id) => {
    const cautions = findExercise(id).cautions;
    expect(cautions.some((c) => /pain/.test(c.en) && /bounc/.test(c.en))).toBe(true);
    expect(cautions.some((c) => /pijn/.test(c.nl) && /vee?r/.test(c.nl))).toBe(true);
  });

  it.each(byId)('%s names signals it fits, each known and listed once', (_id, exercise) => {
    expect(exercise.helpsWith.length).toBeGreaterThan(0);
    expect(new Set(exercise.helpsWith).size).toBe(exercise.helpsWith.length);
    for (const signal of exercise.helpsWith) expect(SIGNALS).toContain(signal);
  });

  it('offers at least one exercise for every signal', () => {
    for (const signal of SIGNALS) {
      expect(exercises.some((exercise) => exercise.helpsWith.includes(signal))).toBe(true);
    }
  });

  it('links belly breathing to the belly pacer pattern and any other pattern link to a real pattern', () => {
    expect(findExercise('belly-breathing').patternId).toBe('belly');
    for (const exercise of exercises) {
      if (exercise.patternId !== undefined) expect(isBuiltInPatternId(exercise.patternId)).toBe(true);
    }
  });

  it('keeps every step short enough to take in at a glance', () => {
    for (const exercise of exercises) {
      for (const step of exercise.steps) {
        expect(step.text.en.length).toBeLessThanOrEqual(140);
        expect(step.text.nl.length).toBeLessThanOrEqual(140);
      }
    }
  });
});

describe('exercises copy', () => {
  const copy: [string, Localized][] = [];
  collectLocalized(exercises, 'exercises', copy);

  it('finds the copy to check (title, summary, steps and cautions)', () => {
    const minimum = exercises.reduce((n, e) => n + 2 + e.steps.length + e.cautions.length, 0);
    expect(copy.length).toBe(minimum);
  });

  it.each(copy)('%s is translated, trimmed, non-empty and calm', (_path, text) => {
    for (const value of [text.en, text.nl]) {
      expect(value.length).toBeGreaterThan(0);
      expect(value.trim()).toBe(value);
      expect(value).not.toContain('!');
      expect(value).not.toMatch(/\b(cure|cures|heal|heals|geneest|genezen)\b/i);
    }
    expect(text.nl).not.toBe(text.en);
  });
});

describe('exercise lookups', () => {
  it('accepts every exercise id', () => {
    for (const id of Object.keys(EXPECTED_PLACES)) expect(isExerciseId(id)).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of ['', 'Body-scan', 'walk', 'constructor', '__proto__', 7, null, undefined, {}]) {
      expect(isExerciseId(value)).toBe(false);
    }
  });

  it('finds each exercise by its id', () => {
    for (const exercise of exercises) expect(findExercise(exercise.id)).toBe(exercise);
  });

  it('throws for an id outside the data', () => {
    expect(() => findExercise('nope' as ExerciseId)).toThrow(/nope/);
  });
});
