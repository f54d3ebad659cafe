import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { parseCli } from '../../../main/cli/cli-parser.ts';
import { CLI_PATTERNS } from '../../../main/cli/cli-patterns.ts';
import { launchData } from '../../../main/cli/launch-data.ts';
import type { IpcResult } from '../../../shared/ipc-contract.ts';
import { type PlatformUnderTest, playPlatform, provideTrayIcons } from './boot-platform.ts';
import { app, FakeBrowserWindow, type FakeWebContents, ipcMain, resetFakeElectron } from './fake-electron.ts';

export interface BootOptions {
  readonly tempPrefix?: string;
  /**
   * An installed app: `app.isPackaged`, icons in <resources>/tray. Otherwise an unpackaged checkout
   * (`npm start`: icons in <app>/build/tray).
   */
  readonly packaged?: boolean;
  /** Runs after the temp folders are set and before main starts (write a settings file, spy on the app). */
  readonly prepare?: (base: string) => void;
  /**
   * false: stop after main's module ran, before Electron's 'ready' (what main does before ready:
   * the lock, the app:// scheme, the AppUserModelID); `ready()` goes on from there. Default true.
   */
  readonly ready?: boolean;
}

export interface BootedApp {
  readonly base: string;
  /** Electron becomes ready and main's ready step runs (already done unless `ready: false`). */
  ready(): Promise<void>;
  restore(): void;
}

/**
 * Starts the real composition root on the fake Electron, playing one platform, at 09:00 on
 * Tuesday 10 March 2026 with fake timers: the one boot harness of the boot specs. The spec file
 * still mocks 'electron' itself (vi.mock is hoisted per file). `restore()` undoes everything.
 */
export async function bootApp(
  platform: PlatformUnderTest,
  argv: readonly string[],
  options: BootOptions = {},
): Promise<BootedApp> {
  const originalArgv = process.argv;
  const originalXdg = process.env.XDG_CONFIG_HOME;
  const originalResourcesPath = process.resourcesPath;
  const base = mkdtempSync(join(tmpdir(), options.tempPrefix ?? 'br-boot-'));
  resetFakeElectron();
  app.paths = { userData: join(base, 'userData'), home: join(base, 'home'), documents: join(base, 'docs') };
  app.appPath = join(base, 'app');
  process.env.XDG_CONFIG_HOME = join(base, 'config');
  if (options.packaged) {
    app.isPackaged = true;
    Object.defineProperty(process, 'resourcesPath', { value: join(base, 'resources'), configurable: true });
    provideTrayIcons(join(base, 'resources', 'tray'));
  } else {
    provideTrayIcons(join(base, 'app', 'build', 'tray'));
  }
  const restorePlatform = playPlatform(platform);
  process.argv = [...argv];
  options.prepare?.(base);
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  vi.setSystemTime(new Date(2026, 2, 10, 9, 0, 0));
  await import('../../../main/index.ts');
  const ready = async () => {
    await app.becomeReady();
    await vi.advanceTimersByTimeAsync(0);
  };
  if (options.ready !== false) await ready();
  return {
    base,
    ready,
    restore() {
      vi.useRealTimers();
      restorePlatform();
      process.argv = originalArgv;
      app.isPackaged = false;
      Object.defineProperty(process, 'resourcesPath', { value: originalResourcesPath, configurable: true });
      if (originalXdg === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = originalXdg;
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/** An unpackaged checkout (`npm start`), booted by bootApp. */
export function bootUnpackaged(
  platform: PlatformUnderTest,
  argv: readonly string[],
  tempPrefix = 'br-boot-',
): Promise<BootedApp> {
  return bootApp(platform, argv, { tempPrefix });
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

/**
 * Argv as Chromium hands a second instance's command line to the running one: switches first,
 * padded with switches of its own, then the plain arguments (electron/electron#20322).
 */
export function chromiumReorderedArgv(argv: readonly string[]): string[] {
  const [exe = '', ...rest] = argv;
  const switches = rest.filter((token) => token.startsWith('-'));
  const plain = rest.filter((token) => !token.startsWith('-'));
  return [exe, ...switches, '--allow-file-access-from-files', '--original-process-start-time=13', ...plain];
}

/**
 * A second launch with `argv` while the booted app runs: the second process parses its argv
 * with the app's own parser; a bad one exits there (2) and the running app hears nothing;
 * otherwise the running app gets 'second-instance' with Chromium's argv and the launch data.
 * Returns whether it reached the running app.
 */
export function secondLaunch(argv: readonly string[], workingDirectory = '/'): boolean {
  const parsed = parseCli(argv, CLI_PATTERNS);
  if (!parsed.ok || parsed.command.kind === 'help' || parsed.command.kind === 'version') return false;
  app.emit(
    'second-instance',
    {},
    chromiumReorderedArgv(argv),
    workingDirectory,
    structuredClone(launchData(parsed.command)),
  );
  return true;
}
