import type { SettingsFieldError } from '../../shared/domain/settings-field-error.ts';
import { migrateSettings } from '../../shared/settings/migrations.ts';
import type { PatternSalvage } from '../../shared/settings/salvage-custom-patterns.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/types.ts';
import { formatSettingsErrors, validateSettingsPatch } from '../../shared/settings/validate.ts';
import { backupFilePath } from './backup-file-name.ts';
import { isStoreContentError } from './settings-store-options.ts';
import type { SettingsFileSystem, SettingsStorePort } from './settings-store-port.ts';

/** Larger than any real settings file by far; bigger ones are refused unparsed to bound startup work. */
export const SETTINGS_MAX_FILE_BYTES = 1024 * 1024;

export type SettingsResetReason = 'unreadable' | 'too-large' | 'not-json' | 'invalid' | 'newer-version';

export type SettingsLoadOutcome =
  | { readonly kind: 'new' }
  | { readonly kind: 'loaded' }
  | { readonly kind: 'migrated'; readonly from: number; readonly backupPath?: string }
  /** Only custom patterns were wrong: those were left out, every other setting kept, the file kept as a backup. */
  | {
      readonly kind: 'salvaged';
      readonly salvage: PatternSalvage;
      readonly from?: number;
      readonly backupPath?: string;
    }
  | {
      readonly kind: 'reset';
      readonly reason: SettingsResetReason;
      readonly detail: string;
      /** Where the bad file now is; absent when it could not be moved and was left in place. */
      readonly backupPath?: string;
    };

export type SettingsUpdateResult =
  | { readonly ok: true; readonly settings: Settings; readonly saved: true }
  /** Applied for this session but not stored (read-only folder, full disk, …). */
  | { readonly ok: true; readonly settings: Settings; readonly saved: false; readonly saveError: string }
  /** Refused as a whole; nothing changed or written. */
  | { readonly ok: false; readonly errors: readonly SettingsFieldError[]; readonly message: string };

export type SettingsChangeListener = (settings: Settings, previous: Settings) => void;

export interface SettingsService {
  get(): Settings;
  update(patch: unknown): SettingsUpdateResult;
  reset(): SettingsUpdateResult;
  onChange(listener: SettingsChangeListener): () => void;
  /** True once after settings were reset because the file was bad (also after a restart, until consumed). */
  consumeResetNotice(): boolean;
  loadOutcome(): SettingsLoadOutcome;
  /** The last failure to open or write the store, cleared by the next successful write. */
  storageError(): string | undefined;
}

export interface SettingsServiceOptions {
  readonly store: SettingsStorePort;
  readonly fs: SettingsFileSystem;
  /** Wall clock in ms; only used to name backup files. */
  readonly now: () => number;
  readonly maxFileBytes?: number;
  readonly log?: (message: string, error?: unknown) => void;
}

type FileCheck =
  | { readonly kind: 'missing' }
  | {
      readonly kind: 'good';
      readonly settings: Settings;
      readonly migratedFrom?: number;
      readonly salvaged?: PatternSalvage;
    }
  | { readonly kind: 'bad'; readonly reason: SettingsResetReason; readonly detail: string };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkFile(fs: SettingsFileSystem, filePath: string, maxFileBytes: number): FileCheck {
  let text: string;
  try {
    const size = fs.sizeOf(filePath);
    if (size === undefined) return { kind: 'missing' };
    if (size > maxFileBytes) {
      return {
        kind: 'bad',
        reason: 'too-large',
        detail: `The file is ${size} bytes; the limit is ${maxFileBytes}.`,
      };
    }
    text = fs.readText(filePath);
  } catch (error) {
    return { kind: 'bad', reason: 'unreadable', detail: describe(error) };
  }
  let parsed: unknown;
  try {
    // Editors may save a byte order mark, which JSON.parse refuses.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'bad', reason: 'not-json', detail: 'The file is not valid JSON.' };
  }
  const migrated = migrateSettings(parsed);
  if (!migrated.ok) {
    const detail = migrated.reason === 'invalid' ? formatSettingsErrors(migrated.errors) : migrated.message;
    return { kind: 'bad', reason: migrated.reason === 'newer-version' ? 'newer-version' : 'invalid', detail };
  }
  return {
    kind: 'good',
    settings: migrated.settings,
    ...(migrated.migratedFrom === undefined ? {} : { migratedFrom: migrated.migratedFrom }),
    ...(migrated.salvaged === undefined ? {} : { salvaged: migrated.salvaged }),
  };
}

/** Loading the file put the default pattern back to belly breathing (it named a custom pattern that was not there). */
export function defaultPatternFellBack(outcome: SettingsLoadOutcome): boolean {
  return outcome.kind === 'salvaged' && outcome.salvage.defaultFellBack;
}

function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Settings for the whole app. Loads at creation: a missing file gives defaults; a bad one
 * (too large, not JSON, invalid, from a newer version) is renamed to
 * `settings.corrupt-<timestamp>.json` beside it, defaults are used and a one-time notice is
 * raised; an older version is migrated after its file is kept as `settings.v<N>-<timestamp>.json`.
 * A file whose only faults are custom patterns keeps every other setting: the bad patterns are
 * left out and the file is kept as `settings.repaired-<timestamp>.json`.
 * When the folder cannot be written the service keeps working in memory and reports why, and
 * it never deletes the user's file.
 */
export function createSettingsService(options: SettingsServiceOptions): SettingsService {
  const { store, fs, now } = options;
  const log = options.log ?? (() => {});
  const filePath = store.filePath;
  const noticePath = `${filePath.replace(/\.json$/, '')}.reset-notice.json`;
  const listeners = new Set<SettingsChangeListener>();

  let current: Settings = DEFAULT_SETTINGS;
  let outcome: SettingsLoadOutcome = { kind: 'new' };
  let lastStorageError: string | undefined;
  let noticePending = safeExists(noticePath);

  function safeExists(path: string): boolean {
    try {
      return fs.exists(path);
    } catch {
      return false;
    }
  }

  function moveAside(label: string): string | undefined {
    try {
      const target = backupFilePath(filePath, label, now(), (path) => fs.exists(path));
      fs.rename(filePath, target);
      return target;
    } catch (error) {
      lastStorageError = `Could not move ${filePath} aside: ${describe(error)}`;
      log(lastStorageError, error);
      return undefined;
    }
  }

  function openStore(): boolean {
    try {
      store.open();
      return true;
    } catch (error) {
      if (isStoreContentError(error)) throw error;
      lastStorageError = `Could not open ${filePath}: ${describe(error)}`;
      log(lastStorageError, error);
      return false;
    }
  }

  function raiseNotice(reason: SettingsResetReason, backupPath: string | undefined): void {
    noticePending = true;
    try {
      fs.writeText(noticePath, JSON.stringify({ reason, backupPath: backupPath ?? null, atMs: now() }));
    } catch (error) {
      // The notice still shows this session; it just will not survive a restart.
      log(`Could not record the settings reset notice: ${describe(error)}`, error);
    }
  }

  function resetFromBadFile(reason: SettingsResetReason, detail: string): void {
    log(`Settings file ${filePath} could not be used (${reason}): ${detail}`);
    current = DEFAULT_SETTINGS;
    // An unreadable file is left where it is: it may be fine once permissions are fixed.
    const backupPath = reason === 'unreadable' ? undefined : moveAside('corrupt');
    if (backupPath !== undefined) openStore();
    outcome =
      backupPath === undefined
        ? { kind: 'reset', reason, detail }
        : { kind: 'reset', reason, detail, backupPath };
    raiseNotice(reason, backupPath);
  }

  function load(): void {
    const checked = checkFile(fs, filePath, options.maxFileBytes ?? SETTINGS_MAX_FILE_BYTES);
    if (checked.kind === 'bad') {
      resetFromBadFile(checked.reason, checked.detail);
      return;
    }
    if (checked.kind === 'missing') {
      outcome = { kind: 'new' };
      openStore();
      return;
    }
    current = checked.settings;
    if (checked.salvaged !== undefined) {
      const { salvaged, migratedFrom } = checked;
      log(
        `Settings file ${filePath}: left out ${salvaged.droppedPatterns} custom pattern(s) it had wrong` +
          (salvaged.defaultFellBack ? '; the default pattern is belly breathing again' : ''),
      );
      // The user's file is kept as it was; the usable settings are written in its place.
      const backupPath = moveAside('repaired');
      outcome = {
        kind: 'salvaged',
        salvage: salvaged,
        ...(migratedFrom === undefined ? {} : { from: migratedFrom }),
        ...(backupPath === undefined ? {} : { backupPath }),
      };
      if (backupPath !== undefined) save(current);
      return;
    }
    if (checked.migratedFrom !== undefined) {
      // The store validates against the current schema, so the old file must leave before the store opens.
      const backupPath = moveAside(`v${checked.migratedFrom}`);
      outcome =
        backupPath === undefined
          ? { kind: 'migrated', from: checked.migratedFrom }
          : { kind: 'migrated', from: checked.migratedFrom, backupPath };
      if (backupPath !== undefined) save(current);
      return;
    }
    outcome = { kind: 'loaded' };
    try {
      openStore();
    } catch (error) {
      // The file changed between our check and the store's read; treat it like any bad file.
      resetFromBadFile('invalid', describe(error));
    }
  }

  function save(settings: Settings): string | undefined {
    try {
      store.write(settings);
      lastStorageError = undefined;
      return undefined;
    } catch (error) {
      lastStorageError = `Could not save settings to ${filePath}: ${describe(error)}`;
      log(lastStorageError, error);
      return lastStorageError;
    }
  }

  function apply(next: Settings): SettingsUpdateResult {
    const previous = current;
    if (sameSettings(previous, next) && lastStorageError === undefined) {
      return { ok: true, settings: current, saved: true };
    }
    const saveError = save(next);
    current = next;
    if (!sameSettings(previous, next)) {
      for (const listener of [...listeners]) {
        try {
          listener(next, previous);
        } catch (error) {
          log('A settings listener failed', error);
        }
      }
    }
    return saveError === undefined
      ? { ok: true, settings: next, saved: true }
      : { ok: true, settings: next, saved: false, saveError };
  }

  load();

  return {
    get: () => current,
    update(patch) {
      const validated = validateSettingsPatch(current, patch);
      if (!validated.ok) {
        return { ok: false, errors: validated.errors, message: formatSettingsErrors(validated.errors) };
      }
      return apply(validated.value);
    },
    reset: () => apply(DEFAULT_SETTINGS),
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    consumeResetNotice() {
      if (!noticePending) return false;
      noticePending = false;
      try {
        fs.remove(noticePath);
      } catch (error) {
        log(`Could not clear the settings reset notice: ${describe(error)}`, error);
      }
      return true;
    },
    loadOutcome: () => outcome,
    storageError: () => lastStorageError,
  };
}
