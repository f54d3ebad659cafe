import { isPlainObject } from '../domain/plain-data.ts';
import type { SettingsFieldError } from '../domain/settings-field-error.ts';
import { isAccelerator, isGlobalShortcut } from './accelerator.ts';
import { type PatternSalvage, salvageCustomPatterns } from './salvage-custom-patterns.ts';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, type Settings } from './types.ts';
import { validateSettingsPatch } from './validate.ts';

/**
 * Explicit, tested steps between schema versions. electron-store's own migrations are keyed
 * by app version and run inside its constructor, where a failure cannot be told apart from a
 * damaged file; these run on the parsed JSON before the store sees it.
 *
 * A file without `schemaVersion` is version 0 (the flat pre-release layout). A file from a
 * NEWER version than this app knows is refused as invalid: guessing at a future layout could
 * silently drop the user's choices, so it is moved aside like a damaged file instead.
 */
export interface SettingsMigration {
  readonly from: number;
  readonly to: number;
  /** Returns a new object; never changes `raw`. */
  migrate(raw: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

const legacyPatternIds: Readonly<Record<string, string>> = {
  belly: 'belly',
  box: 'box',
  resonance: 'resonance',
  '478': 'four-seven-eight',
  sigh: 'cyclic-sigh',
  exhale: 'extended-exhale',
};

const legacyLanguages: Readonly<Record<string, string>> = { auto: 'system', en: 'en', nl: 'nl' };

function lookup(table: Readonly<Record<string, string>>, value: unknown): unknown {
  return typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : value;
}

/**
 * Version 0 kept everything flat: breakIntervalMinutes, breakDurationSeconds, breathingPattern
 * ('478', 'sigh', …), language ('auto' | 'en' | 'nl'), soundEnabled, soundVolume (0–1),
 * stretchIntervalMinutes, openAtLogin. Keys it does not know stay where they are, so the
 * validator reports them instead of this step dropping them silently.
 */
function migrateV0ToV1(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const {
    breakIntervalMinutes,
    breakDurationSeconds,
    breathingPattern,
    language,
    soundEnabled,
    soundVolume,
    stretchIntervalMinutes,
    openAtLogin,
    ...rest
  } = raw;
  const next: Record<string, unknown> = { ...rest, schemaVersion: 1 };
  const breathing = {
    ...(breakIntervalMinutes !== undefined ? { intervalMinutes: breakIntervalMinutes } : {}),
    ...(breakDurationSeconds !== undefined ? { durationSeconds: breakDurationSeconds } : {}),
    ...(breathingPattern !== undefined ? { patternId: lookup(legacyPatternIds, breathingPattern) } : {}),
  };
  if (Object.keys(breathing).length > 0) next.breathing = { ...asObject(rest.breathing), ...breathing };
  if (language !== undefined) next.language = lookup(legacyLanguages, language);
  const sounds = {
    ...(soundEnabled !== undefined ? { enabled: soundEnabled } : {}),
    // 0–1 became a whole percentage; anything else passes through for the validator to refuse.
    ...(soundVolume !== undefined
      ? { volume: typeof soundVolume === 'number' ? Math.round(soundVolume * 100) : soundVolume }
      : {}),
  };
  if (Object.keys(sounds).length > 0) next.sounds = { ...asObject(rest.sounds), ...sounds };
  if (stretchIntervalMinutes !== undefined) {
    next.stretch = { ...asObject(rest.stretch), intervalMinutes: stretchIntervalMinutes };
  }
  if (openAtLogin !== undefined) next.startAtLogin = openAtLogin;
  return next;
}

function asObject(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}

/**
 * Version 2 added `busy` (hold breaks while presenting, in a call, full screen, …). A version 1
 * file has none: it gets every reason on and an empty exclusion list, written out so the file
 * says what the app does. A `busy` already there (hand-edited) is left for the validator.
 */
function migrateV1ToV2(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {
    ...raw,
    schemaVersion: 2,
    busy: Object.hasOwn(raw, 'busy')
      ? raw.busy
      : { reasons: { ...DEFAULT_SETTINGS.busy.reasons }, excludedApps: [] },
  };
}

/**
 * Version 3 refuses a global shortcut without a modifier (a bare "F5" or "A" takes that key from
 * every app); versions 1 and 2 allowed F1–F12 alone. Such a shortcut goes back to the default rather
 * than failing the whole file, which would reset every other choice. Version 3 also adds
 * `runNativelyOnWayland`, which an older file lacks and so gets its default (off).
 */
function migrateV2ToV3(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...raw, schemaVersion: 3 };
  const shortcut = asObject(raw.shortcut);
  const accelerator = shortcut.breatheNow;
  if (isAccelerator(accelerator) && !isGlobalShortcut(accelerator)) {
    next.shortcut = { ...shortcut, breatheNow: DEFAULT_SETTINGS.shortcut.breatheNow };
  }
  return next;
}

/**
 * Version 4 adds the user's own breathing patterns (`breathing.customPatterns`) and lets
 * `breathing.patternId` name one of them. A version 3 file has none: it gets an empty list,
 * written out so the file says what the app does; everything else stays as it was.
 */
function migrateV3ToV4(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const breathing = asObject(raw.breathing);
  return {
    ...raw,
    schemaVersion: 4,
    breathing: Object.hasOwn(breathing, 'customPatterns')
      ? raw.breathing
      : { ...breathing, customPatterns: [] },
  };
}

/**
 * Version 5 adds the evening invitation to lie down and breathe (`floorInvitation`). A version 4
 * file has none: it gets the default (off, at 20:30), written out so the file says what the app
 * does. One already there (hand-edited) is left for the validator.
 */
function migrateV4ToV5(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {
    ...raw,
    schemaVersion: 5,
    floorInvitation: Object.hasOwn(raw, 'floorInvitation')
      ? raw.floorInvitation
      : { ...DEFAULT_SETTINGS.floorInvitation },
  };
}

export const settingsMigrations: readonly SettingsMigration[] = [
  { from: 0, to: 1, migrate: migrateV0ToV1 },
  { from: 1, to: 2, migrate: migrateV1ToV2 },
  { from: 2, to: 3, migrate: migrateV2ToV3 },
  { from: 3, to: 4, migrate: migrateV3ToV4 },
  { from: 4, to: 5, migrate: migrateV4ToV5 },
];

export type MigrationFailure =
  | { readonly ok: false; readonly reason: 'not-an-object'; readonly message: string }
  | { readonly ok: false; readonly reason: 'bad-version'; readonly message: string }
  | {
      readonly ok: false;
      readonly reason: 'newer-version';
      readonly message: string;
      readonly version: number;
    }
  | {
      readonly ok: false;
      readonly reason: 'no-migration';
      readonly message: string;
      readonly version: number;
    }
  | {
      readonly ok: false;
      readonly reason: 'invalid';
      readonly message: string;
      readonly errors: readonly SettingsFieldError[];
    };

export type MigrationResult =
  | {
      readonly ok: true;
      readonly settings: Settings;
      readonly migratedFrom?: number;
      /** Custom patterns the file had wrong were left out (and the default put back to belly if it named one). */
      readonly salvaged?: PatternSalvage;
    }
  | MigrationFailure;

/**
 * Brings a parsed settings file to the current version and validates it. Fields the file
 * lacks take their defaults (a hand-trimmed file stays usable); wrong or unknown fields fail.
 */
export function migrateSettings(
  raw: unknown,
  migrations: readonly SettingsMigration[] = settingsMigrations,
  targetVersion: number = SETTINGS_SCHEMA_VERSION,
): MigrationResult {
  if (!isPlainObject(raw)) {
    return { ok: false, reason: 'not-an-object', message: 'The settings file does not hold an object.' };
  }
  const version = Object.hasOwn(raw, 'schemaVersion') ? raw.schemaVersion : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      reason: 'bad-version',
      message: 'schemaVersion must be a whole number of 0 or more.',
    };
  }
  if (version > targetVersion) {
    return {
      ok: false,
      reason: 'newer-version',
      version,
      message: `The settings file is from a newer version (${version}) than this app knows (${targetVersion}).`,
    };
  }
  let current: Record<string, unknown> = raw;
  let currentVersion = version;
  while (currentVersion < targetVersion) {
    const step = migrations.find((migration) => migration.from === currentVersion);
    if (step === undefined || step.to <= currentVersion) {
      return {
        ok: false,
        reason: 'no-migration',
        version: currentVersion,
        message: `No migration from settings version ${currentVersion}.`,
      };
    }
    current = { ...step.migrate(current), schemaVersion: step.to };
    currentVersion = step.to;
  }
  const validated = validateWithSalvage(current);
  if (!validated.ok) {
    return {
      ok: false,
      reason: 'invalid',
      errors: validated.errors,
      message: 'The settings file has values this app cannot use.',
    };
  }
  return {
    ok: true,
    settings: validated.value,
    ...(version === targetVersion ? {} : { migratedFrom: version }),
    ...(validated.salvage === undefined ? {} : { salvaged: validated.salvage }),
  };
}

/**
 * Validates; when only custom patterns (or the default naming a missing one) are wrong, leaves
 * those patterns out and tries again, so a hand-edited pattern never costs the other settings.
 * Relations are checked only once shapes are right, so a second round may find a duplicate.
 */
function validateWithSalvage(
  raw: Record<string, unknown>,
): ReturnType<typeof validateSettingsPatch> & { readonly salvage?: PatternSalvage } {
  let current = raw;
  let total: PatternSalvage | undefined;
  for (let round = 0; ; round += 1) {
    const validated = validateSettingsPatch(DEFAULT_SETTINGS, current);
    if (validated.ok) return total === undefined ? validated : { ...validated, salvage: total };
    const step = round < 3 ? salvageCustomPatterns(current, validated.errors) : undefined;
    if (step === undefined) return validated;
    current = step.value;
    total = {
      droppedPatterns: (total?.droppedPatterns ?? 0) + step.salvage.droppedPatterns,
      defaultFellBack: (total?.defaultFellBack ?? false) || step.salvage.defaultFellBack,
    };
  }
}
