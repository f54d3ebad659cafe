import { type JsonSchema, settingsSchema } from '../../../shared/settings/schema.ts';
import type { Settings } from '../../../shared/settings/types.ts';

/** Dotted path of one setting, e.g. `breathing.intervalMinutes`. */
export type SettingPath = string;

/** The value at `path`, or undefined when the path does not exist. */
export function valueAt(settings: Settings, path: SettingPath): unknown {
  let current: unknown = settings;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The smallest patch for settings:update that sets `path` to `value`. */
export function patchFor(path: SettingPath, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  let patch: unknown = value;
  for (let index = keys.length - 1; index >= 0; index -= 1) patch = { [keys[index] ?? '']: patch };
  return patch as Record<string, unknown>;
}

/** The schema rule for `path` (array items as `days[2]` use the list's rule). */
export function schemaAt(path: SettingPath): JsonSchema | undefined {
  let current: JsonSchema | undefined = settingsSchema;
  for (const key of path.replace(/\[\d+\]$/, '').split('.')) {
    const properties: Readonly<Record<string, JsonSchema>> = current?.properties ?? {};
    current = Object.hasOwn(properties, key) ? properties[key] : undefined;
  }
  return current;
}
