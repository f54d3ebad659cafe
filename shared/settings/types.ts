import { type BusyPreferences, DEFAULT_BUSY_PREFERENCES } from '../domain/busy.ts';
import type { CustomPattern } from '../domain/custom-patterns.ts';
import type { PatternRef } from '../domain/pattern-ids.ts';

export type LanguageSetting = 'system' | 'en' | 'nl';
export type ThemeSetting = 'system' | 'light' | 'dark';
export type MotionSetting = 'system' | 'reduce' | 'full';
/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Everything the user can set. Durations carry their unit in the name. The JSON Schema in
 * `schema.ts` is the source of the rules (ranges, enums); this type mirrors it.
 */
export interface Settings {
  readonly schemaVersion: number;
  readonly language: LanguageSetting;
  readonly theme: ThemeSetting;
  readonly motion: MotionSetting;
  readonly breathing: {
    readonly enabled: boolean;
    readonly intervalMinutes: number;
    readonly durationSeconds: number;
    /** The pattern of scheduled breaks: a built-in id or one of `customPatterns` (the validator checks it exists). */
    readonly patternId: PatternRef;
    /** A ring around the shape that fills through each breath. */
    readonly ring: boolean;
    /** The user's own patterns (at most CUSTOM_PATTERN_LIMITS.maxCount), in the order they were made. */
    readonly customPatterns: readonly CustomPattern[];
  };
  readonly stretch: {
    readonly enabled: boolean;
    readonly intervalMinutes: number;
    readonly durationMinutes: number;
    /** Offer floor exercises in scheduled stretch breaks (off: desk and standing only). */
    readonly includeFloor: boolean;
  };
  readonly notice: {
    readonly enabled: boolean;
    readonly leadSeconds: number;
  };
  readonly postpone: {
    readonly minutes: number;
    readonly limit: number;
  };
  readonly strictMode: boolean;
  readonly sounds: {
    readonly enabled: boolean;
    /** 0–100 */
    readonly volume: number;
  };
  readonly workingHours: {
    readonly enabled: boolean;
    readonly days: readonly Weekday[];
    /** Minutes after local midnight. */
    readonly startMinutes: number;
    readonly endMinutes: number;
  };
  readonly idle: {
    /** Idle at least as long as a break counts as that break, taken naturally. */
    readonly naturalBreaks: boolean;
    /** Idle this long pauses the schedule until activity returns. */
    readonly longIdleMinutes: number;
    /** A screen lock shorter than this changes nothing. */
    readonly minLockMinutes: number;
    /** A break due while the user types waits up to this long for a pause in input. */
    readonly typingGraceSeconds: number;
  };
  readonly startAtLogin: boolean;
  readonly shortcut: {
    readonly enabled: boolean;
    /** Electron accelerator, e.g. "CommandOrControl+Alt+B". */
    readonly breatheNow: string;
  };
  readonly checkinReminder: {
    readonly enabled: boolean;
    readonly weekday: Weekday;
    readonly minutes: number;
  };
  /**
   * An invitation, once an evening, to lie down and breathe (the floor session): the article's
   * practice belongs at home as much as at work. Off until the user asks for it.
   */
  readonly floorInvitation: {
    readonly enabled: boolean;
    /** Minutes after local midnight. */
    readonly minutes: number;
  };
  /** macOS: countdown text next to the menubar icon. */
  readonly trayCountdown: boolean;
  /** Hold breaks while busy: one switch per reason, and apps that count as busy while in front. */
  readonly busy: BusyPreferences;
  /**
   * Linux Wayland sessions: run as a native Wayland client instead of through XWayland. Native
   * Wayland cannot place windows, keep them on top or give them focus, so it is off by default.
   */
  readonly runNativelyOnWayland: boolean;
}

export const SETTINGS_SCHEMA_VERSION = 5;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  language: 'system',
  theme: 'system',
  motion: 'system',
  breathing: {
    enabled: true,
    intervalMinutes: 25,
    durationSeconds: 60,
    patternId: 'belly',
    ring: false,
    customPatterns: [],
  },
  stretch: { enabled: true, intervalMinutes: 90, durationMinutes: 5, includeFloor: false },
  notice: { enabled: true, leadSeconds: 30 },
  postpone: { minutes: 5, limit: 3 },
  strictMode: false,
  sounds: { enabled: false, volume: 40 },
  workingHours: { enabled: false, days: [1, 2, 3, 4, 5], startMinutes: 9 * 60, endMinutes: 17 * 60 + 30 },
  idle: { naturalBreaks: true, longIdleMinutes: 5, minLockMinutes: 2, typingGraceSeconds: 30 },
  startAtLogin: true,
  shortcut: { enabled: true, breatheNow: 'CommandOrControl+Alt+B' },
  checkinReminder: { enabled: false, weekday: 1, minutes: 10 * 60 },
  floorInvitation: { enabled: false, minutes: 20 * 60 + 30 },
  trayCountdown: false,
  busy: DEFAULT_BUSY_PREFERENCES,
  runNativelyOnWayland: false,
};
