import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AutostartState, IpcResult } from '../../shared/ipc-contract.ts';
import { platformLabel, playPlatform, provideTrayIcons } from './fakes/boot-platform.ts';
import {
  app,
  FakeBrowserWindow,
  type FakeWebContents,
  ipcMain,
  platformViolations,
  resetFakeElectron,
} from './fakes/fake-electron.ts';

// The real composition root on Linux, where start at login is a file written asynchronously:
// the preferences read autostart:get right after settings:update answers and must see the change.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/main', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const PLATFORM = { os: 'linux', session: 'x11' } as const;
let base: string;
let restorePlatform: () => void;
const originalArgv = process.argv;
const originalXdg = process.env.XDG_CONFIG_HOME;
const autostartFile = () => join(base, 'config', 'autostart', 'breathing-room.desktop');

async function invoke<T>(
  contents: FakeWebContents,
  channel: string,
  ...args: unknown[]
): Promise<IpcResult<T>> {
  return (await ipcMain.invoke(channel, contents.invokeEvent(), ...args)) as IpcResult<T>;
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'br-boot-app-linux-'));
  resetFakeElectron();
  app.paths = { userData: join(base, 'userData'), home: join(base, 'home'), documents: join(base, 'docs') };
  app.appPath = join(base, 'app');
  process.env.XDG_CONFIG_HOME = join(base, 'config');
  // Unpackaged (npm start): the icons are read from the project's build/tray.
  provideTrayIcons(join(base, 'app', 'build', 'tray'));
  restorePlatform = playPlatform(PLATFORM);
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
  process.argv = originalArgv;
  if (originalXdg === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = originalXdg;
  rmSync(base, { recursive: true, force: true });
});

describe(`${platformLabel(PLATFORM)} start at login toggled in the preferences on Linux`, () => {
  it('autostart:get right after settings:update answers with the new state, off and on again', async () => {
    const win = FakeBrowserWindow.live().find((w) => w.urls.at(-1)?.includes('index.html'));
    if (!win) throw new Error('no app window');
    // First run: start at login is on by default; the read waits for that write too.
    expect(await invoke<AutostartState>(win.webContents, 'autostart:get')).toEqual({
      ok: true,
      value: { supported: true, enabled: true },
    });
    expect(existsSync(autostartFile())).toBe(true);

    for (const enabled of [false, true, false]) {
      expect((await invoke(win.webContents, 'settings:update', { startAtLogin: enabled })).ok).toBe(true);
      expect(await invoke<AutostartState>(win.webContents, 'autostart:get')).toEqual({
        ok: true,
        value: { supported: true, enabled },
      });
      expect(existsSync(autostartFile())).toBe(enabled);
    }
  });
});
