/**
 * What counts as plain data from outside (IPC payloads, the settings file, settings patches):
 * one definition for every validator.
 */

/** Keys that would reach an object's prototype when merged by assignment. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A plain object literal: not an array, class instance or proxy of one (a null prototype is fine). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
