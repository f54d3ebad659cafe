import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { IpcResult } from '../../../shared/ipc-contract.ts';
import { bootUnpackaged } from '../fakes/boot-harness.ts';
import { FakeBrowserWindow, type FakeMenu, FakeTray } from '../fakes/fake-electron.ts';

/**
 * The real composition root started on the typed fake Electron as a Linux (X11) login launch, with the
 * app window opened from the tray menu: the common ground of the IPC fuzz suites. The spec file
 * itself still mocks 'electron' (vi.mock is hoisted per file).
 */
export interface BootedApp {
  readonly base: string;
  readonly appWindow: FakeBrowserWindow;
  /** Everything a stray IPC call could change, read through `read` (the door under test). */
  state(
    read: (
      channel: 'settings:get' | 'scheduler:get' | 'stats:days',
      payload?: unknown,
    ) => Promise<IpcResult<unknown>>,
  ): Promise<AppState>;
  restore(): void;
}

export interface AppState {
  readonly settings: IpcResult<unknown>;
  readonly scheduler: IpcResult<unknown>;
  readonly stats: IpcResult<unknown>;
  readonly settingsFile: string;
  readonly statsFile: string;
  readonly windows: readonly string[];
  readonly tooltip: string | undefined;
}

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '<missing>';
  }
}

export async function bootAppWithWindow(tempPrefix: string): Promise<BootedApp> {
  const { base, restore } = await bootUnpackaged(
    { os: 'linux', session: 'x11' },
    ['/opt/Breathing Room/breathing-room', '--hidden'],
    tempPrefix,
  );
  await vi.advanceTimersByTimeAsync(5 * 60_000);

  const menu = FakeTray.all[0]?.menu as FakeMenu;
  const open = menu.template.find((item) => item.label === 'Open Breathing Room');
  if (!open?.click) throw new Error('Linux menus offer "Open Breathing Room"');
  (open.click as () => void)();
  await vi.advanceTimersByTimeAsync(0);
  const appWindow = FakeBrowserWindow.live()[0];
  if (!appWindow) throw new Error('the app window did not open');

  return {
    base,
    appWindow,
    async state(read) {
      return {
        settings: await read('settings:get'),
        scheduler: await read('scheduler:get'),
        stats: await read('stats:days', { days: 400 }),
        settingsFile: readIfThere(join(base, 'userData', 'settings.json')),
        statsFile: readIfThere(join(base, 'userData', 'statistics.json')),
        windows: FakeBrowserWindow.live().map((win) => win.urls.join(' ')),
        tooltip: FakeTray.all[0]?.tooltip,
      };
    },
    restore,
  };
}
