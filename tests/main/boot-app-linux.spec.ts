import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AutostartState } from '../../shared/ipc-contract.ts';
import { bootUnpackaged, invokeFrom } from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import { FakeBrowserWindow, platformViolations } from './fakes/fake-electron.ts';

// The real composition root on Linux, where start at login is a file written asynchronously:
// the preferences read autostart:get right after settings:update answers and must see the change.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const PLATFORM = { os: 'linux', session: 'x11' } as const;
let booted: { readonly base: string; restore(): void };
const autostartFile = () => join(booted.base, 'config', 'autostart', 'breathing-room.desktop');

// Unpackaged (npm start): the icons are read from the project's build/tray.
beforeAll(async () => {
  booted = await bootUnpackaged(PLATFORM, ['/opt/Breathing Room/breathing-room'], 'br-boot-app-linux-');
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => booted.restore());

describe(`${platformLabel(PLATFORM)} start at login toggled in the preferences on Linux`, () => {
  it('autostart:get right after settings:update answers with the new state, off and on again', async () => {
    const win = FakeBrowserWindow.live().find((w) => w.urls.at(-1)?.includes('index.html'));
    if (!win) throw new Error('no app window');
    // First run: start at login is on by default; the read waits for that write too.
    expect(await invokeFrom<AutostartState>(win.webContents, 'autostart:get')).toEqual({
      ok: true,
      value: { supported: true, enabled: true },
    });
    expect(existsSync(autostartFile())).toBe(true);

    for (const enabled of [false, true, false]) {
      expect((await invokeFrom(win.webContents, 'settings:update', { startAtLogin: enabled })).ok).toBe(true);
      expect(await invokeFrom<AutostartState>(win.webContents, 'autostart:get')).toEqual({
        ok: true,
        value: { supported: true, enabled },
      });
      expect(existsSync(autostartFile())).toBe(enabled);
    }
  });
});
