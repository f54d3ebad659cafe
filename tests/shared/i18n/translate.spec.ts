import { describe, expect, it } from 'vitest';
import { createTranslator, localize, resolveLocale } from '../../../shared/i18n/index.ts';
import { formatMessage, interpolate, placeholdersOf } from '../../../shared/i18n/message.ts';

describe('resolveLocale', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-NL', 'nl'],
    ['nl_BE.UTF-8', 'nl'],
    ['NL-nl', 'nl'],
    ['nl@euro', 'nl'],
    ['en-US', 'en'],
    ['de_DE.UTF-8', 'en'],
    ['nld', 'en'],
    ['', 'en'],
    ['C', 'en'],
  ])('maps %j to %s', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });

  it('falls back to English for values that are not strings', () => {
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale(42)).toBe('en');
    expect(resolveLocale({ toString: () => 'nl' })).toBe('en');
  });
});

describe('translator', () => {
  it('returns the text of the chosen language', () => {
    expect(createTranslator('en')('phase.inhale')).toBe('Breathe in');
    expect(createTranslator('nl')('phase.inhale')).toBe('Adem in');
    expect(createTranslator('nl')('phase.exhale')).toBe('Adem uit');
    expect(createTranslator('nl')('phase.hold-in')).toBe('Vasthouden');
  });

  it('chooses the plural form from count, per language', () => {
    const en = createTranslator('en');
    const nl = createTranslator('nl');
    expect(en('unit.minutes', { count: 1 })).toBe('1 minute');
    expect(en('unit.minutes', { count: 0 })).toBe('0 minutes');
    expect(en('unit.minutes', { count: 12 })).toBe('12 minutes');
    expect(nl('unit.minutes', { count: 1 })).toBe('1 minuut');
    expect(nl('unit.minutes', { count: 2 })).toBe('2 minuten');
  });

  it('uses the other form when no count is given', () => {
    expect(formatMessage('en', { one: 'a {x}', other: 'many {x}' }, { x: 'y' })).toBe('many y');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('in {minutes} min at {time}', { minutes: 12 })).toBe('in 12 min at {time}');
    expect(interpolate('plain', undefined)).toBe('plain');
  });

  it('lists placeholders across plural forms', () => {
    expect(placeholdersOf({ one: 'one {a}', other: '{count} {a} {b}' })).toEqual(['a', 'b', 'count']);
  });

  it('localizes data texts', () => {
    expect(localize({ en: 'Hip circles', nl: 'Heupcirkels' }, 'nl')).toBe('Heupcirkels');
  });
});
