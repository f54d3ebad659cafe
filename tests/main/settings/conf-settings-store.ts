import path from 'node:path';
import Conf from 'conf';
import { portOverConf } from '../../../main/settings/conf-port.ts';
import {
  SETTINGS_FILE_NAME,
  type SettingsDocument,
  settingsStoreOptions,
} from '../../../main/settings/settings-store-options.ts';
import type { SettingsStorePort } from '../../../main/settings/settings-store-port.ts';

/**
 * The settings store over `conf` directly, built the way electron-store 12 builds it
 * (`configName` from `name`, an absolute `cwd`), so tests exercise the real read/write
 * path in a temp folder without Electron.
 */
export function createConfSettingsStore(directory: string): SettingsStorePort {
  const filePath = path.join(directory, `${SETTINGS_FILE_NAME}.json`);
  return portOverConf(
    filePath,
    () =>
      new Conf<SettingsDocument>({
        ...settingsStoreOptions(),
        configName: SETTINGS_FILE_NAME,
        cwd: directory,
      }),
  );
}
