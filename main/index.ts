import * as electron from 'electron';
import type { SchedulerEvent, SchedulerSnapshot } from '../shared/scheduler-types.ts';
import { restartForNativeWayland } from './linux-session.ts';
import { showInfoNotification } from './notifications/info-notification.ts';
import { beforeReady, type StartRequest } from './setup/before-ready.ts';
import { createEventHub } from './setup/event-hub.ts';
import { refuseUnknownPattern } from './setup/refuse-unknown-pattern.ts';
import { setupAutostart, systemAutostart } from './setup/setup-autostart.ts';
import { setupBreaks } from './setup/setup-breaks.ts';
import { setupBusy } from './setup/setup-busy.ts';
import { setupCommands } from './setup/setup-commands.ts';
import { setupCore } from './setup/setup-core.ts';
import { setupIpc } from './setup/setup-ipc.ts';
import { setupLaunches } from './setup/setup-launches.ts';
import { setupReminders } from './setup/setup-reminders.ts';
import { setupScheduling } from './setup/setup-scheduling.ts';
import { setupSettingsSync } from './setup/setup-settings-sync.ts';
import { setupShortcut } from './setup/setup-shortcut.ts';
import { setupStatusFile } from './setup/setup-status-file.ts';
import { setupTray } from './setup/setup-tray.ts';
import { readStatusFile } from './status/status-file-io.ts';

/** Composition root: wiring only. Each part is built by its setup module, which returns its disposer. */
const { app, protocol } = electron;
const { platform } = process;

function onReady({ command, ignored }: StartRequest): void {
  const { dialog, globalShortcut, ipcMain, powerMonitor, systemPreferences } = electron;
  const core = setupCore({
    ...{ app, menu: electron.Menu, session: electron.session.defaultSession, protocol, platform },
    ...{ screen: electron.screen, nativeTheme: electron.nativeTheme, powerMonitor, systemPreferences },
    ...{ env: process.env, ignoredSwitches: ignored },
  });
  const { log, settings, stats, t, idle, windows } = core;
  if (refuseUnknownPattern({ app, settings: () => settings.get(), write, log }, command)) return;
  if (restartForNativeWayland({ app, log, platform, env: process.env, argv: process.argv, settings })) return;
  const events = createEventHub<SchedulerEvent>();
  const snapshots = createEventHub<SchedulerSnapshot>();
  const wallMoves = createEventHub<void>();
  const onWallTimeMoved = () => wallMoves.emit();
  const scheduling = setupScheduling({ platform, settings, idle, powerMonitor, events, onWallTimeMoved });
  const { scheduler } = scheduling;
  // Breaks wait while the user presents, calls, watches full screen or asked for quiet.
  const busy = setupBusy({ platform, env: process.env, settings, scheduler, events, log });
  const firstRun = settings.loadOutcome().kind === 'new';
  const osAutostart = systemAutostart({
    ...{ app, platform, tagline: t()('app.tagline'), log },
    throughXWayland: () => !settings.get().runNativelyOnWayland,
  });
  const autostart = setupAutostart({ autostart: osAutostart, settings, firstRun, log });
  // The break flow is built after the commands (it needs them for the notice's actions).
  const floorMarks = createEventHub<boolean>();
  const commands = setupCommands({
    ...{ app, scheduler, settings, windows, autostart, log, expectFloor: floorMarks.emit },
  });
  const reminders = setupReminders({ settings, t, windows, commands, scheduler, wallMoves });
  const breaks = setupBreaks({
    ...{ platform, log, settings, stats, windows, scheduler, commands, events, snapshots, floorMarks, t },
  });
  const disposeIpc = setupIpc({
    ...{ ipcMain, dialog, app, platform, windows, t, log, scheduler, settings, stats, commands },
    sessions: breaks.sessions,
    windowOf: (sender) => electron.BrowserWindow.fromWebContents(sender),
    autostart: () => autostart.get(),
  });
  const paths = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: core.appPath };
  const tray = setupTray({
    ...{ platform, commands, locale: core.locale, translator: t, scheduler, settings, windows },
    ...{ paths, autostartStates: autostart.onState },
  });
  const statusFile = setupStatusFile({ userData: () => app.getPath('userData'), log, snapshots });
  const stopSnapshots = snapshots.subscribe((snapshot) => {
    tray.tray.refresh(snapshot);
    windows.broadcast('scheduler:changed', snapshot);
  });
  const stopSettingsSync = setupSettingsSync({
    settings,
    followers: [() => tray.tray.refresh(), (next) => windows.broadcast('settings:changed', next)],
  });
  const say = (text: string) => showInfoNotification(t()('notifications.title'), text);
  const disposeShortcut = setupShortcut({
    ...{ globalShortcut, settings, log, told: core.told, platform, env: process.env, argv: process.argv },
    breatheNow: () => commands.startBreak('breathing'),
    announceTaken: (accelerator) => say(t()('notifications.shortcut-taken', { accelerator })),
    announceUnavailable: () => say(t()('notifications.shortcut-unavailable-wayland')),
  });
  scheduler.start();
  statusFile.write(scheduler.snapshot());
  log.info(`started ${app.getVersion()} (${platform})`);
  const disposeLaunches = setupLaunches({
    ...{ app, commands, log, settings, loadOutcome: settings.loadOutcome(), startCommand: command },
    notifyActivity: () => scheduler.notifyActivity(),
    announceSettingsReset: () => say(t()('notifications.settings-reset')),
    announceUnknownPattern: (patternId) => say(t()('notifications.unknown-pattern', { patternId })),
    openedAtLogin: () => autostart.launchedAtLogin(),
  });
  // Quit: release everything we hold, the most outward first.
  const outward = [disposeLaunches, disposeShortcut, stopSettingsSync, stopSnapshots, statusFile.dispose];
  const inward = [busy.dispose, scheduling.dispose, reminders.dispose, breaks.dispose, autostart.dispose];
  app.on('will-quit', () => {
    for (const dispose of [...outward, ...inward, tray.dispose, windows.closeAll, disposeIpc]) dispose();
    log.info('quit');
  });
}

const write = (stream: 'stdout' | 'stderr', text: string) => process[stream].write(text);
const start = beforeReady({
  ...{ app, protocol, argv: process.argv, platform, write },
  readStatus: () => readStatusFile(app.getPath('userData')),
  clock: () => ({ nowMs: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
});
if (start !== null) {
  app
    .whenReady()
    .then(() => onReady(start))
    .catch((error: unknown) => {
      process.stderr.write(`Breathing Room could not start: ${String(error)}\n`);
      app.exit(1);
    });
}
