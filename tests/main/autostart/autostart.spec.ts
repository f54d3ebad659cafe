import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutostart } from '../../../main/autostart/autostart.ts';
import { autostartDirectory, quoteExecArgument } from '../../../main/autostart/desktop-entry.ts';
import { createMemoryLogger } from '../../../main/logger.ts';

const hasValidator = (() => {
  try {
    execFileSync('desktop-file-validate', ['--help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let base: string;

function fakeApp(isPackaged = true) {
  const loginItem = { openAtLogin: false, args: [] as string[], wasOpenedAtLogin: false };
  return {
    loginItem,
    isPackaged,
    getAppPath: () => '/home/ann/src/breathing room',
    setLoginItemSettings(settings: Electron.Settings) {
      loginItem.openAtLogin = settings.openAtLogin ?? false;
      loginItem.args = settings.args ?? [];
    },
    getLoginItemSettings: () =>
      ({
        openAtLogin: loginItem.openAtLogin,
        wasOpenedAtLogin: loginItem.wasOpenedAtLogin,
      }) as Electron.LoginItemSettings,
  };
}

function linux(
  env: Record<string, string | undefined>,
  options: { execPath?: string; isPackaged?: boolean; native?: () => boolean } = {},
) {
  const native = options.native;
  return createAutostart({
    platform: 'linux',
    app: fakeApp(options.isPackaged ?? true),
    env,
    homeDir: join(base, 'home'),
    execPath: options.execPath ?? '/opt/Breathing Room/breathing-room',
    entry: {
      name: 'Breathing Room',
      comment: 'Breathe low and slow, and let your hips soften.',
      icon: 'breathing-room',
    },
    log: createMemoryLogger(),
    ...(native ? { throughXWayland: () => !native() } : {}),
  });
}

function validate(file: string): string {
  return execFileSync('desktop-file-validate', [file], { encoding: 'utf8' });
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'br-autostart-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('Linux autostart', () => {
  it('writes $XDG_CONFIG_HOME/autostart/breathing-room.desktop that starts hidden, and removes it again', async () => {
    const config = join(base, 'xdg');
    const autostart = linux({ XDG_CONFIG_HOME: config });
    expect(await autostart.get()).toEqual({ supported: true, enabled: false });
    expect(await autostart.set(true)).toEqual({ supported: true, enabled: true });
    const file = join(config, 'autostart', 'breathing-room.desktop');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('[Desktop Entry]');
    expect(text).toContain('Type=Application\n');
    expect(text).toContain('Name=Breathing Room\n');
    // Through XWayland like the menu launcher (linux.executableArgs), unless the user chose native.
    expect(text).toContain('Exec="/opt/Breathing Room/breathing-room" --ozone-platform=x11 --hidden\n');
    expect(statSync(file).mode & 0o777).toBe(0o644);
    if (hasValidator) expect(validate(file)).toBe('');
    expect(await autostart.set(false)).toEqual({ supported: true, enabled: false });
    expect(existsSync(file)).toBe(false);
  });

  it('defaults to ~/.config/autostart when XDG_CONFIG_HOME is unset or relative', async () => {
    expect(autostartDirectory({}, '/home/ann')).toBe('/home/ann/.config/autostart');
    expect(autostartDirectory({ XDG_CONFIG_HOME: '' }, '/home/ann/')).toBe('/home/ann/.config/autostart');
    expect(autostartDirectory({ XDG_CONFIG_HOME: 'relative/dir' }, '/home/ann')).toBe(
      '/home/ann/.config/autostart',
    );
    await linux({}).set(true);
    expect(existsSync(join(base, 'home', '.config', 'autostart', 'breathing-room.desktop'))).toBe(true);
  });

  it('points at $APPIMAGE when running from an AppImage (its mount path changes every run)', async () => {
    const config = join(base, 'xdg');
    await linux(
      { XDG_CONFIG_HOME: config, APPIMAGE: '/home/ann/Apps/Breathing-Room-0.1.0.AppImage' },
      {
        execPath: '/tmp/.mount_BreathXYZ/breathing-room',
      },
    ).set(true);
    const file = join(config, 'autostart', 'breathing-room.desktop');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(
      'Exec=/home/ann/Apps/Breathing-Room-0.1.0.AppImage --ozone-platform=x11 --hidden\n',
    );
    expect(text).not.toContain('.mount_');
    if (hasValidator) expect(validate(file)).toBe('');
  });

  it('leaves XWayland out when the user chose to run natively on Wayland, read at each write', async () => {
    const config = join(base, 'xdg-native');
    let native = true;
    const autostart = linux({ XDG_CONFIG_HOME: config }, { native: () => native });
    const file = join(config, 'autostart', 'breathing-room.desktop');
    await autostart.set(true);
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/Breathing Room/breathing-room" --hidden\n');
    native = false;
    await autostart.set(true);
    expect(readFileSync(file, 'utf8')).toContain('--ozone-platform=x11 --hidden\n');
    if (hasValidator) expect(validate(file)).toBe('');
  });

  it('in development passes the app folder to electron, quoted', async () => {
    const config = join(base, 'xdg');
    await linux(
      { XDG_CONFIG_HOME: config },
      { execPath: '/usr/lib/electron/electron', isPackaged: false },
    ).set(true);
    const file = join(config, 'autostart', 'breathing-room.desktop');
    expect(readFileSync(file, 'utf8')).toContain(
      'Exec=/usr/lib/electron/electron "/home/ann/src/breathing room" --hidden\n',
    );
    if (hasValidator) expect(validate(file)).toBe('');
  });

  it('quotes and escapes Exec arguments as the Desktop Entry spec requires', async () => {
    expect(quoteExecArgument('/usr/bin/app')).toBe('/usr/bin/app');
    expect(quoteExecArgument('/opt/My App/app')).toBe('"/opt/My App/app"');
    expect(quoteExecArgument('/opt/100%/app')).toBe('/opt/100%%/app');
    expect(quoteExecArgument('/opt/a"b$c`d\\e/app')).toBe('"/opt/a\\\\"b\\\\$c\\\\`d\\\\\\\\e/app"');
    const config = join(base, 'xdg');
    await linux({ XDG_CONFIG_HOME: config }, { execPath: '/opt/we$ird "dir"/100%/app\\x' }).set(true);
    const file = join(config, 'autostart', 'breathing-room.desktop');
    if (hasValidator) expect(validate(file)).toBe('');
  });

  it('shows a user-disabled entry as off', async () => {
    const config = join(base, 'xdg');
    const autostart = linux({ XDG_CONFIG_HOME: config });
    await autostart.set(true);
    const file = join(config, 'autostart', 'breathing-room.desktop');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'),
    );
    expect(await autostart.get()).toEqual({ supported: true, enabled: false });
  });
});

describe('macOS and Windows login items', () => {
  it.each(['darwin', 'win32'] as const)(
    '%s uses app.setLoginItemSettings and reads the real state back',
    async (platform) => {
      const app = fakeApp();
      const autostart = createAutostart({
        platform,
        app,
        env: {},
        homeDir: '/Users/ann',
        execPath: '/Applications/Breathing Room.app/Contents/MacOS/Breathing Room',
        entry: { name: 'Breathing Room', comment: '', icon: '' },
        log: createMemoryLogger(),
      });
      expect(await autostart.get()).toEqual({ supported: true, enabled: false });
      expect(await autostart.set(true)).toEqual({ supported: true, enabled: true });
      // Both ask for a hidden start; Windows passes the flag, macOS (which cannot) reports the login launch.
      expect(app.loginItem.args).toEqual(['--hidden']);
      expect(await autostart.set(false)).toEqual({ supported: true, enabled: false });
    },
  );

  it.each(['darwin', 'win32'] as const)(
    '%s unpackaged (npm start): registers no login item, since it would start bare Electron at login',
    async (platform) => {
      const app = fakeApp(false);
      const autostart = createAutostart({
        platform,
        app,
        env: {},
        homeDir: '/Users/ann',
        execPath: '/home/ann/src/breathing-room/node_modules/electron/dist/electron',
        entry: { name: 'Breathing Room', comment: '', icon: '' },
        log: createMemoryLogger(),
      });
      expect(await autostart.set(true)).toEqual({ supported: false, enabled: false });
      expect(await autostart.get()).toEqual({ supported: false, enabled: false });
      expect(app.loginItem.openAtLogin).toBe(false);
    },
  );

  it('reports a login launch on macOS only (elsewhere --hidden arrives on the command line)', () => {
    const make = (platform: NodeJS.Platform) => {
      const app = fakeApp();
      app.loginItem.wasOpenedAtLogin = true;
      return createAutostart({
        platform,
        app,
        env: {},
        homeDir: '/home/ann',
        execPath: '/opt/Breathing Room/breathing-room',
        entry: { name: 'Breathing Room', comment: '', icon: '' },
        log: createMemoryLogger(),
      });
    };
    expect(make('darwin').launchedAtLogin()).toBe(true);
    expect(make('win32').launchedAtLogin()).toBe(false);
    expect(make('linux').launchedAtLogin()).toBe(false);
    expect(make('freebsd').launchedAtLogin()).toBe(false);
  });

  it('a macOS launch the user started is not a login launch', () => {
    const app = fakeApp();
    const autostart = createAutostart({
      platform: 'darwin',
      app,
      env: {},
      homeDir: '/Users/ann',
      execPath: '/Applications/Breathing Room.app/Contents/MacOS/Breathing Room',
      entry: { name: 'Breathing Room', comment: '', icon: '' },
      log: createMemoryLogger(),
    });
    expect(autostart.launchedAtLogin()).toBe(false);
  });
});
