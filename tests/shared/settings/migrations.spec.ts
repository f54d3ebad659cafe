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
      { from: 3, to: 4, migrate: (raw) => record('3→4', raw) },
      { from: 2, to: 3, migrate: (raw) => record('2→3', raw) },
      { from: 1, to: 2, migrate: (raw) => record('1→2', raw) },
      { from: 0, to: 1, migrate: (raw) => record('0→1', raw) },
    ];
    const result = migrateSettings({}, chain, 4);
    // Validation targets the real schema, so the fake version 4 is refused afterwards; the order is what matters.
    expect(seen).toEqual(['0→1', '1→2', '2→3', '3→4']);
    expect(result.ok).toBe(false);
  });

  it('reports a gap in the chain', () => {
    expect(migrateSettings({}, [], 1)).toMatchObject({ ok: false, reason: 'no-migration', version: 0 });
  });
});
