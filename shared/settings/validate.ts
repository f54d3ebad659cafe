import { boundedMessage, echoInput } from '../bounded-text.ts';
import { FORBIDDEN_KEYS, isPlainObject } from '../domain/plain-data.ts';
import type { SettingsFieldError } from '../domain/settings-field-error.ts';
import { isAccelerator, isGlobalShortcut } from './accelerator.ts';
import { checkCustomPatterns } from './custom-pattern-relations.ts';
import { type JsonSchema, settingsSchema } from './schema.ts';
import type { Settings } from './types.ts';

export type SettingsValidation =
  | { readonly ok: true; readonly value: Settings }
  | { readonly ok: false; readonly errors: readonly SettingsFieldError[] };

/** Longer than any real setting's name; a longer key is refused before it is echoed anywhere. */
export const MAX_SETTINGS_KEY_LENGTH = 64;

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function describeNumberRule(schema: JsonSchema): string {
  const kind = schema.type === 'integer' ? 'a whole number' : 'a number';
  if (schema.minimum !== undefined && schema.maximum !== undefined) {
    return `must be ${kind} from ${schema.minimum} to ${schema.maximum}`;
  }
  if (schema.minimum !== undefined) return `must be ${kind} of at least ${schema.minimum}`;
  if (schema.maximum !== undefined) return `must be ${kind} of at most ${schema.maximum}`;
  return `must be ${kind}`;
}

function numberLimits(schema: JsonSchema): SettingsFieldError['limits'] {
  return {
    ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
    ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
  };
}

function typeMatches(schema: JsonSchema, value: unknown): boolean {
  switch (schema.type) {
    case undefined:
      return true;
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
  }
}

function typeMessage(schema: JsonSchema): string {
  if (schema.type === 'integer' || schema.type === 'number') return describeNumberRule(schema);
  if (schema.type === 'object') return 'must be an object';
  if (schema.type === 'array') return 'must be a list';
  return `must be a ${schema.type ?? 'value'}`;
}

/**
 * Walks `value` against `schema`, collecting every error (not just the first) and returning a
 * fresh copy of the value, so callers never share objects with untrusted input.
 */
function check(schema: JsonSchema, value: unknown, path: string, errors: SettingsFieldError[]): unknown {
  if (schema.enum !== undefined && !schema.enum.some((allowed) => allowed === value)) {
    const allowedText = schema.enum.map((allowed) => JSON.stringify(allowed)).join(', ');
    errors.push({
      path,
      code: 'enum',
      message: `must be one of ${allowedText}`,
      limits: { allowed: schema.enum },
    });
    return value;
  }
  if (!typeMatches(schema, value)) {
    const numeric = (schema.type === 'integer' || schema.type === 'number') && typeof value === 'number';
    errors.push({
      path,
      code: numeric ? 'range' : 'type',
      message: typeMessage(schema),
      ...(schema.type === 'integer' || schema.type === 'number' ? { limits: numberLimits(schema) } : {}),
    });
    return value;
  }
  if (typeof value === 'number') {
    if (
      (schema.minimum !== undefined && value < schema.minimum) ||
      (schema.maximum !== undefined && value > schema.maximum)
    ) {
      errors.push({ path, code: 'range', message: describeNumberRule(schema), limits: numberLimits(schema) });
    } else if (schema.multipleOf !== undefined && !Number.isInteger(value / schema.multipleOf)) {
      errors.push({
        path,
        code: 'step',
        message: `must be a multiple of ${schema.multipleOf}`,
        limits: { ...numberLimits(schema), step: schema.multipleOf },
      });
    }
    return value;
  }
  if (typeof value === 'string') {
    checkString(schema, value, path, errors);
    return value;
  }
  if (Array.isArray(value)) return checkArray(schema, value, path, errors);
  if (isPlainObject(value)) return checkObject(schema, value, path, errors);
  return value;
}

function checkString(schema: JsonSchema, value: string, path: string, errors: SettingsFieldError[]): void {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Number.POSITIVE_INFINITY;
  if (value.length < min || value.length > max) {
    errors.push({
      path,
      code: 'length',
      message: `must be ${min} to ${max} characters long`,
      limits: { min, ...(schema.maxLength !== undefined ? { max } : {}) },
    });
  } else if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push({ path, code: 'pattern', message: `must match ${schema.pattern}` });
  }
}

function checkArray(
  schema: JsonSchema,
  value: readonly unknown[],
  path: string,
  errors: SettingsFieldError[],
): unknown[] {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    errors.push({
      path,
      code: 'length',
      message: `must have at least ${schema.minItems} items`,
      limits: { min: schema.minItems },
    });
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    errors.push({
      path,
      code: 'length',
      message: `must have at most ${schema.maxItems} items`,
      limits: { max: schema.maxItems },
    });
  }
  const copy = value.map((item, index) =>
    schema.items ? check(schema.items, item, `${path}[${index}]`, errors) : item,
  );
  if (schema.uniqueItems === true) {
    const seen = new Set<string>();
    for (const item of copy) {
      const key = JSON.stringify(item);
      if (seen.has(key)) {
        errors.push({ path, code: 'unique', message: `must not list ${key} twice` });
        break;
      }
      seen.add(key);
    }
  }
  return copy;
}

function overlongKey(path: string): SettingsFieldError {
  return {
    path,
    code: 'unknown-key',
    message: `is not a known setting (longer than ${MAX_SETTINGS_KEY_LENGTH} characters)`,
    limits: { max: MAX_SETTINGS_KEY_LENGTH },
  };
}

/**
 * The rule for one key of an object, or undefined (with the reason in `errors`) for an overlong
 * or prototype-reaching key, or a key the schema does not know when unknown keys are refused.
 */
function ruleForKey(
  schema: JsonSchema,
  key: string,
  keyPath: string,
  errors: SettingsFieldError[],
  refuseUnknown: boolean,
): JsonSchema | undefined {
  if (key.length > MAX_SETTINGS_KEY_LENGTH) {
    errors.push(overlongKey(keyPath));
    return undefined;
  }
  if (FORBIDDEN_KEYS.has(key)) {
    errors.push({ path: keyPath, code: 'forbidden-key', message: 'is not an allowed key' });
    return undefined;
  }
  const properties = schema.properties ?? {};
  const rule = Object.hasOwn(properties, key) ? properties[key] : undefined;
  if (rule === undefined && refuseUnknown) {
    errors.push({ path: keyPath, code: 'unknown-key', message: 'is not a known setting' });
  }
  return rule;
}

function checkObject(
  schema: JsonSchema,
  value: Readonly<Record<string, unknown>>,
  path: string,
  errors: SettingsFieldError[],
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const keyPath = join(path, echoInput(key));
    const propertySchema = ruleForKey(schema, key, keyPath, errors, schema.additionalProperties === false);
    if (propertySchema === undefined) continue;
    copy[key] = check(propertySchema, value[key], keyPath, errors);
  }
  for (const key of schema.required ?? []) {
    if (!Object.hasOwn(value, key)) {
      errors.push({ path: join(path, key), code: 'required', message: 'is missing' });
    }
  }
  return copy;
}

/**
 * Rules JSON Schema cannot say (or says only loosely): cross-field order, the accelerator grammar,
 * and custom patterns (unique ids and names, the chosen default exists).
 */
function checkRelations(settings: Settings, errors: SettingsFieldError[]): void {
  const hours = settings.workingHours;
  // The scheduler reads an end before the start as a window that runs past midnight into the
  // next day (main/scheduler/working-hours.ts), so only the same time twice is ambiguous: it
  // would silently mean a full 24 hours there, which nobody picks on purpose.
  if (hours.startMinutes === hours.endMinutes) {
    errors.push({
      path: 'workingHours.endMinutes',
      code: 'order',
      message: 'must differ from workingHours.startMinutes (an earlier end runs past midnight)',
    });
  }
  if (hours.enabled && hours.days.length === 0) {
    errors.push({
      path: 'workingHours.days',
      code: 'empty',
      message: 'must name at least one day while working hours are enabled',
      limits: { min: 1 },
    });
  }
  if (!isAccelerator(settings.shortcut.breatheNow)) {
    errors.push({
      path: 'shortcut.breatheNow',
      code: 'accelerator',
      message: 'must be modifiers and one key joined by "+", e.g. "CommandOrControl+Alt+B"',
    });
  } else if (!isGlobalShortcut(settings.shortcut.breatheNow)) {
    errors.push({
      path: 'shortcut.breatheNow',
      code: 'accelerator',
      message: 'needs a modifier such as "Alt" (only F13 to F24 may stand alone)',
    });
  }
  checkCustomPatterns(settings.breathing, errors);
}

/** Validates a complete settings document; on success `value` is a fresh copy. */
export function validateSettings(value: unknown): SettingsValidation {
  const errors: SettingsFieldError[] = [];
  const copy = check(settingsSchema, value, '', errors);
  // Relations are only meaningful once every field has the right shape.
  if (errors.length === 0) checkRelations(copy as Settings, errors);
  return errors.length === 0 ? { ok: true, value: copy as Settings } : { ok: false, errors };
}

function mergePatch(
  schema: JsonSchema,
  current: unknown,
  patch: Readonly<Record<string, unknown>>,
  path: string,
  errors: SettingsFieldError[],
): Record<string, unknown> {
  const merged: Record<string, unknown> = isPlainObject(current) ? { ...current } : {};
  for (const key of Object.keys(patch)) {
    const keyPath = join(path, echoInput(key));
    const propertySchema = ruleForKey(schema, key, keyPath, errors, true);
    if (propertySchema === undefined) continue;
    const patchValue = patch[key];
    // `undefined` cannot come from JSON; a structured-clone payload may carry it for "unchanged".
    if (patchValue === undefined) continue;
    merged[key] =
      propertySchema.type === 'object' && isPlainObject(patchValue)
        ? mergePatch(propertySchema, merged[key], patchValue, keyPath, errors)
        : patchValue;
  }
  return merged;
}

/**
 * Applies a partial update (plain objects merge, arrays and values replace) to `current` and
 * validates the result as a whole, so an update is either entirely valid or refused.
 */
export function validateSettingsPatch(current: Settings, patch: unknown): SettingsValidation {
  if (!isPlainObject(patch)) {
    return { ok: false, errors: [{ path: '', code: 'type', message: 'must be an object' }] };
  }
  const errors: SettingsFieldError[] = [];
  const merged = mergePatch(settingsSchema, current, patch, '', errors);
  if (errors.length > 0) return { ok: false, errors };
  return validateSettings(merged);
}

/**
 * All errors on one line, for the log: at most 200 characters however many keys a hand-edited
 * file or a renderer sent (paths already carry their keys escaped and cut short).
 */
export function formatSettingsErrors(errors: readonly SettingsFieldError[]): string {
  return boundedMessage(
    errors.map((error) => (error.path === '' ? error.message : `${error.path} ${error.message}`)).join('; '),
  );
}
