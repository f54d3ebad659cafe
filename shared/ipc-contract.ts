import type { BreathingPlan } from './break-plan.ts';
import type { PauseRequest } from './domain/pause-request.ts';
import type { SettingsFieldError } from './domain/settings-field-error.ts';
import type { ExerciseId, PatternRef } from './exercises/types.ts';
import type { Locale } from './i18n/locale.ts';
import type { BreakKind, SchedulerSnapshot } from './scheduler-types.ts';
import type { Settings } from './settings/types.ts';
import type { CheckinAnswers, DayStats, Feeling } from './statistics-types.ts';

/**
 * The one contract between the renderer and main. The preload's `window.api`, main's handlers
 * and the payload validators are all derived from these maps, so a channel cannot drift.
 * Every call answers with an `IpcResult`: errors are values, never thrown across the boundary.
 */

export type { CheckinAnswers, Feeling, SignalLevel } from './statistics-types.ts';

/** Routes of the app window (renderer/index.html#/<route>). */
export type AppRoute = 'preferences' | 'statistics' | 'checkin' | 'learn' | 'welcome' | 'about';
export const appRoutes = [
  'preferences',
  'statistics',
  'checkin',
  'learn',
  'welcome',
  'about',
] as const satisfies readonly AppRoute[];

export { BREAK_LENGTH_LIMITS_MS } from './domain/limits.ts';
export type { PauseRequest } from './domain/pause-request.ts';
export type { SettingsFieldError } from './domain/settings-field-error.ts';

/**
 * What the break window shows: made and owned by main when the break (or its notice) begins.
 * The window shows it and tells main what the user does (break:started, :paused, :resumed,
 * :complete); main keeps the break's end, the pause allowance and the overrun.
 */
export interface BreakSession {
  readonly kind: BreakKind;
  readonly patternId: PatternRef;
  /** Whole break length; for breathing the plan's totalMs (pre-roll plus whole cycles). */
  readonly durationMs: number;
  /** Breathing: cycles, rounding and cap decided once by planBreakSession. Null for a stretch break. */
  readonly plan: BreathingPlan | null;
  /** Exercises of a stretch break, in order (empty for breathing). */
  readonly exerciseIds: readonly ExerciseId[];
  readonly strict: boolean;
  readonly source: 'scheduled' | 'manual';
  /** "Lie down and breathe": a breathing session on the floor, eyes closed, guided by sound. */
  readonly floor?: boolean;
}

/**
 * The manual setup's choice for a breathing break started by hand: main plans the session for this
 * pattern and asked-for breathing time and answers with it.
 */
export interface BreakChoice {
  readonly patternId: PatternRef;
  /** Whole ms from BREAK_LENGTH_LIMITS_MS.min to .max: the breathing time asked for, before rounding. */
  readonly requestedMs: number;
}

/**
 * Main's answer to a pause: how long it keeps the paused break (the time left plus its pause
 * allowance) before it ends it. The window ends the break calmly when that has passed.
 */
export interface PauseAnswer {
  readonly endsInMs: number;
}

export interface BreakCompletion {
  readonly outcome: 'taken' | 'skipped';
  /** Seconds of guided breathing actually done (pauses excluded). */
  readonly breathedSeconds: number;
}

export interface IpcError {
  /** 'invalid-payload' | 'forbidden' | 'invalid-settings' | 'not-allowed' | 'failed' */
  readonly code: string;
  readonly message: string;
  readonly fields?: readonly SettingsFieldError[];
}

export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcError };

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: 'darwin' | 'win32' | 'linux' | 'other';
  /** The language the app resolved from the OS, used when the setting is 'system'. */
  readonly systemLocale: Locale;
  /** Settings were found corrupt at start and reset to defaults; true only until read once. */
  readonly settingsWereReset: boolean;
  /**
   * The settings file's default breathing pattern was one of the user's own that the file no longer
   * had (or had wrong), so scheduled breaks use belly breathing; Preferences › Breathing says so.
   */
  readonly defaultPatternFellBack: boolean;
}

export interface AutostartState {
  readonly supported: boolean;
  readonly enabled: boolean;
}

export interface StatsQuery {
  /** 1–400 days ending today. */
  readonly days: number;
}

/** Request/response of every invoke channel (renderer → main). `undefined` means no payload. */
export interface InvokeMap {
  'settings:get': { req: undefined; res: Settings };
  'settings:update': { req: unknown; res: Settings };
  'settings:reset': { req: undefined; res: Settings };
  'scheduler:get': { req: undefined; res: SchedulerSnapshot };
  'break:session': { req: undefined; res: BreakSession | null };
  'break:start': {
    req: { kind: BreakKind; patternId?: PatternRef; durationSeconds?: number; floor?: boolean };
    res: null;
  };
  'break:choose': { req: BreakChoice; res: BreakSession };
  'break:started': { req: undefined; res: null };
  'break:paused': { req: undefined; res: PauseAnswer };
  'break:resumed': { req: undefined; res: null };
  'break:complete': { req: BreakCompletion; res: null };
  'break:feeling': { req: { feeling: Feeling }; res: null };
  'break:postpone': { req: undefined; res: null };
  'break:skip': { req: undefined; res: null };
  'schedule:pause': { req: PauseRequest; res: null };
  'schedule:resume': { req: undefined; res: null };
  'stats:days': { req: StatsQuery; res: readonly DayStats[] };
  'stats:export-csv': { req: undefined; res: { saved: boolean; path?: string } };
  'checkin:save': { req: { answers: CheckinAnswers }; res: null };
  'window:open': { req: { route: AppRoute }; res: null };
  'window:close': { req: undefined; res: null };
  'app:info': { req: undefined; res: AppInfo };
  'autostart:get': { req: undefined; res: AutostartState };
}

/** Messages main pushes to renderers. */
export interface PushMap {
  'scheduler:changed': SchedulerSnapshot;
  'settings:changed': Settings;
  /**
   * Main is closing this window: the page fades out (at most `fadeMs`, the time main waits before
   * it destroys the window) and takes no more input. The page answers nothing.
   */
  'window:closing': { fadeMs: number };
}

export type InvokeChannel = keyof InvokeMap;
export type PushChannel = keyof PushMap;

export const invokeChannels = [
  'settings:get',
  'settings:update',
  'settings:reset',
  'scheduler:get',
  'break:session',
  'break:start',
  'break:choose',
  'break:started',
  'break:paused',
  'break:resumed',
  'break:complete',
  'break:feeling',
  'break:postpone',
  'break:skip',
  'schedule:pause',
  'schedule:resume',
  'stats:days',
  'stats:export-csv',
  'checkin:save',
  'window:open',
  'window:close',
  'app:info',
  'autostart:get',
] as const satisfies readonly InvokeChannel[];

export const pushChannels = [
  'scheduler:changed',
  'settings:changed',
  'window:closing',
] as const satisfies readonly PushChannel[];

/** Fails typecheck when a channel of the maps is missing from the runtime lists above. */
export type MissingChannels =
  | Exclude<InvokeChannel, (typeof invokeChannels)[number]>
  | Exclude<PushChannel, (typeof pushChannels)[number]>;
export const allChannelsListed: [MissingChannels] extends [never] ? true : false = true;

type ReqArgs<K extends InvokeChannel> = InvokeMap[K]['req'] extends undefined
  ? []
  : [payload: InvokeMap[K]['req']];

/** The API the sandboxed preload exposes as `window.api`. */
export interface BridgeApi {
  invoke<K extends InvokeChannel>(channel: K, ...args: ReqArgs<K>): Promise<IpcResult<InvokeMap[K]['res']>>;
  /** Subscribes to a push channel; returns the unsubscribe function. */
  on<K extends PushChannel>(channel: K, listener: (payload: PushMap[K]) => void): () => void;
}
