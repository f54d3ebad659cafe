import { describe, expect, it } from 'vitest';
import type { CustomPatternId } from '../../../shared/domain/pattern-ids.ts';
import { customCautions, fromCustomPattern } from '../../../shared/exercises/custom-pattern.ts';
import {
  breatheGentlyCaution,
  findPattern,
  holdsNotFor,
  holdsUneasy,
  lightHeadedAtFirst,
} from '../../../shared/exercises/patterns.ts';
import {
  patternChoices,
  requirePattern,
  resolvePattern,
  scheduledPattern,
} from '../../../shared/exercises/resolve-pattern.ts';
import { breathsPerMinute, cycleMs, pacerAt } from '../../../shared/pacer.ts';
import { EVENING, settingsWithPatterns } from '../../support/custom-patterns.ts';

const evening = EVENING;
const settingsWith = settingsWithPatterns;

describe('a custom pattern as the pacer runs it', () => {
  it('is inhale, hold, exhale, hold in whole ms, with the holds left out when 0', () => {
    expect(fromCustomPattern(evening).phases).toEqual([
      { kind: 'inhale', ms: 3500 },
      { kind: 'hold-in', ms: 1500 },
      { kind: 'exhale', ms: 5500 },
      { kind: 'hold-out', ms: 1000 },
    ]);
    const noHolds = fromCustomPattern({ ...evening, holdInSeconds: 0, holdOutSeconds: 0 });
    expect(noHolds.phases.map((phase) => phase.kind)).toEqual(['inhale', 'exhale']);
  });

  it('paces through its phases at the boundaries pacerAt gives', () => {
    const pattern = fromCustomPattern(evening);
    expect(cycleMs(pattern)).toBe(11_500);
    expect(breathsPerMinute(pattern)).toBeCloseTo(5.217, 3);
    expect(pacerAt(pattern, 3499).phase).toBe('inhale');
    expect(pacerAt(pattern, 3500).phase).toBe('hold-in');
    expect(pacerAt(pattern, 5000).phase).toBe('exhale');
    expect(pacerAt(pattern, 10_500).phase).toBe('hold-out');
    expect(pacerAt(pattern, 11_500).phase).toBe('inhale');
  });

  it('keeps its name in both languages and says its timing in each', () => {
    const pattern = fromCustomPattern(evening);
    expect(pattern.name).toEqual({ en: 'Evening', nl: 'Evening' });
    expect(pattern.summary.en).toBe(
      'Your own rhythm: in for 3.5 s, hold for 1.5 s, out for 5.5 s, rest for 1 s.',
    );
    expect(pattern.summary.nl).toBe('Je eigen ritme: 3,5 s in, 1,5 s vasthouden, 5,5 s uit, 1 s rust.');
    expect(pattern.maxCycles).toBeUndefined();
  });

  it('carries the cautions the built-ins carry for holds and for very slow breathing', () => {
    expect(customCautions({ ...evening, holdInSeconds: 0, holdOutSeconds: 0 })).toEqual([
      breatheGentlyCaution,
    ]);
    // Holds: what box breathing says.
    expect(customCautions(evening)).toEqual(findPattern('box').cautions);
    // 10 + 15 s = 2.4 breaths a minute, no holds: the slow line first.
    const slow = { ...evening, inhaleSeconds: 10, holdInSeconds: 0, exhaleSeconds: 15, holdOutSeconds: 0 };
    expect(customCautions(slow)).toEqual([lightHeadedAtFirst, breatheGentlyCaution]);
    // 4 breaths a minute exactly (15 s) is not under four.
    expect(customCautions({ ...slow, inhaleSeconds: 5, exhaleSeconds: 10 })).toEqual([breatheGentlyCaution]);
    const slowWithHolds = { ...evening, inhaleSeconds: 10, exhaleSeconds: 15 };
    expect(customCautions(slowWithHolds)).toEqual([
      lightHeadedAtFirst,
      breatheGentlyCaution,
      holdsUneasy,
      holdsNotFor,
    ]);
  });
});

describe('resolvePattern', () => {
  it('resolves built-in ids and the custom ids these settings have, and nothing else', () => {
    const settings = settingsWith([evening]);
    expect(resolvePattern(settings, 'box')).toBe(findPattern('box'));
    expect(resolvePattern(settings, 'evening')?.phases).toEqual(fromCustomPattern(evening).phases);
    expect(resolvePattern(settings, 'morning')).toBeUndefined();
    expect(resolvePattern(settingsWith([]), 'evening')).toBeUndefined();
    expect(() => requirePattern(settings, 'morning')).toThrow('Unknown breathing pattern "morning".');
  });

  it("offers the built-ins first, then the user's own in order", () => {
    const second = { ...evening, id: 'dawn' as CustomPatternId, name: 'Dawn' };
    const ids = patternChoices(settingsWith([evening, second])).map((pattern) => pattern.id);
    expect(ids.slice(-3)).toEqual(['four-seven-eight', 'evening', 'dawn']);
  });

  it('the scheduled pattern is the chosen one, or belly breathing when it is not there', () => {
    expect(scheduledPattern(settingsWith([evening], 'evening')).id).toBe('evening');
    expect(scheduledPattern(settingsWith([], 'evening')).id).toBe('belly');
  });
});
