import path from 'node:path';
import Store from 'electron-store';
import { portOverConf } from './conf-port.ts';
import { SETTINGS_FILE_NAME, type SettingsDocument, settingsStoreOptions } from './settings-store-options.ts';
import type { SettingsStorePort } from './settings-store-port.ts';

/**
 * The app's settings store: electron-store 12 in `userData`. Needs the Electron runtime, so the
 * composition root passes `app.getPath('userData')`; tests use createConfSettingsStore, which
 * gives conf the same options electron-store derives from these.
 */
export function createElectronSettingsStore(userDataDirectory: string): SettingsStorePort {
  const filePath = path.join(userDataDirectory, `${SETTINGS_FILE_NAME}.json`);
  return portOverConf(
    filePath,
    () =>
      new Store<SettingsDocument>({
        ...settingsStoreOptions(),
        name: SETTINGS_FILE_NAME,
        cwd: userDataDirectory,
      }),
  );
}
