import { describe, expect, it } from 'vitest';
import { fieldErrorText } from '../../../../renderer/app/preferences/field-error-text.ts';
import { createTranslator } from '../../../../shared/i18n/index.ts';

const en = createTranslator('en');
const nl = createTranslator('nl');

describe('fieldErrorText', () => {
  it('names the real range from the schema for numbers, in both languages', () => {
    expect(fieldErrorText(en, { path: 'breathing.intervalMinutes', code: 'range' })).toBe(
      'Choose a whole number from 5 to 180.',
    );
    expect(fieldErrorText(nl, { path: 'postpone.limit', code: 'type' })).toBe(
      'Kies een heel getal van 0 tot en met 10.',
    );
  });

  it('maps the other codes to their own sentence and unknown codes to a generic one', () => {
    expect(fieldErrorText(en, { path: 'workingHours.endMinutes', code: 'order' })).toBe(
      'Choose an end time that differs from the start time.',
    );
    expect(fieldErrorText(en, { path: 'shortcut.breatheNow', code: 'accelerator' })).toMatch(/Ctrl\+Alt\+B/);
    expect(fieldErrorText(en, { path: 'theme', code: 'something-new' })).toBe(
      'That value could not be saved.',
    );
  });
});
