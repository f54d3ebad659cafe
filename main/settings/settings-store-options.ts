import type { Options } from 'conf';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';

export const SETTINGS_FILE_NAME = 'settings';

export type SettingsDocument = Record<string, unknown>;

/**
 * The options both adapters give the store, so the conf-backed store the tests open is
 * configured exactly like the electron-store the app opens.
 * No `schema`: the settings are checked by one engine, shared/settings/validate.ts, which the
 * service runs on the file before the store opens it and on every update before it is written;
 * a second engine (conf's Ajv) could only disagree with it. `defaults`: a new file is written with
 * the defaults at once, so the next start is not a first run again.
 * `clearInvalidConfig: false`: a bad file must be moved aside by the service, never wiped.
 * No `migrations`: those are keyed by app version and run inside the constructor; ours are
 * explicit (shared/settings/migrations.ts). No `watch`: only this process writes the file.
 */
export function settingsStoreOptions(): Pick<
  Options<SettingsDocument>,
  'defaults' | 'clearInvalidConfig' | 'watch' | 'accessPropertiesByDotNotation'
> {
  return {
    // A JSON round trip turns the readonly interface into the plain document conf stores.
    defaults: JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as SettingsDocument,
    clearInvalidConfig: false,
    watch: false,
    accessPropertiesByDotNotation: true,
  };
}

/** conf's error for a file that is not JSON (it changed after the service checked it), as opposed to an I/O failure. */
export function isStoreContentError(error: unknown): boolean {
  return error instanceof SyntaxError;
}
