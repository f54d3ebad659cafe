import { join } from 'node:path';
import type { AutostartState } from '../../shared/ipc-contract.ts';
import { createSystemTimer, systemWallClock } from '../scheduler/index.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { TrayControllerDeps } from '../tray/tray-controller.ts';
import { createTrayController, type TrayController } from '../tray/tray-controller.ts';
import { trayIconDirectory, trayIconFile } from '../tray/tray-icons.ts';
import { createTrayView } from '../tray/tray-view.ts';
import type { WindowManager } from '../windows/window-manager.ts';

export interface TraySetupDeps
  extends Pick<TrayControllerDeps, 'platform' | 'commands' | 'locale' | 'translator'> {
  readonly paths: { readonly isPackaged: boolean; readonly resourcesPath: string; readonly appPath: string };
  readonly scheduler: Pick<Scheduler, 'snapshot' | 'notifyActivity'>;
  readonly settings: Pick<SettingsService, 'get'>;
  readonly windows: Pick<WindowManager, 'togglePanel'>;
  /** Start at login as it becomes known (the checkbox in the menu). */
  readonly autostartStates: (listener: (state: AutostartState) => void) => () => void;
}

/** The tray icon and its menu over the controller; returns it with a disposer that removes both. */
export function setupTray(deps: TraySetupDeps): { readonly tray: TrayController; dispose(): void } {
  const iconDirectory = trayIconDirectory(deps.paths);
  const tray = createTrayController(
    {
      platform: deps.platform,
      commands: deps.commands,
      locale: deps.locale,
      translator: deps.translator,
      snapshot: () => deps.scheduler.snapshot(),
      timeZone: () => systemWallClock.timeZone(),
      wallNowMs: () => Date.now(),
      countdownTitle: () => deps.settings.get().trayCountdown,
      timer: createSystemTimer(),
      togglePanel: (bounds) => deps.windows.togglePanel(bounds),
      onActivity: () => deps.scheduler.notifyActivity(),
      createView: (initial, onCommand, onClick) =>
        createTrayView(
          {
            platform: deps.platform,
            iconPath: (state) => join(iconDirectory, trayIconFile(deps.platform, state)),
            onCommand,
            onClick,
          },
          initial,
        ),
    },
    {
      supported: deps.platform === 'darwin' || deps.platform === 'win32' || deps.platform === 'linux',
      enabled: false,
    },
  );
  const stopFollowing = deps.autostartStates((state) => tray.setAutostart(state));
  return {
    tray,
    dispose() {
      stopFollowing();
      tray.dispose();
    },
  };
}
