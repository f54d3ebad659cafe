import { isPlainObject } from './domain/plain-data.ts';
import type { IpcError, PushMap } from './ipc-contract.ts';
import type { MotionSetting } from './settings/types.ts';

/**
 * How long a window fades in and out: the `--fade` token of tokens.css (a test keeps the two
 * equal). Main waits this long after telling a page it is closing (`window:closing`) before it
 * destroys the window, so the page's fade out is seen whole and never waits on the page.
 */
export const WINDOW_FADE_MS = 360;

/** Reduced motion as every window applies it: the setting decides, else the system's preference. */
export function effectiveReducedMotion(
  setting: MotionSetting | undefined,
  systemPrefersReduced: boolean,
): boolean {
  if (setting === 'reduce') return true;
  if (setting === 'full') return false;
  return systemPrefersReduced;
}

/** The longest fade a `window:closing` push may carry: far above the fade main waits for. */
export const MAX_CLOSING_FADE_MS = 2_000;

/**
 * The `window:closing` payload: exactly `{ fadeMs }`, a whole number of milliseconds from 0 to
 * MAX_CLOSING_FADE_MS. Main's payload is typed by the contract (its tests run this validator on
 * what main sent); the page checks what arrives at run time and ignores
 * anything else, so it never fades for a time main did not mean.
 */
export function validateWindowClosing(
  payload: unknown,
):
  | { readonly ok: true; readonly value: PushMap['window:closing'] }
  | { readonly ok: false; readonly error: IpcError } {
  const problem = closingProblem(payload);
  return problem === null
    ? { ok: true, value: payload as PushMap['window:closing'] }
    : { ok: false, error: { code: 'invalid-payload', message: problem } };
}

function closingProblem(payload: unknown): string | null {
  if (!isPlainObject(payload)) return 'expected a plain object';
  const keys = Reflect.ownKeys(payload);
  if (keys.length !== 1 || keys[0] !== 'fadeMs') return 'expected exactly the key "fadeMs"';
  const { fadeMs } = payload;
  const whole = typeof fadeMs === 'number' && Number.isInteger(fadeMs);
  return whole && fadeMs >= 0 && fadeMs <= MAX_CLOSING_FADE_MS
    ? null
    : `fadeMs must be a whole number from 0 to ${MAX_CLOSING_FADE_MS}`;
}
