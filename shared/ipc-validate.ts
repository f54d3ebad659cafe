import { echoInput } from './bounded-text.ts';
import { isBreakKind } from './domain/break-kinds.ts';
import { FEELINGS, type Feeling, isFeeling } from './domain/feelings.ts';
import {
  BREAK_LENGTH_LIMITS_MS,
  MAX_BREATHED_SECONDS,
  MAX_STATS_DAYS,
  PAUSE_MINUTES,
} from './domain/limits.ts';
import { isPatternRef } from './domain/pattern-ids.ts';
import { isPauseMinutes } from './domain/pause-request.ts';
import { FORBIDDEN_KEYS, isPlainObject } from './domain/plain-data.ts';
import { isSignalLevel, SIGNAL_IDS } from './domain/signals.ts';
import { type PatternSettings, resolvePattern, unknownPatternMessage } from './exercises/resolve-pattern.ts';
import type {
  AppRoute,
  BreakChoice,
  BreakCompletion,
  CheckinAnswers,
  InvokeChannel,
  InvokeMap,
  IpcError,
  PauseRequest,
  StatsQuery,
} from './ipc-contract.ts';
import { appRoutes } from './ipc-contract.ts';

/**
 * Payload validators for every invoke channel. Main runs them before any handler sees a payload,
 * so a renderer (or anything pretending to be one) can only reach a handler with a value of the
 * exact request type. Objects must be plain, with exactly the expected keys; anything else is
 * refused with an `invalid-payload` error that names the problem.
 */

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcError };
export type PayloadValidator<T> = (payload: unknown) => Validation<T>;

/** Bounds for free-form payloads (settings updates), far above any real settings object. */
export const PAYLOAD_LIMITS = {
  maxDepth: 6,
  maxKeys: 200,
  maxStringLength: 256,
  maxArrayLength: 64,
} as const;

export const completionOutcomes = [
  'taken',
  'skipped',
] as const satisfies readonly BreakCompletion['outcome'][];

/** Shortest and longest manual break a renderer may ask for, in seconds (the scheduler's bounds). */
export const MIN_MANUAL_BREAK_SECONDS = BREAK_LENGTH_LIMITS_MS.min / 1000;
export const MAX_MANUAL_BREAK_SECONDS = BREAK_LENGTH_LIMITS_MS.max / 1000;

function invalid<T>(message: string): Validation<T> {
  return { ok: false, error: { code: 'invalid-payload', message } };
}

function valid<T>(value: T): Validation<T> {
  return { ok: true, value };
}

function hasExactKeys(
  value: Record<string, unknown>,
  required: readonly string[],
  optional: readonly string[] = [],
): string | null {
  const keys = Reflect.ownKeys(value);
  for (const key of keys) {
    if (typeof key !== 'string') return 'symbol keys are not allowed';
    if (FORBIDDEN_KEYS.has(key)) return `key "${key}" is not allowed`;
    if (!required.includes(key) && !optional.includes(key)) return `unexpected key "${echoInput(key)}"`;
  }
  for (const key of required) if (!Object.hasOwn(value, key)) return `missing key "${key}"`;
  return null;
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function noPayload(payload: unknown): Validation<undefined> {
  return payload === undefined ? valid(undefined) : invalid('this channel takes no payload');
}

function objectWith<T>(
  payload: unknown,
  required: readonly string[],
  optional: readonly string[],
  check: (value: Record<string, unknown>) => string | null,
): Validation<T> {
  if (!isPlainObject(payload)) return invalid('expected a plain object');
  const keyProblem = hasExactKeys(payload, required, optional);
  if (keyProblem) return invalid(keyProblem);
  const problem = check(payload);
  return problem ? invalid(problem) : valid(payload as T);
}

/**
 * Checks a free-form JSON value (the settings patch) for shape only: plain data, bounded depth,
 * size and string length, and no prototype-polluting keys. Its meaning is checked by the
 * settings validator.
 */
export function checkPlainData(
  value: unknown,
  depth = 0,
  budget = { keys: PAYLOAD_LIMITS.maxKeys },
): string | null {
  if (depth > PAYLOAD_LIMITS.maxDepth) return 'payload is nested too deeply';
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'numbers must be finite';
  if (typeof value === 'string') {
    return value.length <= PAYLOAD_LIMITS.maxStringLength ? null : 'a text in the payload is too long';
  }
  if (Array.isArray(value)) {
    if (value.length > PAYLOAD_LIMITS.maxArrayLength) return 'a list in the payload is too long';
    for (const item of value) {
      const problem = checkPlainData(item, depth + 1, budget);
      if (problem) return problem;
    }
    return null;
  }
  if (!isPlainObject(value)) return 'payload must be plain data';
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return 'symbol keys are not allowed';
    if (FORBIDDEN_KEYS.has(key)) return `key "${key}" is not allowed`;
    budget.keys -= 1;
    if (budget.keys < 0) return 'payload has too many keys';
    const problem = checkPlainData(value[key], depth + 1, budget);
    if (problem) return problem;
  }
  return null;
}

export function validateBreakStart(payload: unknown): Validation<InvokeMap['break:start']['req']> {
  return objectWith(payload, ['kind'], ['patternId', 'durationSeconds', 'floor'], (v) => {
    if (!isBreakKind(v.kind)) return 'kind must be "breathing" or "stretch"';
    if (v.floor !== undefined && typeof v.floor !== 'boolean') return 'floor must be true or false';
    if (v.floor === true && v.kind !== 'breathing') return 'a floor session is a breathing break';
    if (v.patternId !== undefined && !isPatternRef(v.patternId))
      return 'patternId must be a pattern id such as "belly"';
    if (
      v.durationSeconds !== undefined &&
      !isIntegerIn(v.durationSeconds, MIN_MANUAL_BREAK_SECONDS, MAX_MANUAL_BREAK_SECONDS)
    ) {
      return `durationSeconds must be a whole number from ${MIN_MANUAL_BREAK_SECONDS} to ${MAX_MANUAL_BREAK_SECONDS}`;
    }
    return null;
  });
}

/**
 * The second check of a payload naming a pattern, once the settings are at hand: the shape check
 * above accepts any id spelled like one; this refuses an id that names no built-in pattern and
 * none of the user's (a deleted custom pattern, a stale window). Null when the payload may pass.
 */
export function unknownPatternError(
  settings: PatternSettings,
  patternId: string | undefined,
): IpcError | null {
  if (patternId === undefined || resolvePattern(settings, patternId) !== undefined) return null;
  return { code: 'invalid-payload', message: unknownPatternMessage(patternId) };
}

export function validateBreakChoice(payload: unknown): Validation<BreakChoice> {
  const { min, max } = BREAK_LENGTH_LIMITS_MS;
  return objectWith(payload, ['patternId', 'requestedMs'], [], (v) => {
    if (!isPatternRef(v.patternId)) return 'patternId must be a pattern id such as "belly"';
    if (!isIntegerIn(v.requestedMs, min, max))
      return `requestedMs must be a whole number from ${min} to ${max}`;
    return null;
  });
}

export function validateBreakCompletion(payload: unknown): Validation<BreakCompletion> {
  return objectWith(payload, ['outcome', 'breathedSeconds'], [], (v) => {
    if (!isOneOf(completionOutcomes, v.outcome)) return 'outcome must be "taken" or "skipped"';
    const seconds = v.breathedSeconds;
    if (
      typeof seconds !== 'number' ||
      !Number.isFinite(seconds) ||
      seconds < 0 ||
      seconds > MAX_BREATHED_SECONDS
    ) {
      return `breathedSeconds must be a number from 0 to ${MAX_BREATHED_SECONDS}`;
    }
    return null;
  });
}

export function validateFeeling(payload: unknown): Validation<{ feeling: Feeling }> {
  return objectWith(payload, ['feeling'], [], (v) =>
    isFeeling(v.feeling) ? null : `feeling must be one of ${FEELINGS.join(', ')}`,
  );
}

export function validatePauseRequest(payload: unknown): Validation<PauseRequest> {
  if (isPlainObject(payload) && Object.hasOwn(payload, 'minutes')) {
    return objectWith(payload, ['minutes'], [], (v) =>
      isPauseMinutes(v.minutes)
        ? null
        : `minutes must be a whole number from ${PAUSE_MINUTES.min} to ${PAUSE_MINUTES.max}`,
    );
  }
  return objectWith(payload, ['until'], [], (v) =>
    v.until === 'tomorrow' || v.until === 'indefinitely'
      ? null
      : 'expected { minutes } or { until: "tomorrow" | "indefinitely" }',
  );
}

export function validateStatsQuery(payload: unknown): Validation<StatsQuery> {
  return objectWith(payload, ['days'], [], (v) =>
    isIntegerIn(v.days, 1, MAX_STATS_DAYS) ? null : `days must be a whole number from 1 to ${MAX_STATS_DAYS}`,
  );
}

export function validateCheckin(payload: unknown): Validation<{ answers: CheckinAnswers }> {
  return objectWith(payload, ['answers'], [], (v) => {
    const answers = v.answers;
    if (!isPlainObject(answers)) return 'answers must be a plain object';
    const keyProblem = hasExactKeys(answers, SIGNAL_IDS);
    if (keyProblem) return `answers: ${keyProblem}`;
    for (const id of SIGNAL_IDS) {
      if (!isSignalLevel(answers[id])) return `answers.${id} must be 0, 1 or 2`;
    }
    return null;
  });
}

export function validateWindowOpen(payload: unknown): Validation<{ route: AppRoute }> {
  return objectWith(payload, ['route'], [], (v) => (isOneOf(appRoutes, v.route) ? null : 'unknown route'));
}

// The `window:closing` push is typed where it is sent (main) and checked where it arrives (the page);
// its validator lives with the fade (shared/window-fade.ts) so a page's bundle stays small.
export { MAX_CLOSING_FADE_MS, validateWindowClosing } from './window-fade.ts';

export function validateSettingsPatch(payload: unknown): Validation<unknown> {
  if (!isPlainObject(payload)) return invalid('expected a plain object of settings');
  const problem = checkPlainData(payload);
  return problem ? invalid(problem) : valid(payload);
}

/** One validator per invoke channel; the mapped type makes a missing channel a type error. */
export const invokeValidators: { readonly [K in InvokeChannel]: PayloadValidator<InvokeMap[K]['req']> } = {
  'settings:get': noPayload,
  'settings:update': validateSettingsPatch,
  'settings:reset': noPayload,
  'scheduler:get': noPayload,
  'break:session': noPayload,
  'break:start': validateBreakStart,
  'break:choose': validateBreakChoice,
  'break:started': noPayload,
  'break:paused': noPayload,
  'break:resumed': noPayload,
  'break:complete': validateBreakCompletion,
  'break:feeling': validateFeeling,
  'break:postpone': noPayload,
  'break:skip': noPayload,
  'schedule:pause': validatePauseRequest,
  'schedule:resume': noPayload,
  'stats:days': validateStatsQuery,
  'stats:export-csv': noPayload,
  'checkin:save': validateCheckin,
  'window:open': validateWindowOpen,
  'window:close': noPayload,
  'app:info': noPayload,
  'autostart:get': noPayload,
};

export function validateInvokePayload<K extends InvokeChannel>(
  channel: K,
  payload: unknown,
): Validation<InvokeMap[K]['req']> {
  const validator = invokeValidators[channel] as PayloadValidator<InvokeMap[K]['req']>;
  return validator(payload);
}
