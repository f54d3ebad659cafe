import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../shared/ipc-contract.ts';
import type { DayStats } from '../../shared/statistics-types.ts';
import { secondLaunch } from './fakes/boot-harness.ts';
import { platformLabel, playPlatform, provideTrayIcons } from './fakes/boot-platform.ts';
import {
  app,
  FakeBrowserWindow,
  type FakeMenu,
  FakeNotification,
  FakeTray,
  type FakeWebContents,
  globalShortcut,
  ipcMain,
  platformViolations,
  resetFakeElectron,
} from './fakes/fake-electron.ts';

// Second walk through the real composition root, as a first launch on a Linux desktop: no
// notification buttons there, so the notice is a window; start at login is an XDG file.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
const PLATFORM = { os: 'linux', session: 'x11' } as const;
let base: string;
let restorePlatform: () => void;
const originalArgv = process.argv;
const originalXdg = process.env.XDG_CONFIG_HOME;

async function invoke<T>(
  contents: FakeWebContents,
  channel: string,
  ...args: unknown[]
): Promise<IpcResult<T>> {
  return (await ipcMain.invoke(channel, contents.invokeEvent(), ...args)) as IpcResult<T>;
}

function live(url: string): FakeBrowserWindow {
  const win = FakeBrowserWindow.live().find((w) => w.urls.at(-1)?.includes(url));
  if (!win) throw new Error(`no live window showing ${url}`);
  return win;
}

const autostartFile = () => join(base, 'config', 'autostart', 'breathing-room.desktop');

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'br-boot-linux-'));
  resetFakeElectron();
  app.paths = { userData: join(base, 'userData'), home: join(base, 'home'), documents: join(base, 'docs') };
  app.appPath = join(base, 'app');
  app.isPackaged = true;
  // Electron sets this for packaged apps; the tray icons are read from <resources>/tray.
  Object.defineProperty(process, 'resourcesPath', { value: join(base, 'resources'), configurable: true });
  provideTrayIcons(join(base, 'resources', 'tray'));
  restorePlatform = playPlatform(PLATFORM);
  app.locale = 'nl-NL';
  process.env.XDG_CONFIG_HOME = join(base, 'config');
  process.argv = ['/opt/Breathing Room/breathing-room'];
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  vi.setSystemTime(new Date(2026, 2, 10, 9, 0, 0));
  await import('../../main/index.ts');
  await app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => {
  vi.useRealTimers();
  restorePlatform();
  app.isPackaged = false;
  app.locale = 'en-US';
  process.argv = originalArgv;
  if (originalXdg === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = originalXdg;
  rmSync(base, { recursive: true, force: true });
});

describe(`${platformLabel(PLATFORM)} first launch on Linux`, () => {
  it('opens the welcome page, speaks the OS language and writes the autostart file', async () => {
    expect(live('index.html').urls).toEqual(['app://bundle/index.html#/welcome']);
    expect(FakeTray.all[0]?.tooltip).toBe('Volgende ademhalingspauze over 25 min');
    expect(FakeTray.all[0]?.iconVisible()).toBe(true);
    await vi.waitFor(() => expect(existsSync(autostartFile())).toBe(true));
  });

  it('the global shortcut starts a breathing break at once, in a focused break window', async () => {
    globalShortcut.registered.get('CommandOrControl+Alt+B')?.();
    await vi.advanceTimersByTimeAsync(0);
    const breakWindow = live('view=break');
    expect(breakWindow.focused).toBe(true);
    expect(await invoke(breakWindow.webContents, 'break:session')).toMatchObject({
      ok: true,
      value: { kind: 'breathing', source: 'manual' },
    });
    expect(
      await invoke(breakWindow.webContents, 'break:complete', { outcome: 'taken', breathedSeconds: 42 }),
    ).toEqual({
      ok: true,
      value: null,
    });
    // The done screen stays until the break window closes itself.
    expect(breakWindow.isDestroyed()).toBe(false);
    expect(await invoke(breakWindow.webContents, 'window:close')).toEqual({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(breakWindow.isDestroyed()).toBe(true);
    const appWindow = live('index.html');
    expect(await invoke(appWindow.webContents, 'break:feeling', { feeling: 'calmer' })).toEqual({
      ok: true,
      value: null,
    });
    const days = await invoke<readonly DayStats[]>(appWindow.webContents, 'stats:days', { days: 1 });
    expect(days.ok && days.value[0]).toMatchObject({
      taken: 1,
      offered: 0,
      breathingSeconds: 42,
      feelings: { calmer: 1 },
    });
  });

  it('a new shortcut from the preferences is applied at once and pushed to open windows', async () => {
    const appWindow = live('index.html');
    const updated = await invoke(appWindow.webContents, 'settings:update', {
      shortcut: { enabled: true, breatheNow: 'Alt+Shift+P' },
    });
    expect(updated.ok).toBe(true);
    expect([...globalShortcut.registered.keys()]).toEqual(['Alt+Shift+P']);
    expect(appWindow.webContents.sent.some((m) => m.channel === 'settings:changed')).toBe(true);
    const refused = await invoke(appWindow.webContents, 'settings:update', { postpone: { minutes: -4 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-settings' } });
  });

  it('the notice is a small window that never takes focus, and Postpone from it closes it', async () => {
    live('index.html').close();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(25 * MINUTE_MS - 30_000 + 1000);
    const notice = live('view=notice');
    expect(notice.visible).toBe(true);
    expect(notice.focused).toBe(false);
    expect(notice.options.focusable).toBe(false);
    expect(FakeNotification.all.filter((n) => n.shown)).toHaveLength(0);
    expect(await invoke(notice.webContents, 'break:postpone')).toEqual({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(notice.isDestroyed()).toBe(true);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
  });

  it('switching start at login off in the tray removes the autostart file', async () => {
    const menu = FakeTray.all[0]?.menu as FakeMenu;
    const item = menu.template.find((entry) => entry.type === 'checkbox');
    expect(item?.checked).toBe(true);
    if (!item?.click) throw new Error('no start-at-login item');
    (item.click as () => void)();
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(existsSync(autostartFile())).toBe(false));
    const tray = FakeTray.all[0] as FakeTray;
    const after = (tray.menu as FakeMenu).template.find((entry) => entry.type === 'checkbox');
    expect(after?.checked).toBe(false);
  });

  it('a second launch without arguments opens the app window; --quit quits and releases everything', async () => {
    expect(secondLaunch(['/opt/Breathing Room/breathing-room'])).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(live('index.html').urls).toEqual(['app://bundle/index.html#/preferences']);
    expect(secondLaunch(['/opt/Breathing Room/breathing-room', '--password-store=basic', '--quit'])).toBe(
      true,
    );
    expect(app.quitting).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    expect(globalShortcut.registered.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
