import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { breathingPatterns } from '../../../shared/exercises/patterns.ts';
import { PATTERN_IDS, settingsSchema } from '../../../shared/settings/schema.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { validateSettingsPatch } from '../../../shared/settings/validate.ts';

// conf (electron-store's core) compiles the schema with Ajv2020 in strict mode; doing the same
// here proves the shared schema is plain JSON Schema that the real store accepts.
function compile() {
  return new Ajv2020({ allErrors: true, useDefaults: true, strict: true }).compile(
    JSON.parse(JSON.stringify(settingsSchema)),
  );
}

describe('settingsSchema', () => {
  it('compiles in strict Ajv 2020 and accepts the defaults', () => {
    const validate = compile();
    expect(validate(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)))).toBe(true);
  });

  it('fills an empty document with exactly DEFAULT_SETTINGS', () => {
    const validate = compile();
    const filled: Record<string, unknown> = {};
    expect(validate(filled)).toBe(true);
    expect(filled).toEqual(DEFAULT_SETTINGS);
  });

  it('lists every breathing pattern the exercise data defines', () => {
    expect([...PATTERN_IDS].sort()).toEqual(breathingPatterns.map((pattern) => pattern.id).sort());
  });

  it.each([
    { breathing: { intervalMinutes: 4 } },
    { breathing: { intervalMinutes: 25.5 } },
    { breathing: { patternId: 'fast' } },
    { sounds: { volume: '40' } },
    { workingHours: { days: [1, 1] } },
    { workingHours: { days: [7] } },
    { shortcut: { breatheNow: '' } },
    { colour: 'blue' },
    { breathing: { speed: 1 } },
    { schemaVersion: 2 },
    { checkinReminder: { minutes: 1440 } },
    { workingHours: { startMinutes: 1440 } },
    { workingHours: { endMinutes: 1441 } },
  ])('ajv and the hand-written validator both refuse %j', (patch) => {
    const merged = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
    for (const [key, value] of Object.entries(patch)) {
      merged[key] = typeof value === 'object' && !Array.isArray(value) ? { ...merged[key], ...value } : value;
    }
    expect(compile()(merged)).toBe(false);
    expect(validateSettingsPatch(DEFAULT_SETTINGS, patch).ok).toBe(false);
  });
});
