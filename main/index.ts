import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeTheme,
  powerMonitor,
  protocol,
  screen,
  session,
} from 'electron';
import { PATTERN_IDS } from '../shared/domain/pattern-ids.ts';
import { createTranslator } from '../shared/i18n/index.ts';
import type { SchedulerSnapshot } from '../shared/scheduler-types.ts';
import { themeBackground } from '../shared/theme-background.ts';
import { createAppCommands } from './app-commands.ts';
import { applyApplicationMenu } from './app-menu.ts';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { createAutostart } from './autostart/autostart.ts';
import { serializeAutostart } from './autostart/serialized-autostart.ts';
import { createBreakFlow } from './break-flow.ts';
import { createBreakSessionOwner } from './break-session.ts';
import { createCheckinReminder } from './checkin-reminder.ts';
import { type CliCommand, cliHelpText, parseCli } from './cli/cli-parser.ts';
import { createIgnoredSwitchesLog } from './cli/ignored-switches-log.ts';
import { launchData, secondLaunchCommand } from './cli/launch-data.ts';
import { runCliCommand } from './command-line.ts';
import { saveCsvWithDialog } from './csv-export.ts';
import { createIpcGateway } from './ipc/ipc-gateway.ts';
import { setupIpcHandlers } from './ipc/ipc-handlers.ts';
import { isTrustedSender } from './ipc/sender-check.ts';
import { effectiveLocale } from './locale.ts';
import { createFileLogger } from './logging.ts';
import { APP_USER_MODEL_ID, createBreakNotifier } from './notifications/break-notice.ts';
import { createCheckinNotifier } from './notifications/checkin-notification.ts';
import { showInfoNotification } from './notifications/info-notification.ts';
import { createOnceMarker } from './notifications/once-marker.ts';
import { os } from './os.ts';
import { plannedBreathingMs, plannedSchedulerConfig } from './planned-scheduler-config.ts';
import { createTrustedIdleSource, LOCKED_PROBE_AFTER_MS } from './power/idle-trust.ts';
import { createLinuxLockWatch } from './power/linux-lock-watch.ts';
import { connectPowerMonitor, type PowerSink } from './power/power-events.ts';
import {
  createScheduler,
  createSystemTimer,
  createWallDriftWatch,
  idleSourceOverTrust,
  type Scheduler,
  systemMonotonicClock,
  systemWallClock,
} from './scheduler/index.ts';
import { createElectronSettingsStore } from './settings/electron-store-adapter.ts';
import { nodeSettingsFileSystem } from './settings/node-settings-file-system.ts';
import { createSettingsService } from './settings/settings-service.ts';
import { createShortcutBinding } from './shortcuts/global-shortcut.ts';
import { shortcutAvailability, startedThroughXWayland } from './shortcuts/shortcut-availability.ts';
import { createStatisticsStore } from './statistics/statistics-store.ts';
import { createTrayController } from './tray/tray-controller.ts';
import { trayIconDirectory, trayIconFile } from './tray/tray-icons.ts';
import { createTrayView } from './tray/tray-view.ts';
import { hardenSession, hardenWebContents } from './windows/web-contents-guards.ts';
import { createWindowManager } from './windows/window-manager.ts';

/**
 * Composition root: the only place that knows every part. Before ready: answer --help and
 * --version, take the single-instance lock, register the app:// scheme. On ready: build the
 * services, then the adapters around them, and hand each its dependencies.
 */

function main(): void {
  const parsed = parseCli(process.argv, PATTERN_IDS);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    app.exit(2);
    return;
  }
  if (parsed.command.kind === 'help' || parsed.command.kind === 'version') {
    const text =
      parsed.command.kind === 'help' ? cliHelpText(app.getVersion(), PATTERN_IDS) : app.getVersion();
    process.stdout.write(`${text.trimEnd()}\n`);
    app.exit(0);
    return;
  }
  const command = parsed.command;
  // A second launch hands its parsed command to the running app (see 'second-instance') and leaves.
  if (!app.requestSingleInstanceLock(launchData(command))) {
    app.exit(0);
    return;
  }
  registerAppScheme(protocol);
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {});
  const ignored = parsed.ignored ?? [];
  app
    .whenReady()
    .then(() => onReady(command, ignored))
    .catch((error: unknown) => {
      process.stderr.write(`Breathing Room could not start: ${String(error)}\n`);
      app.exit(1);
    });
}

function onReady(
  startCommand: CliCommand<(typeof PATTERN_IDS)[number]>,
  ignoredSwitches: readonly string[],
): void {
  const platform = process.platform;
  const userData = app.getPath('userData');
  const log = createFileLogger(userData);
  const logIgnoredSwitches = createIgnoredSwitchesLog(log);
  logIgnoredSwitches(ignoredSwitches);
  const appPath = app.getAppPath();
  app.dock?.hide();
  applyApplicationMenu(Menu, platform, app.isPackaged);

  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  serveAppProtocol(protocol, join(appPath, 'out', 'renderer'));

  // --- Services (no Electron in them) ---
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
  const t = () => createTranslator(locale());
  const idle = createTrustedIdleSource({
    readIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    monotonicNowMs: () => systemMonotonicClock.nowMs(),
    log,
    sessionType: process.env.XDG_SESSION_TYPE,
  });

  // --- Windows and the break flow ---
  const windows = createWindowManager({
    preloadPath: join(appPath, 'out', 'preload', 'index.cjs'),
    screen,
    log,
    platform,
    wayland: platform === 'linux' && process.env.XDG_SESSION_TYPE === 'wayland',
    nowMs: () => systemMonotonicClock.nowMs(),
    background: () => themeBackground(settings.get().theme, nativeTheme.shouldUseDarkColors),
    devTools: !app.isPackaged,
  });
  let onSnapshot: (snapshot: SchedulerSnapshot) => void = () => {};
  let noticeAction: (action: 'start' | 'postpone' | 'skip' | 'open') => void = () => {};
  const notifier = createBreakNotifier({
    platform,
    log,
    showNoticeWindow: () => windows.showNotice(),
    onAction: (action) => noticeAction(action),
  });
  // The scheduler calls back into the flow, and the session owner calls the scheduler.
  let schedulerRef: Pick<Scheduler, 'beginBreak' | 'completeBreak'> | null = null;
  const sessions = createBreakSessionOwner({
    settings: () => settings.get(),
    nowMs: () => systemMonotonicClock.nowMs(),
    scheduler: {
      beginBreak: (options) => schedulerRef?.beginBreak(options),
      completeBreak: (outcome, breathedMs) => schedulerRef?.completeBreak(outcome, breathedMs),
    },
  });
  const flow = createBreakFlow({
    sessions,
    stats,
    wallNowMs: () => Date.now(),
    notice: {
      show: (event) => notifier.show(event, t(), settings.get().postpone.minutes),
      dismiss: () => notifier.dismiss(),
    },
    windows,
    onSnapshot: (snapshot) => onSnapshot(snapshot),
    log,
  });
  // Electron has no "clock changed" event: a jump is seen at every scheduler timer and power event.
  const wallDrift = createWallDriftWatch({
    monotonic: systemMonotonicClock,
    wall: systemWallClock,
    onJump: () => {
      scheduler.onWallClockChange();
      checkinReminder.refresh();
    },
  });
  // Linux has no lock events: a lock is read off the scheduler's own long idle reads.
  const lockWatch =
    platform === 'linux'
      ? createLinuxLockWatch({
          idle: idleSourceOverTrust(idle),
          idleState: (thresholdSeconds) => powerMonitor.getSystemIdleState(thresholdSeconds),
          timer: createSystemTimer(),
          sink: { onLock: () => powerSink.onLock(), onUnlock: () => powerSink.onUnlock() },
        })
      : null;
  const scheduler = createScheduler({
    config: plannedSchedulerConfig(settings.get()),
    monotonic: systemMonotonicClock,
    wall: systemWallClock,
    timer: wallDrift.wrapTimer(createSystemTimer()),
    idle: lockWatch?.idle ?? idleSourceOverTrust(idle),
    onEvent: (event) => flow.handle(event),
  });
  schedulerRef = scheduler;

  // --- Commands, start at login ---
  // Serialized: the preferences read autostart:get right after a settings:update that changed it.
  const autostart = serializeAutostart(
    createAutostart({
      platform,
      app,
      env: process.env,
      homeDir: app.getPath('home'),
      execPath: process.execPath,
      entry: { name: 'Breathing Room', comment: t()('app.tagline'), icon: 'breathing-room' },
      log,
    }),
  );
  const commands = createAppCommands({
    scheduler,
    plannedBreathingMs: (patternId, requestedMs) =>
      plannedBreathingMs(settings.get(), patternId ?? settings.get().breathing.patternId, requestedMs),
    openWindow: (route) => windows.openApp(route),
    setAutostart: async (enabled) => {
      tray.setAutostart(await autostart.set(enabled));
      // Keep the preference in step; its change handler re-applies the same state, which is harmless.
      settings.update({ startAtLogin: enabled });
    },
    autostartEnabled: async () => (await autostart.get()).enabled,
    quit: () => app.quit(),
    log,
  });
  noticeAction = (action) => {
    const kind = sessions.current()?.kind ?? 'breathing';
    if (action === 'start') commands.startBreak(kind);
    else if (action === 'postpone') commands.postpone();
    else if (action === 'skip') commands.skip();
    else windows.showNotice();
  };

  // --- IPC ---
  const gateway = createIpcGateway({
    ipcMain,
    isTrustedSender: (event) => isTrustedSender(event, () => windows.ourWebContents()),
    log,
  });
  setupIpcHandlers(gateway, {
    scheduler,
    settings,
    stats,
    commands,
    sessions,
    autostart: () => autostart.get(),
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: os(platform),
      systemLocale: effectiveLocale('system', app.getLocale()),
    }),
    wallNowMs: () => Date.now(),
    saveCsv: (csv, sender) =>
      saveCsvWithDialog({
        dialog,
        owner: BrowserWindow.fromWebContents(sender),
        csv,
        t: t(),
        defaultDirectory: app.getPath('documents'),
      }),
    windowKindOf: (sender) => windows.kindOf(sender),
    closeWindowOf: (sender) => windows.closeWindowOf(sender),
  });

  // --- Tray ---
  const iconDirectory = trayIconDirectory({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath,
  });
  const tray = createTrayController(
    {
      createView: (initial, onCommand, onClick) =>
        createTrayView(
          {
            platform,
            iconPath: (state) => join(iconDirectory, trayIconFile(platform, state)),
            onCommand,
            onClick,
          },
          initial,
        ),
      snapshot: () => scheduler.snapshot(),
      locale,
      translator: t,
      timeZone: () => systemWallClock.timeZone(),
      wallNowMs: () => Date.now(),
      platform,
      countdownTitle: () => settings.get().trayCountdown,
      timer: createSystemTimer(),
      commands,
      togglePanel: (bounds) => windows.togglePanel(bounds),
      onActivity: () => scheduler.notifyActivity(),
    },
    { supported: platform === 'darwin' || platform === 'win32' || platform === 'linux', enabled: false },
  );
  const syncAutostart = () =>
    autostart
      .get()
      .then((state) => tray.setAutostart(state))
      .catch((error: unknown) => log.error('autostart: could not read it', error));
  onSnapshot = (snapshot) => {
    tray.refresh(snapshot);
    windows.broadcast('scheduler:changed', snapshot);
  };

  // --- Shortcut, power ---
  const shortcut = createShortcutBinding(
    globalShortcut,
    () => commands.startBreak('breathing'),
    log,
    shortcutAvailability({
      platform,
      sessionType: process.env.XDG_SESSION_TYPE,
      currentDesktop: process.env.XDG_CURRENT_DESKTOP,
      throughXWayland: startedThroughXWayland(process.argv),
    }),
  );
  const told = createOnceMarker(userData);
  const applyShortcut = (next: { readonly enabled: boolean; readonly breatheNow: string }) => {
    // Another app holding the key combination is worth one word to the user; a session without
    // global shortcuts (Wayland) is worth one word ever; nothing else is.
    const status = shortcut.apply({ enabled: next.enabled, accelerator: next.breatheNow });
    if (status === 'taken') {
      showInfoNotification(
        t()('notifications.title'),
        t()('notifications.shortcut-taken', { accelerator: next.breatheNow }),
      );
    } else if (status === 'unavailable' && told.first('shortcut-unavailable-on-wayland')) {
      log.info('shortcut: no global shortcuts in this Wayland session; said so once');
      showInfoNotification(t()('notifications.title'), t()('notifications.shortcut-unavailable-wayland'));
    }
  };
  applyShortcut(settings.get().shortcut);
  let lockProbe: ReturnType<typeof setTimeout> | null = null;
  const clearLockProbe = () => {
    if (lockProbe !== null) clearTimeout(lockProbe);
    lockProbe = null;
  };
  // --- Weekly check-in reminder ---
  const checkinNotifier = createCheckinNotifier(() => commands.openWindow('checkin'));
  const checkinReminder = createCheckinReminder(
    {
      wall: systemWallClock,
      timer: createSystemTimer(),
      remind: () =>
        checkinNotifier.show(
          t()('notifications.checkin-reminder-title'),
          t()('notifications.checkin-reminder-body'),
        ),
    },
    settings.get().checkinReminder,
  );

  const powerSink: PowerSink = {
    onSuspend: () => scheduler.onSuspend(),
    onResume: () => {
      // Before onResume: a jump seen while still asleep only re-reads the clocks.
      wallDrift.check();
      scheduler.onResume();
      checkinReminder.refresh();
    },
    onLock: () => {
      scheduler.onLock();
      clearLockProbe();
      lockProbe = setTimeout(() => idle.probeWhileLocked(), LOCKED_PROBE_AFTER_MS);
    },
    onUnlock: () => {
      clearLockProbe();
      wallDrift.check();
      scheduler.onUnlock();
    },
    onShutdown: () => scheduler.onShutdown(),
  };
  const disconnectPower = connectPowerMonitor(powerMonitor, powerSink);

  // --- Settings changes apply at once ---
  settings.onChange((next, previous) => {
    scheduler.updateConfig(plannedSchedulerConfig(next));
    checkinReminder.update(next.checkinReminder);
    if (
      next.shortcut.enabled !== previous.shortcut.enabled ||
      next.shortcut.breatheNow !== previous.shortcut.breatheNow
    ) {
      applyShortcut(next.shortcut);
    }
    if (next.startAtLogin !== previous.startAtLogin) {
      autostart
        .set(next.startAtLogin)
        .then((state) => tray.setAutostart(state))
        .catch((error: unknown) => log.error('autostart: could not change it', error));
    }
    tray.refresh();
    windows.broadcast('settings:changed', next);
  });

  // --- Launches ---
  const loadOutcome = settings.loadOutcome();
  const firstRun = loadOutcome.kind === 'new';
  if (loadOutcome.kind === 'reset') {
    log.warn(
      `settings: reset to defaults (${loadOutcome.reason}); backup at ${loadOutcome.backupPath ?? 'none'}`,
    );
    showInfoNotification(t()('notifications.title'), t()('notifications.settings-reset'));
  }
  if (firstRun && settings.get().startAtLogin) {
    autostart
      .set(true)
      .then((state) => tray.setAutostart(state))
      .catch((error: unknown) => log.error('autostart: could not enable it', error));
  } else {
    void syncAutostart();
  }
  app.on('second-instance', (_event, argv, _workingDirectory, additionalData) => {
    const handed = secondLaunchCommand(argv, additionalData, PATTERN_IDS);
    if (!handed.ok) {
      log.warn(`second launch: ${handed.error}`);
      return;
    }
    scheduler.notifyActivity();
    runCliCommand(handed.command, commands, { firstRun: false });
  });
  // macOS: opening the app again from Finder, Launchpad or Spotlight while it runs in the tray.
  app.on('activate', (_event, hasVisibleWindows) => {
    if (!hasVisibleWindows) commands.openWindow('preferences');
  });

  // --- Quit: release everything we hold ---
  app.on('will-quit', () => {
    shortcut.release();
    clearLockProbe();
    lockWatch?.dispose();
    disconnectPower();
    scheduler.stop();
    checkinReminder.dispose();
    checkinNotifier.dismiss();
    notifier.dismiss();
    tray.dispose();
    windows.closeAll();
    gateway.dispose();
    log.info('quit');
  });

  scheduler.start();
  log.info(`started ${app.getVersion()} (${platform})`);
  runCliCommand(startCommand, commands, { firstRun, openedAtLogin: autostart.launchedAtLogin() });
}

main();
