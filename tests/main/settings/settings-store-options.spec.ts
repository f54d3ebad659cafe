import { describe, expect, it } from 'vitest';
import { settingsStoreOptions } from '../../../main/settings/settings-store-options.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';

describe('settings store options', () => {
  it('give the store no schema: shared/settings/validate.ts is the one settings validator', () => {
    const options = settingsStoreOptions() as Record<string, unknown>;
    expect(options).not.toHaveProperty('schema');
    expect(options).not.toHaveProperty('rootSchema');
  });

  it('write a new file with exactly the defaults, so the next start is not a first run', () => {
    expect(settingsStoreOptions().defaults).toEqual(DEFAULT_SETTINGS);
  });
});
