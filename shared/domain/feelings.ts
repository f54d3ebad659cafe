/** The one-tap answer after a break, in the order the done screen and statistics show them. */
export const FEELINGS = ['calmer', 'same', 'tenser'] as const;

export type Feeling = (typeof FEELINGS)[number];

export function isFeeling(value: unknown): value is Feeling {
  return typeof value === 'string' && (FEELINGS as readonly string[]).includes(value);
}
