import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { IpcResult } from '../../../shared/ipc-contract.ts';
import { type PlatformUnderTest, playPlatform, provideTrayIcons } from './boot-platform.ts';
import { app, FakeBrowserWindow, type FakeWebContents, ipcMain, resetFakeElectron } from './fake-electron.ts';

/**
 * Starts the real composition root on the fake Electron, playing one platform, from an
 * unpackaged checkout (`npm start`: icons in <app>/build/tray) at 09:00 on Tuesday 10 March 2026
 * with fake timers. The spec file still mocks 'electron' itself (vi.mock is hoisted per file).
 */
export async function bootUnpackaged(
  platform: PlatformUnderTest,
  argv: readonly string[],
  tempPrefix = 'br-boot-',
): Promise<{ readonly base: string; restore(): void }> {
  const originalArgv = process.argv;
  const originalXdg = process.env.XDG_CONFIG_HOME;
  const base = mkdtempSync(join(tmpdir(), tempPrefix));
  resetFakeElectron();
  app.paths = { userData: join(base, 'userData'), home: join(base, 'home'), documents: join(base, 'docs') };
  app.appPath = join(base, 'app');
  process.env.XDG_CONFIG_HOME = join(base, 'config');
  provideTrayIcons(join(base, 'app', 'build', 'tray'));
  const restorePlatform = playPlatform(platform);
  process.argv = [...argv];
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  vi.setSystemTime(new Date(2026, 2, 10, 9, 0, 0));
  await import('../../../main/index.ts');
  await app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
  return {
    base,
    restore() {
      vi.useRealTimers();
      restorePlatform();
      process.argv = originalArgv;
      if (originalXdg === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = originalXdg;
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/** What Electron does when a page of ours calls ipcRenderer.invoke(channel, ...args). */
export async function invokeFrom<T>(
  contents: FakeWebContents,
  channel: string,
  ...args: unknown[]
): Promise<IpcResult<T>> {
  return (await ipcMain.invoke(channel, contents.invokeEvent(), ...args)) as IpcResult<T>;
}

/** The live window whose last URL contains `url`. */
export function liveWindow(url: string): FakeBrowserWindow {
  const win = FakeBrowserWindow.live().find((w) => w.urls.at(-1)?.includes(url));
  if (!win) throw new Error(`no live window showing ${url}`);
  return win;
}
