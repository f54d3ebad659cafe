import { BUSY_REASONS, EXCLUDED_APPS_LIMITS } from '../domain/busy.ts';
import { CUSTOM_PATTERN_LIMITS, CUSTOM_PATTERN_PHASES } from '../domain/custom-patterns.ts';
import { PATTERN_ID_MAX_LENGTH, PATTERN_ID_SYNTAX } from '../domain/pattern-ids.ts';
import { ACCELERATOR_MAX_LENGTH } from './accelerator.ts';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION } from './types.ts';

/**
 * The subset of JSON Schema (draft 2020-12) the settings use. Kept plain so the same object
 * feeds the one settings validator (validate.ts), used by main, the renderer and the settings
 * file check alike, and the preferences' input bounds (renderer/app/preferences/settings-paths.ts).
 */
export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly enum?: readonly (string | number | boolean)[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** Numbers only: the value divided by this is whole (0.5 = whole or half). */
  readonly multipleOf?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly default?: unknown;
}

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
const MINUTES_PER_DAY = 1440;

function wholeNumber(
  minimum: number,
  maximum: number,
  defaultValue: number,
  description?: string,
): JsonSchema {
  return {
    type: 'integer',
    minimum,
    maximum,
    default: defaultValue,
    ...(description ? { description } : {}),
  };
}

const patternIdRule: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: PATTERN_ID_MAX_LENGTH,
  pattern: PATTERN_ID_SYNTAX,
};

/**
 * One custom pattern. A name is stored trimmed; uniqueness (ids and names, also against
 * the built-in patterns) and the chosen default's existence are relations, checked in validate.ts.
 */
const customPatternRule: JsonSchema = {
  type: 'object',
  properties: {
    id: {
      ...patternIdRule,
      description: 'Made from the name at creation; kept when the pattern is renamed.',
    },
    name: {
      type: 'string',
      minLength: 1,
      maxLength: CUSTOM_PATTERN_LIMITS.nameMaxLength,
      // Stored trimmed: no space at either end, no line breaks or control characters.
      pattern: '^[^\\s\\u0000-\\u001f\\u007f](?:[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f])?$',
    },
    ...Object.fromEntries(
      CUSTOM_PATTERN_PHASES.map((phase) => [
        phase,
        {
          type: 'number',
          minimum: CUSTOM_PATTERN_LIMITS.phases[phase].min,
          maximum: CUSTOM_PATTERN_LIMITS.phases[phase].max,
          multipleOf: CUSTOM_PATTERN_LIMITS.stepSeconds,
        } satisfies JsonSchema,
      ]),
    ),
  },
  required: ['id', 'name', ...CUSTOM_PATTERN_PHASES],
  additionalProperties: false,
};

function flag(defaultValue: boolean): JsonSchema {
  return { type: 'boolean', default: defaultValue };
}

function oneOf(values: readonly (string | number)[], defaultValue: string | number): JsonSchema {
  return { enum: values, default: defaultValue };
}

function group(properties: Record<string, JsonSchema>, defaultValue: unknown): JsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
    default: defaultValue,
  };
}

const d = DEFAULT_SETTINGS;

const settingsProperties: Readonly<Record<keyof typeof DEFAULT_SETTINGS, JsonSchema>> = {
  schemaVersion: {
    type: 'integer',
    enum: [SETTINGS_SCHEMA_VERSION],
    default: SETTINGS_SCHEMA_VERSION,
    description: 'Version of this schema; older files are migrated explicitly (migrations.ts).',
  },
  language: oneOf(['system', 'en', 'nl'], d.language),
  theme: oneOf(['system', 'light', 'dark'], d.theme),
  motion: oneOf(['system', 'reduce', 'full'], d.motion),
  breathing: group(
    {
      enabled: flag(d.breathing.enabled),
      intervalMinutes: wholeNumber(5, 180, d.breathing.intervalMinutes),
      durationSeconds: wholeNumber(30, 600, d.breathing.durationSeconds),
      patternId: {
        ...patternIdRule,
        default: d.breathing.patternId,
        description: 'A built-in pattern id or the id of one of customPatterns.',
      },
      ring: flag(d.breathing.ring),
      customPatterns: {
        type: 'array',
        items: customPatternRule,
        maxItems: CUSTOM_PATTERN_LIMITS.maxCount,
        default: d.breathing.customPatterns,
        description: 'Phase lengths in seconds, whole or half.',
      },
    },
    d.breathing,
  ),
  stretch: group(
    {
      enabled: flag(d.stretch.enabled),
      intervalMinutes: wholeNumber(30, 480, d.stretch.intervalMinutes),
      durationMinutes: wholeNumber(1, 30, d.stretch.durationMinutes),
      includeFloor: flag(d.stretch.includeFloor),
    },
    d.stretch,
  ),
  notice: group(
    { enabled: flag(d.notice.enabled), leadSeconds: wholeNumber(0, 300, d.notice.leadSeconds) },
    d.notice,
  ),
  postpone: group(
    { minutes: wholeNumber(1, 60, d.postpone.minutes), limit: wholeNumber(0, 10, d.postpone.limit) },
    d.postpone,
  ),
  strictMode: flag(d.strictMode),
  sounds: group({ enabled: flag(d.sounds.enabled), volume: wholeNumber(0, 100, d.sounds.volume) }, d.sounds),
  workingHours: group(
    {
      enabled: flag(d.workingHours.enabled),
      days: {
        type: 'array',
        items: { type: 'integer', enum: WEEKDAYS },
        uniqueItems: true,
        maxItems: WEEKDAYS.length,
        default: d.workingHours.days,
        description: '0 = Sunday … 6 = Saturday. Must not be empty while working hours are enabled.',
      },
      // A window opens within its own day (a start of 1440 would belong to the next one), but may
      // close at midnight (1440) or, when the end is before the start, the next morning.
      startMinutes: wholeNumber(
        0,
        MINUTES_PER_DAY - 1,
        d.workingHours.startMinutes,
        'Minutes after local midnight, 0–1439.',
      ),
      endMinutes: wholeNumber(
        0,
        MINUTES_PER_DAY,
        d.workingHours.endMinutes,
        'Minutes after local midnight; 1440 is midnight. Before startMinutes: runs past midnight. Never equal to startMinutes.',
      ),
    },
    d.workingHours,
  ),
  idle: group(
    {
      naturalBreaks: flag(d.idle.naturalBreaks),
      longIdleMinutes: wholeNumber(1, 120, d.idle.longIdleMinutes),
      minLockMinutes: wholeNumber(0, 30, d.idle.minLockMinutes),
      typingGraceSeconds: wholeNumber(0, 120, d.idle.typingGraceSeconds),
    },
    d.idle,
  ),
  startAtLogin: flag(d.startAtLogin),
  shortcut: group(
    {
      enabled: flag(d.shortcut.enabled),
      breatheNow: {
        type: 'string',
        minLength: 1,
        maxLength: ACCELERATOR_MAX_LENGTH,
        default: d.shortcut.breatheNow,
        description: 'Electron accelerator; checked in full by isAccelerator (validate.ts).',
      },
    },
    d.shortcut,
  ),
  checkinReminder: group(
    {
      enabled: flag(d.checkinReminder.enabled),
      weekday: { type: 'integer', enum: WEEKDAYS, default: d.checkinReminder.weekday },
      minutes: wholeNumber(0, MINUTES_PER_DAY - 1, d.checkinReminder.minutes),
    },
    d.checkinReminder,
  ),
  floorInvitation: group(
    {
      enabled: flag(d.floorInvitation.enabled),
      minutes: wholeNumber(0, MINUTES_PER_DAY - 1, d.floorInvitation.minutes),
    },
    d.floorInvitation,
  ),
  trayCountdown: flag(d.trayCountdown),
  busy: group(
    {
      reasons: group(
        Object.fromEntries(BUSY_REASONS.map((reason) => [reason, flag(d.busy.reasons[reason])])),
        d.busy.reasons,
      ),
      excludedApps: {
        type: 'array',
        items: {
          type: 'string',
          minLength: 1,
          maxLength: EXCLUDED_APPS_LIMITS.maxLength,
          // A name as a window class or executable shows it: no line breaks or control characters.
          pattern: '^[^\\u0000-\\u001f\\u007f]+$',
        },
        uniqueItems: true,
        maxItems: EXCLUDED_APPS_LIMITS.maxCount,
        default: d.busy.excludedApps,
        description: 'Window class (Linux) or executable name (Windows), matched without case or ".exe".',
      },
    },
    d.busy,
  ),
  runNativelyOnWayland: flag(d.runNativelyOnWayland),
};

/** The whole settings document. conf/electron-store take `properties` as `schema` (see settings-store-options.ts). */
export const settingsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: settingsProperties,
  required: Object.keys(settingsProperties),
  additionalProperties: false,
} as const satisfies JsonSchema & { readonly $schema: string };
