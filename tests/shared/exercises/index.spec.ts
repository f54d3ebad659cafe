import { describe, expect, it } from 'vitest';
import { exercises } from '../../../shared/exercises/exercises.ts';
import { illustrationIds } from '../../../shared/exercises/illustrations.ts';
import * as library from '../../../shared/exercises/index.ts';
import { breathingPatterns } from '../../../shared/exercises/patterns.ts';

describe('exercise library entry point', () => {
  it('re-exports the data itself, not copies', () => {
    expect(library.breathingPatterns).toBe(breathingPatterns);
    expect(library.exercises).toBe(exercises);
    expect(library.illustrationIds).toBe(illustrationIds);
  });

  it('names belly breathing as the default pattern', () => {
    expect(library.DEFAULT_PATTERN_ID).toBe('belly');
    expect(library.findPattern(library.DEFAULT_PATTERN_ID).name.en).toBe('Belly breathing');
  });

  it('offers the routine, suggestion, lookup and guard helpers', () => {
    expect(
      library.pickStretchRoutine({ durationSeconds: 300, includeFloor: false, rotation: 0 }).length,
    ).toBeGreaterThan(0);
    expect(library.suggestExercises(new Map([['breath-high', 2]]), 1)[0]?.id).toBe('belly-breathing');
    expect(library.findExercise('body-scan').id).toBe('body-scan');
    expect(library.isBuiltInPatternId('box')).toBe(true);
    expect(library.isExerciseId('box')).toBe(false);
    expect(library.isIllustrationId('body-scan')).toBe(true);
  });
});
