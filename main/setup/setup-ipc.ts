import type { App, BrowserWindow, Dialog, IpcMain } from 'electron';
import type { Translate } from '../../shared/i18n/index.ts';
import { appPlatform } from '../app-platform.ts';
import { saveCsvWithDialog } from '../csv-export.ts';
import { createIpcGateway } from '../ipc/ipc-gateway.ts';
import { type IpcHandlerDeps, setupIpcHandlers } from '../ipc/ipc-handlers.ts';
import { isTrustedSender } from '../ipc/sender-check.ts';
import { effectiveLocale } from '../locale.ts';
import type { Logger } from '../logger.ts';
import { defaultPatternFellBack, type SettingsService } from '../settings/settings-service.ts';
import type { WindowManager } from '../windows/window-manager.ts';

export interface IpcSetupDeps
  extends Pick<IpcHandlerDeps, 'scheduler' | 'stats' | 'commands' | 'sessions' | 'autostart'> {
  readonly settings: IpcHandlerDeps['settings'] & Pick<SettingsService, 'loadOutcome'>;
  readonly ipcMain: IpcMain;
  readonly dialog: Dialog;
  readonly app: Pick<App, 'getName' | 'getVersion' | 'getLocale' | 'getPath'>;
  readonly platform: NodeJS.Platform;
  readonly windowOf: (sender: Electron.WebContents) => BrowserWindow | null;
  readonly windows: Pick<WindowManager, 'ourWebContents' | 'kindOf' | 'closeWindowOf'>;
  readonly t: () => Translate;
  readonly log: Logger;
}

/** Every invoke channel, validated at the gateway and answered by the services; returns the disposer. */
export function setupIpc(deps: IpcSetupDeps): () => void {
  const gateway = createIpcGateway({
    ipcMain: deps.ipcMain,
    isTrustedSender: (event) => isTrustedSender(event, () => deps.windows.ourWebContents()),
    log: deps.log,
  });
  setupIpcHandlers(gateway, {
    scheduler: deps.scheduler,
    settings: deps.settings,
    stats: deps.stats,
    commands: deps.commands,
    sessions: deps.sessions,
    autostart: deps.autostart,
    appInfo: () => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      platform: appPlatform(deps.platform),
      systemLocale: effectiveLocale('system', deps.app.getLocale()),
      defaultPatternFellBack: defaultPatternFellBack(deps.settings.loadOutcome()),
    }),
    wallNowMs: () => Date.now(),
    saveCsv: (csv, sender) =>
      saveCsvWithDialog({
        dialog: deps.dialog,
        owner: deps.windowOf(sender),
        csv,
        t: deps.t(),
        defaultDirectory: deps.app.getPath('documents'),
      }),
    windowKindOf: (sender) => deps.windows.kindOf(sender),
    closeWindowOf: (sender) => deps.windows.closeWindowOf(sender),
  });
  return () => gateway.dispose();
}
