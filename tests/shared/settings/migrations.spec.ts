import { describe, expect, it } from 'vitest';
import {
  migrateSettings,
  type SettingsMigration,
  settingsMigrations,
} from '../../../shared/settings/migrations.ts';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION } from '../../../shared/settings/types.ts';

function step(from: number): SettingsMigration {
  const found = settingsMigrations.find((migration) => migration.from === from);
  if (!found) throw new Error(`no step from ${from}`);
  return found;
}

describe('migration step 0 → 1', () => {
  it('moves the flat legacy keys into their groups and converts their values', () => {
    const legacy = {
      breakIntervalMinutes: 30,
      breakDurationSeconds: 90,
      breathingPattern: '478',
      language: 'auto',
      soundEnabled: true,
      soundVolume: 0.25,
      stretchIntervalMinutes: 120,
      openAtLogin: false,
    };
    expect(step(0).migrate(legacy)).toEqual({
      schemaVersion: 1,
      breathing: { intervalMinutes: 30, durationSeconds: 90, patternId: 'four-seven-eight' },
      language: 'system',
      sounds: { enabled: true, volume: 25 },
      stretch: { intervalMinutes: 120 },
      startAtLogin: false,
    });
  });

  it('maps the other legacy pattern names', () => {
    expect(step(0).migrate({ breathingPattern: 'sigh' }).breathing).toEqual({ patternId: 'cyclic-sigh' });
    expect(step(0).migrate({ breathingPattern: 'exhale' }).breathing).toEqual({
      patternId: 'extended-exhale',
    });
  });

  it('keeps keys it does not know so validation can report them', () => {
    expect(step(0).migrate({ mystery: 1 })).toEqual({ schemaVersion: 1, mystery: 1 });
  });

  it('does not change its input', () => {
    const legacy = { breakIntervalMinutes: 30 };
    step(0).migrate(legacy);
    expect(legacy).toEqual({ breakIntervalMinutes: 30 });
  });
});

describe('migration step 1 → 2 (busy hold)', () => {
  it('a version 1 file gets every busy reason on and an empty exclusion list', () => {
    const v1 = { schemaVersion: 1, language: 'nl', strictMode: true };
    expect(step(1).migrate(v1)).toEqual({
      schemaVersion: 2,
      language: 'nl',
      strictMode: true,
      busy: {
        reasons: {
          presentation: true,
          fullscreen: true,
          call: true,
          'do-not-disturb': true,
          'excluded-app': true,
        },
        excludedApps: [],
      },
    });
    expect(v1).toEqual({ schemaVersion: 1, language: 'nl', strictMode: true });
  });

  it('a busy group already in a version 1 file is left for the validator to judge', () => {
    expect(step(1).migrate({ schemaVersion: 1, busy: 'off' })).toEqual({ schemaVersion: 2, busy: 'off' });
    expect(migrateSettings({ schemaVersion: 1, busy: 'off' })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('a whole version 1 file migrates to the defaults plus its own choices, with migratedFrom 1', () => {
    const { busy: _busy, ...v1 } = { ...DEFAULT_SETTINGS, schemaVersion: 1, trayCountdown: true };
    expect(migrateSettings(JSON.parse(JSON.stringify(v1)))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, trayCountdown: true },
      migratedFrom: 1,
    });
  });
});

describe('migration step 2 → 3 (global shortcut needs a modifier; Wayland preference)', () => {
  it('puts a shortcut without a modifier back to the default and keeps whether it is on', () => {
    for (const bare of ['F5', 'A', 'Shift+A']) {
      expect(step(2).migrate({ schemaVersion: 2, shortcut: { enabled: false, breatheNow: bare } })).toEqual({
        schemaVersion: 3,
        shortcut: { enabled: false, breatheNow: DEFAULT_SETTINGS.shortcut.breatheNow },
      });
    }
  });

  it('keeps a shortcut with a modifier, F13–F24, and anything it cannot read for the validator', () => {
    for (const kept of ['Alt+F5', 'F20', 'Ctrl+Banana', 42]) {
      const file = { schemaVersion: 2, shortcut: { breatheNow: kept } };
      expect(step(2).migrate(file)).toEqual({ ...file, schemaVersion: 3 });
    }
  });

  it('a whole version 2 file with F5 keeps every other choice and runs through XWayland', () => {
    const result = migrateSettings({
      schemaVersion: 2,
      language: 'nl',
      shortcut: { enabled: true, breatheNow: 'F5' },
    });
    expect(result).toEqual({
      ok: true,
      migratedFrom: 2,
      settings: { ...DEFAULT_SETTINGS, language: 'nl', runNativelyOnWayland: false },
    });
  });
});

describe('migrateSettings', () => {
  it('passes a current file through without a migratedFrom', () => {
    const result = migrateSettings(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)));
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('runs the chain for a version 0 file and fills the rest from defaults', () => {
    const result = migrateSettings({ breakIntervalMinutes: 45, language: 'nl' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'nl',
      breathing: { ...DEFAULT_SETTINGS.breathing, intervalMinutes: 45 },
    });
  });

  it('fails a migrated file whose values are out of range', () => {
    const result = migrateSettings({ breakIntervalMinutes: 2 });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
    expect(result.errors[0]?.path).toBe('breathing.intervalMinutes');
  });

  it('fails an unknown legacy key', () => {
    expect(migrateSettings({ mystery: true })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a file from a newer version', () => {
    expect(
      migrateSettings({ ...DEFAULT_SETTINGS, schemaVersion: SETTINGS_SCHEMA_VERSION + 1 }),
    ).toMatchObject({
      ok: false,
      reason: 'newer-version',
      version: SETTINGS_SCHEMA_VERSION + 1,
    });
  });

  it('refuses a version that is not a whole number of 0 or more', () => {
    expect(migrateSettings({ schemaVersion: '1' })).toMatchObject({ ok: false, reason: 'bad-version' });
    expect(migrateSettings({ schemaVersion: -1 })).toMatchObject({ ok: false, reason: 'bad-version' });
    expect(migrateSettings({ schemaVersion: 0.5 })).toMatchObject({ ok: false, reason: 'bad-version' });
  });

  it('refuses a document that is not an object', () => {
    expect(migrateSettings([1, 2])).toMatchObject({ ok: false, reason: 'not-an-object' });
    expect(migrateSettings('{}')).toMatchObject({ ok: false, reason: 'not-an-object' });
  });

  it('runs steps in order from the file version to the target', () => {
    const seen: string[] = [];
    const record = (name: string, raw: Readonly<Record<string, unknown>>) => {
      seen.push(name);
      return { ...raw };
    };
    const chain: SettingsMigration[] = [
      { from: 5, to: 6, migrate: (raw) => record('5→6', raw) },
      { from: 4, to: 5, migrate: (raw) => record('4→5', raw) },
      { from: 3, to: 4, migrate: (raw) => record('3→4', raw) },
      { from: 2, to: 3, migrate: (raw) => record('2→3', raw) },
      { from: 1, to: 2, migrate: (raw) => record('1→2', raw) },
      { from: 0, to: 1, migrate: (raw) => record('0→1', raw) },
    ];
    const result = migrateSettings({}, chain, 6);
    // Validation targets the real schema, so the fake version 6 is refused afterwards; the order is what matters.
    expect(seen).toEqual(['0→1', '1→2', '2→3', '3→4', '4→5', '5→6']);
    expect(result.ok).toBe(false);
  });

  it('reports a gap in the chain', () => {
    expect(migrateSettings({}, [], 1)).toMatchObject({ ok: false, reason: 'no-migration', version: 0 });
  });
});

describe('migration step 3 → 4 (custom breathing patterns)', () => {
  const version3File = {
    schemaVersion: 3,
    language: 'nl',
    theme: 'dark',
    breathing: { enabled: false, intervalMinutes: 40, durationSeconds: 120, patternId: 'box', ring: true },
    stretch: { enabled: true, intervalMinutes: 60, durationMinutes: 10, includeFloor: true },
    shortcut: { enabled: false, breatheNow: 'Alt+Shift+B' },
    runNativelyOnWayland: true,
  };

  it('adds an empty list of custom patterns and changes nothing else', () => {
    expect(step(3).migrate(version3File)).toEqual({
      ...version3File,
      schemaVersion: 4,
      breathing: { ...version3File.breathing, customPatterns: [] },
    });
  });

  it('a whole version 3 file keeps every choice', () => {
    expect(migrateSettings(version3File)).toEqual({
      ok: true,
      migratedFrom: 3,
      settings: {
        ...DEFAULT_SETTINGS,
        language: 'nl',
        theme: 'dark',
        breathing: { ...version3File.breathing, customPatterns: [] },
        stretch: version3File.stretch,
        shortcut: version3File.shortcut,
        runNativelyOnWayland: true,
      },
    });
  });
});

describe('migration step 4 → 5 (the evening invitation to lie down)', () => {
  const version4File = {
    schemaVersion: 4,
    language: 'en',
    breathing: { ...DEFAULT_SETTINGS.breathing, patternId: 'resonance', customPatterns: [] },
    checkinReminder: { enabled: true, weekday: 3, minutes: 19 * 60 },
  };

  it('adds the invitation, off at 20:30, and changes nothing else', () => {
    expect(step(4).migrate(version4File)).toEqual({
      ...version4File,
      schemaVersion: 5,
      floorInvitation: { enabled: false, minutes: 20 * 60 + 30 },
    });
  });

  it('leaves one already in the file for the validator: a good one is kept, a bad one refused', () => {
    const chosen = { ...version4File, floorInvitation: { enabled: true, minutes: 21 * 60 } };
    expect(migrateSettings(chosen)).toMatchObject({
      ok: true,
      migratedFrom: 4,
      settings: { floorInvitation: { enabled: true, minutes: 21 * 60 } },
    });
    const broken = { ...version4File, floorInvitation: { enabled: true, minutes: 1440 } };
    expect(migrateSettings(broken)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('a whole version 4 file keeps every choice', () => {
    expect(migrateSettings(version4File)).toEqual({
      ok: true,
      migratedFrom: 4,
      settings: {
        ...DEFAULT_SETTINGS,
        language: 'en',
        breathing: version4File.breathing,
        checkinReminder: version4File.checkinReminder,
      },
    });
  });
});

describe('a settings file with a bad custom pattern keeps every other setting', () => {
  const good = {
    id: 'evening',
    name: 'Evening',
    inhaleSeconds: 4,
    holdInSeconds: 0,
    exhaleSeconds: 6.5,
    holdOutSeconds: 0,
  };
  const file = (breathing: Record<string, unknown>) => ({
    ...JSON.parse(JSON.stringify(DEFAULT_SETTINGS)),
    language: 'nl',
    breathing: { ...DEFAULT_SETTINGS.breathing, intervalMinutes: 40, ...breathing },
  });

  it('leaves out the patterns it has wrong and keeps the rest', () => {
    const result = migrateSettings(
      file({
        customPatterns: [good, { ...good, id: 'quick', name: 'Quick', inhaleSeconds: 1 }, { id: 'x' }],
        patternId: 'evening',
      }),
    );
    expect(result).toMatchObject({ ok: true, salvaged: { droppedPatterns: 2, defaultFellBack: false } });
    if (!result.ok) return;
    expect(result.settings.language).toBe('nl');
    expect(result.settings.breathing).toEqual({
      ...DEFAULT_SETTINGS.breathing,
      intervalMinutes: 40,
      customPatterns: [good],
      patternId: 'evening',
    });
  });

  it('puts a default that names a dropped or missing pattern back to belly breathing, and says so', () => {
    const dropped = migrateSettings(
      file({ customPatterns: [{ ...good, exhaleSeconds: 6.25 }], patternId: 'evening' }),
    );
    expect(dropped).toMatchObject({ ok: true, salvaged: { droppedPatterns: 1, defaultFellBack: true } });
    expect(dropped.ok && dropped.settings.breathing.patternId).toBe('belly');
    const missing = migrateSettings(file({ customPatterns: [good], patternId: 'morning' }));
    expect(missing).toMatchObject({ ok: true, salvaged: { droppedPatterns: 0, defaultFellBack: true } });
    expect(missing.ok && missing.settings.breathing.customPatterns).toEqual([good]);
  });

  it('keeps the first of two patterns with the same name, and the first twelve of too many', () => {
    const twice = migrateSettings(
      file({ customPatterns: [good, { ...good, id: 'evening-2', name: 'EVENING' }] }),
    );
    expect(twice.ok && twice.settings.breathing.customPatterns).toEqual([good]);
    const many = Array.from({ length: 14 }, (_, index) => ({ ...good, id: `p${index}`, name: `P ${index}` }));
    const result = migrateSettings(file({ customPatterns: many }));
    expect(result).toMatchObject({ ok: true, salvaged: { droppedPatterns: 2 } });
    expect(result.ok && result.settings.breathing.customPatterns).toEqual(many.slice(0, 12));
    const notAList = migrateSettings(file({ customPatterns: 'evening' }));
    expect(notAList.ok && notAList.settings.breathing.customPatterns).toEqual([]);
  });

  it('still refuses the whole file when anything besides custom patterns is wrong', () => {
    const result = migrateSettings({
      ...file({ customPatterns: [{ id: 'x' }] }),
      sounds: { enabled: true, volume: 250 },
    });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
