/**
 * `SOAK_BUDGET=small` keeps CI fast; anything else runs the full soak. Seeds may be overridden
 * with `SOAK_SEED` to replay a failure.
 */
export type SoakBudget = 'full' | 'small';

export function soakBudget(): SoakBudget {
  return process.env.SOAK_BUDGET === 'small' ? 'small' : 'full';
}

export function bySoakBudget<T>(values: { readonly full: T; readonly small: T }): T {
  return values[soakBudget()];
}

export function soakSeed(fallback: number): number {
  const text = process.env.SOAK_SEED;
  const seed = text === undefined ? Number.NaN : Number(text);
  return Number.isSafeInteger(seed) ? seed : fallback;
}
