import { describe, expect, it } from 'vitest';
import type { SettingsFieldError } from '../../../shared/domain/settings-field-error.ts';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, type Settings } from '../../../shared/settings/types.ts';
import {
  formatSettingsErrors,
  MAX_SETTINGS_KEY_LENGTH,
  validateSettings,
  validateSettingsPatch,
} from '../../../shared/settings/validate.ts';

function errorsOf(result: ReturnType<typeof validateSettings>): readonly SettingsFieldError[] {
  if (result.ok) throw new Error('expected a failure');
  return result.errors;
}

function withPatch(patch: unknown) {
  return validateSettingsPatch(DEFAULT_SETTINGS, patch);
}

describe('validateSettings', () => {
  it('accepts the defaults and returns a copy that shares no objects', () => {
    const result = validateSettings(DEFAULT_SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(DEFAULT_SETTINGS);
    expect(result.value.breathing).not.toBe(DEFAULT_SETTINGS.breathing);
    expect(result.value.workingHours.days).not.toBe(DEFAULT_SETTINGS.workingHours.days);
  });

  it('reports a missing field by path', () => {
    const { trayCountdown: _dropped, ...rest } = DEFAULT_SETTINGS;
    expect(errorsOf(validateSettings(rest))).toEqual([
      { path: 'trayCountdown', code: 'required', message: 'is missing' },
    ]);
  });

  it('refuses values that are not objects', () => {
    expect(errorsOf(validateSettings(null))[0]).toMatchObject({ path: '', code: 'type' });
    expect(errorsOf(validateSettings([]))[0]).toMatchObject({ path: '', code: 'type' });
  });

  it('collects every error, not only the first', () => {
    const value = { ...DEFAULT_SETTINGS, language: 'fr', strictMode: 'yes' };
    const paths = errorsOf(validateSettings(value)).map((error) => error.path);
    expect(paths).toEqual(['language', 'strictMode']);
  });
});

describe('validateSettingsPatch', () => {
  it('merges nested objects and keeps untouched fields', () => {
    const result = withPatch({ breathing: { intervalMinutes: 40 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.breathing).toEqual({ ...DEFAULT_SETTINGS.breathing, intervalMinutes: 40 });
    expect(result.value.stretch).toEqual(DEFAULT_SETTINGS.stretch);
  });

  it('does not change the current settings object', () => {
    const current: Settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
    validateSettingsPatch(current, { breathing: { intervalMinutes: 40 } });
    expect(current).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces arrays instead of merging them', () => {
    const result = withPatch({ workingHours: { days: [6] } });
    expect(result.ok && result.value.workingHours.days).toEqual([6]);
  });

  it('gives a clear range message with limits for an out-of-range whole number', () => {
    expect(errorsOf(withPatch({ breathing: { intervalMinutes: 4 } }))).toEqual([
      {
        path: 'breathing.intervalMinutes',
        code: 'range',
        message: 'must be a whole number from 5 to 180',
        limits: { min: 5, max: 180 },
      },
    ]);
    expect(errorsOf(withPatch({ breathing: { intervalMinutes: 181 } }))[0]?.code).toBe('range');
  });

  it('treats fractions and non-finite numbers as out of range', () => {
    expect(errorsOf(withPatch({ sounds: { volume: 40.5 } }))[0]).toMatchObject({
      path: 'sounds.volume',
      code: 'range',
      limits: { min: 0, max: 100 },
    });
    expect(errorsOf(withPatch({ sounds: { volume: Number.NaN } }))[0]?.code).toBe('range');
  });

  it('reports a wrong type with code "type"', () => {
    expect(errorsOf(withPatch({ breathing: { intervalMinutes: '25' } }))[0]).toMatchObject({
      path: 'breathing.intervalMinutes',
      code: 'type',
      message: 'must be a whole number from 5 to 180',
    });
    expect(errorsOf(withPatch({ notice: 'off' }))[0]).toMatchObject({ path: 'notice', code: 'type' });
  });

  it.each([
    ['breathing.durationSeconds', { breathing: { durationSeconds: 29 } }],
    ['stretch.intervalMinutes', { stretch: { intervalMinutes: 481 } }],
    ['stretch.durationMinutes', { stretch: { durationMinutes: 0 } }],
    ['notice.leadSeconds', { notice: { leadSeconds: 301 } }],
    ['postpone.minutes', { postpone: { minutes: 61 } }],
    ['postpone.limit', { postpone: { limit: -1 } }],
    ['sounds.volume', { sounds: { volume: 101 } }],
    ['workingHours.startMinutes', { workingHours: { startMinutes: -1 } }],
    ['workingHours.startMinutes', { workingHours: { startMinutes: 1440, endMinutes: 60 } }],
    ['workingHours.endMinutes', { workingHours: { endMinutes: 1441 } }],
    ['idle.longIdleMinutes', { idle: { longIdleMinutes: 121 } }],
    ['idle.minLockMinutes', { idle: { minLockMinutes: 31 } }],
    ['idle.typingGraceSeconds', { idle: { typingGraceSeconds: 121 } }],
    ['checkinReminder.minutes', { checkinReminder: { minutes: 1440 } }],
  ])('enforces the range of %s', (path, patch) => {
    const errors = errorsOf(withPatch(patch));
    expect(errors.map((error) => [error.path, error.code])).toEqual([[path, 'range']]);
  });

  it('accepts the edges of a range', () => {
    expect(withPatch({ breathing: { intervalMinutes: 5, durationSeconds: 600 } }).ok).toBe(true);
    expect(withPatch({ workingHours: { startMinutes: 0, endMinutes: 1440 } }).ok).toBe(true);
  });

  it('refuses enum values outside the list and names the allowed ones', () => {
    const [error] = errorsOf(withPatch({ checkinReminder: { weekday: 7 } }));
    expect(error?.path).toBe('checkinReminder.weekday');
    expect(error?.code).toBe('enum');
    expect(error?.limits?.allowed).toContain(6);
  });

  it('refuses a default pattern that names no built-in and no custom pattern', () => {
    expect(errorsOf(withPatch({ breathing: { patternId: 'fast' } }))).toEqual([
      {
        path: 'breathing.patternId',
        code: 'missing-pattern',
        message: 'names no built-in or custom pattern',
      },
    ]);
    expect(errorsOf(withPatch({ breathing: { patternId: 'Not An Id' } }))[0]).toMatchObject({
      path: 'breathing.patternId',
      code: 'pattern',
    });
  });

  it('refuses unknown keys at any depth', () => {
    expect(errorsOf(withPatch({ colour: 'blue' }))).toEqual([
      { path: 'colour', code: 'unknown-key', message: 'is not a known setting' },
    ]);
    expect(errorsOf(withPatch({ breathing: { speed: 2 } }))[0]).toMatchObject({
      path: 'breathing.speed',
      code: 'unknown-key',
    });
  });

  it('refuses a key longer than 64 characters, and echoes any key escaped and cut short', () => {
    const long = `breathing${'x'.repeat(10_000)}`;
    const [error] = errorsOf(withPatch({ [long]: true }));
    expect(error).toMatchObject({ code: 'unknown-key', limits: { max: MAX_SETTINGS_KEY_LENGTH } });
    expect(error?.path.length).toBeLessThanOrEqual(40);
    expect(errorsOf(withPatch({ breathing: { 'a\nINFO forged': 1 } }))[0]?.path).toBe(
      'breathing.a\\u000aINFO forged',
    );
    expect(errorsOf(withPatch({ ['k'.repeat(MAX_SETTINGS_KEY_LENGTH)]: 1 }))[0]?.limits).toBeUndefined();
  });

  it('formats any number of errors as one line of at most 200 characters for the log', () => {
    const patch = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`key-${i}\n[error] forged ${'y'.repeat(50)}`, i]),
    );
    const message = formatSettingsErrors(errorsOf(withPatch(patch)));
    expect(message.length).toBeLessThanOrEqual(200);
    expect(message).not.toMatch(/[\n\r]/);
  });

  it('refuses prototype-polluting keys and leaves Object.prototype alone', () => {
    const patch = JSON.parse(
      '{"__proto__": {"polluted": true}, "breathing": {"constructor": {"prototype": 1}}}',
    );
    const errors = errorsOf(withPatch(patch));
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['__proto__', 'forbidden-key'],
      ['breathing.constructor', 'forbidden-key'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorsOf(withPatch({ prototype: 1 }))[0]?.code).toBe('forbidden-key');
  });

  it('refuses a patch that is not a plain object', () => {
    expect(errorsOf(withPatch('language=nl'))[0]).toMatchObject({ path: '', code: 'type' });
    expect(errorsOf(withPatch(new Date()))[0]).toMatchObject({ path: '', code: 'type' });
    expect(errorsOf(withPatch([1]))[0]).toMatchObject({ path: '', code: 'type' });
  });

  it('refuses working hours that start and end at the same time', () => {
    const expected = [
      {
        path: 'workingHours.endMinutes',
        code: 'order',
        message: 'must differ from workingHours.startMinutes (an earlier end runs past midnight)',
      },
    ];
    expect(errorsOf(withPatch({ workingHours: { startMinutes: 600, endMinutes: 600 } }))).toEqual(expected);
    expect(errorsOf(withPatch({ workingHours: { startMinutes: 0, endMinutes: 0 } }))).toEqual(expected);
    // Refused whether working hours are on or off, so turning them on never meets a stored conflict.
    expect(
      errorsOf(withPatch({ workingHours: { enabled: false, startMinutes: 480, endMinutes: 480 } })),
    ).toEqual(expected);
  });

  it.each([
    ['an evening shift past midnight', 22 * 60, 6 * 60],
    ['an end just before the start', 9 * 60, 9 * 60 - 1],
    ['an end at 00:00 stored as 0', 18 * 60, 0],
    ['an end at midnight stored as 1440', 18 * 60, 1440],
    ['the whole day', 0, 1440],
    ['the last minute of the day', 1439, 1440],
  ])('accepts %s', (_label, startMinutes, endMinutes) => {
    const result = withPatch({ workingHours: { enabled: true, startMinutes, endMinutes } });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.workingHours).toMatchObject({ startMinutes, endMinutes });
  });

  it('lets the start move past the end one field at a time (09:00–17:30, start to 18:00)', () => {
    const result = withPatch({ workingHours: { startMinutes: 18 * 60 } });
    expect(result.ok && result.value.workingHours).toMatchObject({ startMinutes: 1080, endMinutes: 1050 });
  });

  it('requires at least one working day only while working hours are enabled', () => {
    expect(withPatch({ workingHours: { enabled: false, days: [] } }).ok).toBe(true);
    expect(errorsOf(withPatch({ workingHours: { enabled: true, days: [] } }))[0]).toMatchObject({
      path: 'workingHours.days',
      code: 'empty',
    });
  });

  it('refuses repeated or impossible weekdays', () => {
    expect(errorsOf(withPatch({ workingHours: { days: [1, 1] } }))[0]).toMatchObject({
      path: 'workingHours.days',
      code: 'unique',
    });
    expect(errorsOf(withPatch({ workingHours: { days: [1, 9] } }))[0]).toMatchObject({
      path: 'workingHours.days[1]',
      code: 'enum',
    });
  });

  it('checks the shortcut as an Electron accelerator', () => {
    expect(withPatch({ shortcut: { breatheNow: 'Alt+Shift+B' } }).ok).toBe(true);
    expect(errorsOf(withPatch({ shortcut: { breatheNow: 'Ctrl+Banana' } }))[0]).toMatchObject({
      path: 'shortcut.breatheNow',
      code: 'accelerator',
    });
    expect(errorsOf(withPatch({ shortcut: { breatheNow: 'x'.repeat(65) } }))[0]).toMatchObject({
      path: 'shortcut.breatheNow',
      code: 'length',
      limits: { min: 1, max: 64 },
    });
  });

  it('only allows the current schema version', () => {
    expect(withPatch({ schemaVersion: SETTINGS_SCHEMA_VERSION }).ok).toBe(true);
    expect(errorsOf(withPatch({ schemaVersion: SETTINGS_SCHEMA_VERSION - 1 }))[0]).toMatchObject({
      path: 'schemaVersion',
      code: 'enum',
    });
  });

  it('ignores undefined values as "unchanged"', () => {
    const result = withPatch({ language: undefined, theme: 'dark' });
    expect(result.ok && result.value.language).toBe(DEFAULT_SETTINGS.language);
    expect(result.ok && result.value.theme).toBe('dark');
  });
});

describe('formatSettingsErrors', () => {
  it('joins path and message per error', () => {
    expect(
      formatSettingsErrors([
        { path: 'a.b', code: 'range', message: 'must be a whole number from 1 to 2' },
        { path: '', code: 'type', message: 'must be an object' },
      ]),
    ).toBe('a.b must be a whole number from 1 to 2; must be an object');
  });
});

describe('the evening invitation to lie down', () => {
  it('takes a time of day from 00:00 to 23:59 and refuses anything else, changing nothing', () => {
    const patch = (minutes: unknown) =>
      validateSettingsPatch(DEFAULT_SETTINGS, { floorInvitation: { enabled: true, minutes } });
    expect(patch(0).ok).toBe(true);
    expect(patch(1439)).toMatchObject({
      ok: true,
      value: { floorInvitation: { enabled: true, minutes: 1439 } },
    });
    for (const bad of [1440, -1, 20.5, '20:30', null]) {
      expect(patch(bad).ok, String(bad)).toBe(false);
    }
    expect(errorsOf(patch(1440))[0]).toMatchObject({ path: 'floorInvitation.minutes', code: 'range' });
  });
});
