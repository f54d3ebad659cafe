import { describe, expect, it } from 'vitest';
import { CUSTOM_PATTERN_LIMITS, type CustomPattern } from '../../../shared/domain/custom-patterns.ts';
import type { CustomPatternId } from '../../../shared/domain/pattern-ids.ts';
import type { SettingsFieldError } from '../../../shared/domain/settings-field-error.ts';
import { settingsSchema } from '../../../shared/settings/schema.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { validateSettingsPatch } from '../../../shared/settings/validate.ts';
import { EVENING } from '../../support/custom-patterns.ts';

function custom(overrides: Partial<CustomPattern> = {}): CustomPattern {
  return { ...EVENING, ...overrides };
}

function withPatterns(customPatterns: readonly unknown[], patternId?: string) {
  return validateSettingsPatch(DEFAULT_SETTINGS, {
    breathing: { customPatterns, ...(patternId === undefined ? {} : { patternId }) },
  });
}

function errorsOf(result: ReturnType<typeof withPatterns>): readonly SettingsFieldError[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('custom breathing patterns in the one settings validator', () => {
  it('accepts a pattern with half seconds and both holds, and a default that names it', () => {
    const result = withPatterns([custom()], 'evening');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.breathing.customPatterns).toEqual([custom()]);
    expect(result.value.breathing.patternId).toBe('evening');
  });

  it.each([
    ['inhaleSeconds', 2, 10],
    ['holdInSeconds', 0, 10],
    ['exhaleSeconds', 2, 15],
    ['holdOutSeconds', 0, 10],
  ] as const)('%s accepts %d to %d in half seconds and refuses one step outside', (phase, min, max) => {
    expect(CUSTOM_PATTERN_LIMITS.phases[phase]).toEqual({ min, max });
    for (const seconds of [min, min + 0.5, max - 0.5, max]) {
      expect(withPatterns([custom({ [phase]: seconds })]).ok).toBe(true);
    }
    for (const seconds of [min - 0.5, max + 0.5]) {
      expect(errorsOf(withPatterns([custom({ [phase]: seconds })]))).toEqual([
        {
          path: `breathing.customPatterns[0].${phase}`,
          code: 'range',
          message: `must be a number from ${min} to ${max}`,
          limits: { min, max },
        },
      ]);
    }
  });

  it('refuses phases that are not whole or half seconds, and non-numbers', () => {
    for (const seconds of [3.25, 4.1, 2.75]) {
      expect(errorsOf(withPatterns([custom({ inhaleSeconds: seconds })]))).toEqual([
        {
          path: 'breathing.customPatterns[0].inhaleSeconds',
          code: 'step',
          message: 'must be a multiple of 0.5',
          limits: { min: 2, max: 10, step: 0.5 },
        },
      ]);
    }
    for (const bad of ['4', null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorsOf(withPatterns([{ ...custom(), exhaleSeconds: bad }]))[0]?.path).toBe(
        'breathing.customPatterns[0].exhaleSeconds',
      );
    }
  });

  it('refuses empty, blank, padded, overlong and control-character names', () => {
    expect(errorsOf(withPatterns([custom({ name: '' })]))[0]).toMatchObject({ code: 'length' });
    for (const name of ['   ', ' Evening', 'Evening ', 'Eve\nning', 'Eve\u0000']) {
      expect(errorsOf(withPatterns([custom({ name })]))[0]).toMatchObject({
        path: 'breathing.customPatterns[0].name',
        code: 'pattern',
      });
    }
    const longest = 'x'.repeat(CUSTOM_PATTERN_LIMITS.nameMaxLength);
    expect(withPatterns([custom({ name: longest })]).ok).toBe(true);
    expect(errorsOf(withPatterns([custom({ name: `${longest}x` })]))[0]).toMatchObject({ code: 'length' });
  });

  it('refuses a name used twice, whatever its case, and the name of a built-in pattern in either language', () => {
    const twice = withPatterns([custom(), custom({ id: 'evening-2' as CustomPatternId, name: 'EVENING' })]);
    expect(errorsOf(twice)).toEqual([
      {
        path: 'breathing.customPatterns[1].name',
        code: 'unique',
        message: 'is the name of another custom pattern',
      },
    ]);
    for (const name of ['Box breathing', 'buikademhaling', '4-7-8-ademhaling']) {
      expect(errorsOf(withPatterns([custom({ name })]))).toEqual([
        {
          path: 'breathing.customPatterns[0].name',
          code: 'unique',
          message: 'is the name of a built-in pattern',
        },
      ]);
    }
  });

  it('refuses an id used twice, a built-in id, and an id not spelled as a slug', () => {
    expect(errorsOf(withPatterns([custom(), custom({ name: 'Other' })]))).toEqual([
      {
        path: 'breathing.customPatterns[1].id',
        code: 'unique',
        message: 'is the id of another custom pattern',
      },
    ]);
    expect(errorsOf(withPatterns([custom({ id: 'belly' as CustomPatternId })]))).toEqual([
      { path: 'breathing.customPatterns[0].id', code: 'unique', message: 'is the id of a built-in pattern' },
    ]);
    for (const id of ['Evening', 'eve ning', '-evening', 'evening--late', 'x'.repeat(33), '']) {
      expect(errorsOf(withPatterns([custom({ id: id as CustomPatternId })]))[0]?.path).toBe(
        'breathing.customPatterns[0].id',
      );
    }
  });

  it('keeps at most 12 patterns: the 13th is refused', () => {
    const twelve = Array.from({ length: 12 }, (_, index) =>
      custom({ id: `p${index}` as CustomPatternId, name: `Pattern ${index}` }),
    );
    expect(withPatterns(twelve).ok).toBe(true);
    const thirteen = [...twelve, custom({ id: 'p12' as CustomPatternId, name: 'Pattern 12' })];
    expect(errorsOf(withPatterns(thirteen))).toEqual([
      {
        path: 'breathing.customPatterns',
        code: 'length',
        message: 'must have at most 12 items',
        limits: { max: 12 },
      },
    ]);
  });

  it('refuses missing and unknown fields of a pattern', () => {
    const { holdOutSeconds: _left, ...missing } = custom();
    expect(errorsOf(withPatterns([missing]))).toEqual([
      { path: 'breathing.customPatterns[0].holdOutSeconds', code: 'required', message: 'is missing' },
    ]);
    expect(errorsOf(withPatterns([{ ...custom(), colour: 'blue' }]))[0]).toMatchObject({
      path: 'breathing.customPatterns[0].colour',
      code: 'unknown-key',
    });
  });

  it('refuses deleting the pattern the default names, and changes nothing', () => {
    const current = validateSettingsPatch(DEFAULT_SETTINGS, {
      breathing: { customPatterns: [custom()], patternId: 'evening' },
    });
    if (!current.ok) throw new Error('setup');
    expect(errorsOf(validateSettingsPatch(current.value, { breathing: { customPatterns: [] } }))).toEqual([
      {
        path: 'breathing.patternId',
        code: 'missing-pattern',
        message: 'names no built-in or custom pattern',
      },
    ]);
    // Deleting it together with a new default is fine.
    expect(
      validateSettingsPatch(current.value, { breathing: { customPatterns: [], patternId: 'belly' } }).ok,
    ).toBe(true);
  });

  it('derives the schema bounds from the one domain module', () => {
    const item = settingsSchema.properties.breathing.properties?.customPatterns;
    expect(item?.maxItems).toBe(CUSTOM_PATTERN_LIMITS.maxCount);
    expect(item?.items?.properties?.exhaleSeconds).toMatchObject({
      minimum: 2,
      maximum: 15,
      multipleOf: 0.5,
    });
    expect(item?.items?.properties?.name?.maxLength).toBe(CUSTOM_PATTERN_LIMITS.nameMaxLength);
  });
});
