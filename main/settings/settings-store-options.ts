import type { Options } from 'conf';
import { settingsSchema } from '../../shared/settings/schema.ts';

export const SETTINGS_FILE_NAME = 'settings';

export type SettingsDocument = Record<string, unknown>;

/**
 * The options both adapters give the store, so the conf-backed store the tests open is
 * configured exactly like the electron-store the app opens. conf takes the schema's
 * `properties` as `schema` and the rest as `rootSchema`, and compiles them with Ajv 2020.
 * `clearInvalidConfig: false`: a bad file must be moved aside by the service, never wiped.
 * No `migrations`: those are keyed by app version and run inside the constructor; ours are
 * explicit (shared/settings/migrations.ts). No `watch`: only this process writes the file.
 */
export function settingsStoreOptions(): Pick<
  Options<SettingsDocument>,
  'schema' | 'rootSchema' | 'clearInvalidConfig' | 'watch' | 'accessPropertiesByDotNotation'
> {
  const { properties, required, additionalProperties } = settingsSchema;
  return {
    // Our JsonSchema is a plain JSON subset of conf's typed JSON Schema; the types differ only in readonly-ness.
    schema: JSON.parse(JSON.stringify(properties)) as Options<SettingsDocument>['schema'],
    rootSchema: { required: [...required], additionalProperties },
    clearInvalidConfig: false,
    watch: false,
    accessPropertiesByDotNotation: true,
  };
}

/** conf's error for a file that is not JSON or fails the schema, as opposed to an I/O failure. */
export function isStoreContentError(error: unknown): boolean {
  return (
    error instanceof SyntaxError ||
    (error instanceof Error && error.message.startsWith('Config schema violation'))
  );
}
