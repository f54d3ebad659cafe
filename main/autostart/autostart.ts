import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { App } from 'electron';
import type { AutostartState } from '../../shared/ipc-contract.ts';
import type { Logger } from '../logger.ts';
import {
  AUTOSTART_FILE_NAME,
  autostartCommand,
  autostartDirectory,
  type DesktopEntryOptions,
  desktopEntry,
  HIDDEN_FLAG,
} from './desktop-entry.ts';

/**
 * Start at login. macOS and Windows keep the login item themselves; on Linux it is an XDG
 * autostart file we write and remove. `get` reads the real state from the OS or the disk, so the
 * preference shows what will actually happen at the next login.
 */

export interface Autostart {
  get(): Promise<AutostartState>;
  set(enabled: boolean): Promise<AutostartState>;
  /**
   * This launch was the login item (macOS only: a login item there cannot pass arguments, so
   * `--hidden` never arrives and the OS must be asked). Elsewhere the `--hidden` flag says it.
   */
  launchedAtLogin(): boolean;
}

export interface AutostartDeps {
  readonly platform: NodeJS.Platform;
  readonly app: Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings' | 'isPackaged' | 'getAppPath'>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string;
  readonly execPath: string;
  readonly entry: Pick<DesktopEntryOptions, 'name' | 'comment' | 'icon'>;
  readonly log: Logger;
  /** Linux: start at login through XWayland (read when the entry is written). Default: yes. */
  readonly throughXWayland?: () => boolean;
}

export function createAutostart(deps: AutostartDeps): Autostart {
  if (deps.platform === 'darwin' || deps.platform === 'win32') return loginItemAutostart(deps);
  if (deps.platform === 'linux') return linuxAutostart(deps);
  return unsupported;
}

const unsupported: Autostart = {
  get: async () => ({ supported: false, enabled: false }),
  set: async () => ({ supported: false, enabled: false }),
  launchedAtLogin: () => false,
};

function loginItemAutostart(deps: AutostartDeps): Autostart {
  // Unpackaged (`npm start`), the executable is Electron itself: a login item would open
  // Electron's default app at the next login, not ours. Only a packaged app registers one.
  if (!deps.app.isPackaged) return unsupported;
  // Windows matches the login item by path and args, so query with the same args we register.
  // macOS ignores args (Electron 45 has no openAsHidden either); launchedAtLogin covers it there.
  const args = [HIDDEN_FLAG];
  const get = async (): Promise<AutostartState> => ({
    supported: true,
    enabled: deps.app.getLoginItemSettings({ args }).openAtLogin,
  });
  return {
    get,
    async set(enabled) {
      deps.app.setLoginItemSettings({ openAtLogin: enabled, args });
      return get();
    },
    launchedAtLogin: () =>
      deps.platform === 'darwin' && deps.app.getLoginItemSettings().wasOpenedAtLogin === true,
  };
}

function linuxAutostart(deps: AutostartDeps): Autostart {
  const directory = autostartDirectory(deps.env, deps.homeDir);
  const file = join(directory, AUTOSTART_FILE_NAME);
  const content = () =>
    desktopEntry({
      ...deps.entry,
      ...autostartCommand({
        env: deps.env,
        execPath: deps.execPath,
        isPackaged: deps.app.isPackaged,
        appPath: deps.app.getAppPath(),
        throughXWayland: deps.throughXWayland?.() ?? true,
      }),
    });

  async function get(): Promise<AutostartState> {
    try {
      const text = await readFile(file, 'utf8');
      // A user can switch the entry off in their session settings without deleting it.
      const disabled = /^(Hidden=true|X-GNOME-Autostart-enabled=false)\s*$/m.test(text);
      return { supported: true, enabled: !disabled };
    } catch {
      return { supported: true, enabled: false };
    }
  }

  return {
    get,
    async set(enabled) {
      if (enabled) {
        await mkdir(directory, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, content(), { encoding: 'utf8', mode: 0o644 });
        await rename(temporary, file);
        deps.log.info(`autostart: wrote ${file}`);
      } else {
        await rm(file, { force: true });
        deps.log.info(`autostart: removed ${file}`);
      }
      return get();
    },
    // The XDG entry starts us with --hidden, which the command line already understands.
    launchedAtLogin: () => false,
  };
}
