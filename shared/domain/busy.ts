/**
 * Why breaks are held: the user is presenting, in a call, watching something full screen, has
 * asked the system for quiet, or works in an app they listed. Pure data shared by main (the
 * policy and the platform probes) and the renderer (preferences and panel).
 */

/** In the order the panel and preferences list them. */
export const BUSY_REASONS = ['presentation', 'fullscreen', 'call', 'do-not-disturb', 'excluded-app'] as const;

export type BusyReason = (typeof BUSY_REASONS)[number];

/** Where a reading came from; shown in the log and `--status`, never to decide anything. */
export const BUSY_SOURCES = [
  'gnome-session-inhibitor',
  'gnome-do-not-disturb',
  'notifications-inhibited',
  'x11-active-window',
  'camera-device',
  'windows-notification-state',
  'windows-consent-store',
  'windows-foreground-app',
] as const;

export type BusySource = (typeof BUSY_SOURCES)[number];

/**
 * What main knows right now. `active`: reasons that hold breaks (already filtered by the user's
 * toggles). `unknown`: reasons whose every source failed this time (they never hold a break).
 */
export interface BusyStatus {
  readonly active: readonly BusyReason[];
  readonly unknown: readonly BusyReason[];
}

export const NOT_BUSY: BusyStatus = { active: [], unknown: [] };

/** Apps on the exclusion list are matched by name; bounds keep the settings file small. */
export const EXCLUDED_APPS_LIMITS = { maxCount: 50, maxLength: 100 } as const;

export function isBusyReason(value: unknown): value is BusyReason {
  return typeof value === 'string' && (BUSY_REASONS as readonly string[]).includes(value);
}

/** Reasons in the canonical order, without duplicates. */
export function orderedReasons(reasons: Iterable<BusyReason>): BusyReason[] {
  const set = new Set(reasons);
  return BUSY_REASONS.filter((reason) => set.has(reason));
}

/** The user's choices: one toggle per reason (all on by default) and apps that count as busy. */
export interface BusyPreferences {
  readonly reasons: Readonly<Record<BusyReason, boolean>>;
  /** App names (X11 window class, Windows executable name), matched without case. */
  readonly excludedApps: readonly string[];
}

export const DEFAULT_BUSY_PREFERENCES: BusyPreferences = {
  reasons: { presentation: true, fullscreen: true, call: true, 'do-not-disturb': true, 'excluded-app': true },
  excludedApps: [],
};
