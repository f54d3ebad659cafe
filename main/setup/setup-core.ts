import { join } from 'node:path';
import type {
  App,
  Menu,
  NativeTheme,
  PowerMonitor,
  Protocol,
  Screen,
  Session,
  SystemPreferences,
} from 'electron';
import { createTranslator, type Translate } from '../../shared/i18n/index.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { themeBackground } from '../../shared/theme-background.ts';
import { effectiveReducedMotion } from '../../shared/window-fade.ts';
import { applyApplicationMenu } from '../app-menu.ts';
import { serveAppProtocol } from '../app-protocol.ts';
import { createIgnoredSwitchesLog } from '../cli/ignored-switches-log.ts';
import { createFileLogger } from '../file-logger.ts';
import { effectiveLocale } from '../locale.ts';
import type { Logger } from '../logger.ts';
import { createOnceMarker, type OnceMarker } from '../notifications/once-marker.ts';
import { createTrustedIdleSource, type TrustedIdleSource } from '../power/idle-trust.ts';
import { createSystemTimer, systemMonotonicClock, systemWallClock } from '../scheduler/index.ts';
import { createElectronSettingsStore } from '../settings/electron-store-adapter.ts';
import { nodeSettingsFileSystem } from '../settings/node-settings-file-system.ts';
import { createSettingsService, type SettingsService } from '../settings/settings-service.ts';
import { createStatisticsStore, type StatisticsStore } from '../statistics/statistics-store.ts';
import { hardenSession, hardenWebContents } from '../windows/web-contents-guards.ts';
import { createWindowManager, type WindowManager } from '../windows/window-manager.ts';

export interface CoreSetupDeps {
  readonly app: App;
  readonly menu: typeof Menu;
  readonly session: Session;
  readonly protocol: Protocol;
  readonly screen: Screen;
  readonly nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors'>;
  /** The system's reduced-motion preference, as the pages' `prefers-reduced-motion` reads it. */
  readonly systemPreferences: Pick<SystemPreferences, 'getAnimationSettings'>;
  readonly powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime'>;
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  /** Switches the command line left to Chromium, for the log. */
  readonly ignoredSwitches: readonly string[];
}

export interface Core {
  readonly log: Logger;
  readonly settings: SettingsService;
  readonly stats: StatisticsStore;
  readonly locale: () => Locale;
  readonly t: () => Translate;
  readonly idle: TrustedIdleSource;
  readonly windows: WindowManager;
  readonly appPath: string;
  /** Things said once ever (kept in userData). */
  readonly told: OnceMarker;
}

/**
 * What everything else is built on, once the app is ready: the log, a hardened session and the
 * app:// protocol, the settings and statistics in userData, the language, the trusted idle source
 * and the window manager.
 */
export function setupCore(deps: CoreSetupDeps): Core {
  const { app, platform } = deps;
  const userData = app.getPath('userData');
  const appPath = app.getAppPath();
  const log = createFileLogger(userData);
  createIgnoredSwitchesLog(log)(deps.ignoredSwitches);
  app.dock?.hide();
  applyApplicationMenu(deps.menu, platform, app.isPackaged);
  hardenSession(deps.session);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  serveAppProtocol(deps.protocol, join(appPath, 'out', 'renderer'));
  const settings = createSettingsService({
    store: createElectronSettingsStore(userData),
    fs: nodeSettingsFileSystem,
    now: () => Date.now(),
    log: (message, error) => log.warn(`settings: ${message}`, error ?? ''),
  });
  const stats = createStatisticsStore({
    directory: userData,
    now: () => Date.now(),
    timeZone: () => systemWallClock.timeZone(),
    log: (message, error) => log.warn(`statistics: ${message}`, error ?? ''),
  });
  const locale = () => effectiveLocale(settings.get().language, app.getLocale());
  const idle = createTrustedIdleSource({
    readIdleSeconds: () => deps.powerMonitor.getSystemIdleTime(),
    monotonicNowMs: () => systemMonotonicClock.nowMs(),
    log,
    sessionType: deps.env.XDG_SESSION_TYPE,
  });
  const windows = createWindowManager({
    preloadPath: join(appPath, 'out', 'preload', 'index.cjs'),
    screen: deps.screen,
    log,
    platform,
    wayland: platform === 'linux' && deps.env.XDG_SESSION_TYPE === 'wayland',
    nowMs: () => systemMonotonicClock.nowMs(),
    background: () => themeBackground(settings.get().theme, deps.nativeTheme.shouldUseDarkColors),
    devTools: !app.isPackaged,
    keepDockHidden: () => app.dock?.hide(),
    createTimer: createSystemTimer,
    // Read as each window closes, so a changed setting or system preference counts at once.
    reducedMotion: () =>
      effectiveReducedMotion(
        settings.get().motion,
        deps.systemPreferences.getAnimationSettings().prefersReducedMotion,
      ),
  });
  const told = createOnceMarker(userData);
  return { log, settings, stats, locale, t: () => createTranslator(locale()), idle, windows, appPath, told };
}
