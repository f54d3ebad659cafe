/**
 * Bounds that more than one process or entry point enforces, defined once. Settings ranges live
 * in the settings schema (shared/settings/schema.ts), which the preferences read their bounds from.
 */

/**
 * Shortest and longest break anyone may ask for (`break:start`'s durationSeconds, the scheduler's
 * own check), in ms.
 */
export const BREAK_LENGTH_LIMITS_MS = { min: 10_000, max: 3_600_000 } as const;

/**
 * Guided breathing one break can report, in seconds. A break never lasts longer than
 * BREAK_LENGTH_LIMITS_MS.max, so neither can its breathing; IPC and the statistics store both
 * use this bound, so a break IPC accepts is never lost by the store.
 */
export const MAX_BREATHED_SECONDS = BREAK_LENGTH_LIMITS_MS.max / 1000;

/** A timed pause, in minutes: up to a week ("indefinitely" covers longer). Panel, IPC and CLI alike. */
export const PAUSE_MINUTES = { min: 1, max: 7 * 24 * 60 } as const;

/** How many days of statistics one request may ask for, ending today. */
export const MAX_STATS_DAYS = 400;
