import { describe, expect, it } from 'vitest';
import { BUILT_IN_PATTERN_IDS } from '../../../shared/domain/pattern-ids.ts';
import { breathingPatterns } from '../../../shared/exercises/patterns.ts';
import { settingsSchema } from '../../../shared/settings/schema.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { validateSettingsPatch } from '../../../shared/settings/validate.ts';

describe('settingsSchema', () => {
  it('accepts the defaults', () => {
    expect(validateSettingsPatch(DEFAULT_SETTINGS, {}).ok).toBe(true);
  });

  it('has a default for every field, and the defaults are DEFAULT_SETTINGS', () => {
    const defaults = Object.fromEntries(
      Object.entries(settingsSchema.properties).map(([key, rule]) => [key, rule.default]),
    );
    expect(defaults).toEqual(DEFAULT_SETTINGS);
  });

  it('lists every breathing pattern the exercise data defines', () => {
    expect([...BUILT_IN_PATTERN_IDS].sort()).toEqual(breathingPatterns.map((pattern) => pattern.id).sort());
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
    { schemaVersion: 6 },
    { schemaVersion: 4 },
    { schemaVersion: 3 },
    { schemaVersion: 1 },
    { schemaVersion: 2 },
    { busy: { reasons: { presentation: 'yes' } } },
    { busy: { reasons: { meeting: true } } },
    { busy: { excludedApps: [''] } },
    { busy: { excludedApps: ['zoom', 'zoom'] } },
    { busy: { excludedApps: ['line\nbreak'] } },
    { busy: { excludedApps: ['x'.repeat(101)] } },
    { busy: { excludedApps: Array.from({ length: 51 }, (_, i) => `app${i}`) } },
    { busy: { excludedApps: 'zoom' } },
    { checkinReminder: { minutes: 1440 } },
    { workingHours: { startMinutes: 1440 } },
    { workingHours: { endMinutes: 1441 } },
  ])('the one settings validator refuses %j', (patch) => {
    expect(validateSettingsPatch(DEFAULT_SETTINGS, patch).ok).toBe(false);
  });
});
