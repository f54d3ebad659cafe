import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../shared/ipc-contract.ts';
import { platformLabel, playPlatform, provideTrayIcons } from './fakes/boot-platform.ts';
import {
  app,
  FakeBrowserWindow,
  type FakeWebContents,
  ipcMain,
  platformViolations,
  resetFakeElectron,
} from './fakes/fake-electron.ts';

// The real composition root on a Wayland session, started from a checkout with `npm start`.
// Electron 38+ may never send ready-to-show there (electron/electron#48859), and Wayland has no
// showInactive, always-on-top or cursor position (electron.d.ts): every window must still appear.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/main', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
const PLATFORM = { os: 'linux', session: 'wayland' } as const;
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

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'br-boot-wayland-'));
  resetFakeElectron();
  app.paths = { userData: join(base, 'userData'), home: join(base, 'home'), documents: join(base, 'docs') };
  app.appPath = join(base, 'app');
  process.env.XDG_CONFIG_HOME = join(base, 'config');
  provideTrayIcons(join(base, 'app', 'build', 'tray'));
  restorePlatform = playPlatform(PLATFORM);
  process.argv = ['/home/ann/src/breathing-room/node_modules/electron/dist/electron', '.'];
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
  process.argv = originalArgv;
  if (originalXdg === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = originalXdg;
  rmSync(base, { recursive: true, force: true });
});

describe(`${platformLabel(PLATFORM)} first launch without ready-to-show`, () => {
  it('the welcome window appears and has the focus', () => {
    const welcome = live('index.html');
    expect(welcome.urls).toEqual(['app://bundle/index.html#/welcome']);
    expect(welcome.readyToShowSent).toBe(false);
    expect(welcome.visible && welcome.focused).toBe(true);
  });

  it('the notice window appears without taking the focus, and Start now brings the break window', async () => {
    live('index.html').close();
    await vi.advanceTimersByTimeAsync(25 * MINUTE_MS - 30_000 + 1000);
    const notice = live('view=notice');
    expect(notice.visible).toBe(true);
    expect(notice.focused).toBe(false);
    expect(await invoke(notice.webContents, 'break:start', { kind: 'breathing' })).toEqual({
      ok: true,
      value: null,
    });
    await vi.advanceTimersByTimeAsync(0);
    const breakWindow = live('view=break');
    expect(breakWindow.visible).toBe(true);
    expect(breakWindow.alwaysOnTopLevel).toBeNull();
    expect(notice.isDestroyed()).toBe(true);
  });
});
