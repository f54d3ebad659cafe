import { describe, expect, it } from 'vitest';
import {
  isLastStepOfBreak,
  isLastStepOfExercise,
  nextExercise,
  nextStep,
  previousExercise,
} from '../../../renderer/break/stretch-stepper.ts';
import { findExercise } from '../../../shared/exercises/exercises.ts';

const list = [findExercise('standing-hip-circles'), findExercise('seated-figure-four')];
const firstSteps = list[0]?.steps.length ?? 0;
const secondSteps = list[1]?.steps.length ?? 0;

describe('stretch stepper', () => {
  it('walks the steps in order and crosses into the next exercise', () => {
    expect(nextStep(list, { exerciseIndex: 0, stepIndex: 0 })).toEqual({ exerciseIndex: 0, stepIndex: 1 });
    expect(nextStep(list, { exerciseIndex: 0, stepIndex: firstSteps - 1 })).toEqual({
      exerciseIndex: 1,
      stepIndex: 0,
    });
    expect(nextStep(list, { exerciseIndex: 1, stepIndex: secondSteps - 1 })).toBe('done');
  });

  it('skips to the next exercise, goes back to the previous one', () => {
    expect(nextExercise(list, { exerciseIndex: 0, stepIndex: 1 })).toEqual({
      exerciseIndex: 1,
      stepIndex: 0,
    });
    expect(nextExercise(list, { exerciseIndex: 1, stepIndex: 0 })).toBe('done');
    expect(previousExercise({ exerciseIndex: 1, stepIndex: 2 })).toEqual({ exerciseIndex: 0, stepIndex: 0 });
    expect(previousExercise({ exerciseIndex: 0, stepIndex: 2 })).toEqual({ exerciseIndex: 0, stepIndex: 0 });
  });

  it('knows the last step of an exercise and of the break', () => {
    expect(isLastStepOfExercise(list, { exerciseIndex: 0, stepIndex: firstSteps - 1 })).toBe(true);
    expect(isLastStepOfBreak(list, { exerciseIndex: 0, stepIndex: firstSteps - 1 })).toBe(false);
    expect(isLastStepOfBreak(list, { exerciseIndex: 1, stepIndex: secondSteps - 1 })).toBe(true);
  });
});
