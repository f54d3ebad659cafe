import { describe, expect, it } from 'vitest';
import {
  cappedBelowRequest,
  effectiveChoice,
  lengthChoices,
  nearestLength,
} from '../../../renderer/break/length-choices.ts';
import { findPattern } from '../../../shared/exercises/patterns.ts';

describe('length choices of the breathe-now setup', () => {
  it('offers every length for a pattern without a cap', () => {
    const choices = lengthChoices(findPattern('belly'));
    expect(choices.map((c) => [c.minutes, c.cycles, c.meaningful])).toEqual([
      [1, 6, true],
      [2, 12, true],
      [3, 18, true],
      [5, 30, true],
    ]);
  });

  it("greys out lengths 4-7-8's four-round cap makes the same as 2 minutes", () => {
    const choices = lengthChoices(findPattern('four-seven-eight'));
    // 19 s a round: 1 minute is 3 rounds, 2 minutes reach the cap of 4 (76 s); longer adds nothing.
    expect(choices.map((c) => [c.minutes, c.cycles, c.meaningful])).toEqual([
      [1, 3, true],
      [2, 4, true],
      [3, 4, false],
      [5, 4, false],
    ]);
  });

  it('runs a greyed-out choice as the longest meaningful one below it', () => {
    const capped = lengthChoices(findPattern('four-seven-eight'));
    expect(effectiveChoice(capped, 5)).toMatchObject({ minutes: 2, ms: 76_000 });
    expect(effectiveChoice(capped, 1)).toMatchObject({ minutes: 1, cycles: 3 });
    const box = lengthChoices(findPattern('box'));
    expect(effectiveChoice(box, 3)).toMatchObject({ minutes: 3, cycles: 11 });
  });

  it('judges other lengths (Preferences’ odd stored ones) by the same rule, in order', () => {
    const choices = lengthChoices(findPattern('four-seven-eight'), [5, 1.5, 1]);
    // 1.5 minutes is 90 s: 5 rounds rounded, capped to 4, as many as 2 minutes would breathe.
    expect(choices.map((c) => [c.minutes, c.cycles, c.meaningful])).toEqual([
      [1, 3, true],
      [1.5, 4, true],
      [5, 4, false],
    ]);
  });

  it('tells when the cap shortens a request, not when whole rounds do', () => {
    const fourSevenEight = findPattern('four-seven-eight');
    expect(cappedBelowRequest(fourSevenEight, 60_000)).toBe(false);
    expect(cappedBelowRequest(fourSevenEight, 76_000)).toBe(false);
    expect(cappedBelowRequest(fourSevenEight, 120_000)).toBe(true);
    expect(cappedBelowRequest(findPattern('box'), 300_000)).toBe(false);
  });

  it('starts from the choice nearest the configured length', () => {
    expect(nearestLength(60_000)).toBe(1);
    expect(nearestLength(128_000)).toBe(2);
    expect(nearestLength(297_000)).toBe(5);
    expect(nearestLength(0)).toBe(1);
  });
});
