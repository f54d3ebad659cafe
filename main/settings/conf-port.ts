import type Conf from 'conf';
import type { Settings } from '../../shared/settings/types.ts';
import type { SettingsDocument } from './settings-store-options.ts';
import type { SettingsStorePort } from './settings-store-port.ts';

/**
 * Adapts a lazily built conf instance (electron-store is a conf subclass) to the port. Lazy,
 * because conf reads and validates the file in its constructor: the service must check the file
 * (and move a bad one aside) before that happens.
 */
export function portOverConf(filePath: string, build: () => Conf<SettingsDocument>): SettingsStorePort {
  let store: Conf<SettingsDocument> | undefined;
  const opened = (): Conf<SettingsDocument> => {
    store ??= build();
    return store;
  };
  return {
    filePath,
    open() {
      opened();
    },
    write(settings: Settings) {
      // A JSON round trip turns the readonly interface into the plain document conf stores.
      opened().store = JSON.parse(JSON.stringify(settings)) as SettingsDocument;
    },
  };
}
