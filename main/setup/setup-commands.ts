import type { App } from 'electron';
import { type AppCommands, createAppCommands } from '../app-commands.ts';
import type { Logger } from '../logger.ts';
import { plannedBreathingMs } from '../planned-scheduler-config.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { WindowManager } from '../windows/window-manager.ts';
import type { AutostartSetup } from './setup-autostart.ts';

export interface CommandsSetupDeps {
  readonly app: Pick<App, 'quit'>;
  readonly scheduler: Parameters<typeof createAppCommands>[0]['scheduler'] & Pick<Scheduler, 'snapshot'>;
  readonly settings: Pick<SettingsService, 'get'>;
  readonly windows: Pick<WindowManager, 'openApp'>;
  readonly autostart: Pick<AutostartSetup, 'get' | 'set'>;
  readonly log: Logger;
  /** Marks the break about to start as a floor session (the break flow's expectFloor). */
  readonly expectFloor: (floor: boolean) => void;
}

/**
 * The user's commands (tray, panel, shortcut, notification, command line), with a breathing
 * break planned by planBreakSession before the scheduler sees its length.
 */
export function setupCommands(deps: CommandsSetupDeps): AppCommands {
  const { settings, autostart } = deps;
  return createAppCommands({
    scheduler: deps.scheduler,
    plannedBreathingMs: (patternId, requestedMs) =>
      plannedBreathingMs(settings.get(), patternId ?? settings.get().breathing.patternId, requestedMs),
    openWindow: (route) => deps.windows.openApp(route),
    expectFloor: deps.expectFloor,
    setAutostart: (enabled) => autostart.set(enabled),
    autostartEnabled: async () => (await autostart.get()).enabled,
    quit: () => deps.app.quit(),
    log: deps.log,
  });
}
