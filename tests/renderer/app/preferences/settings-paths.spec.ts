import { describe, expect, it } from 'vitest';
import { patchFor, schemaAt, valueAt } from '../../../../renderer/app/preferences/settings-paths.ts';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/types.ts';

describe('settings paths', () => {
  it('reads nested values and answers undefined for unknown paths', () => {
    expect(valueAt(DEFAULT_SETTINGS, 'breathing.intervalMinutes')).toBe(25);
    expect(valueAt(DEFAULT_SETTINGS, 'language')).toBe('system');
    expect(valueAt(DEFAULT_SETTINGS, 'breathing.nope')).toBeUndefined();
    expect(valueAt(DEFAULT_SETTINGS, 'breathing.toString')).toBeUndefined();
  });

  it('builds the smallest nested patch for one field', () => {
    expect(patchFor('stretch.durationMinutes', 7)).toEqual({ stretch: { durationMinutes: 7 } });
    expect(patchFor('theme', 'dark')).toEqual({ theme: 'dark' });
  });

  it('finds the schema rule of a field, including list items', () => {
    expect(schemaAt('breathing.intervalMinutes')).toMatchObject({ minimum: 5, maximum: 180 });
    expect(schemaAt('workingHours.days[3]')).toMatchObject({ type: 'array' });
    expect(schemaAt('nope.nothing')).toBeUndefined();
  });
});
