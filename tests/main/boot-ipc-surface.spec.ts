import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../shared/ipc-contract.ts';
import { bootApp } from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import {
  app,
  electronModule,
  FakeBrowserWindow,
  ipcMain,
  Menu,
  platformViolations,
} from './fakes/fake-electron.ts';

// An installed app on Linux, booted through the real composition root with the REAL logging
// package: electron-log is not mocked here. Its CommonJS code reaches Electron with a plain
// require('electron'), which vi.mock cannot see, so the fake is also put into Node's own
// require cache. Whatever any package registers on ipcMain therefore shows up below.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());

const PLATFORM = { os: 'linux', session: 'x11' } as const;
const require = createRequire(import.meta.url);
const electronPath = require.resolve('electron');
const cache = (Module as unknown as { _cache: Record<string, Module> })._cache;
let booted: Awaited<ReturnType<typeof bootApp>>;
let previousElectron: Module | undefined;

beforeAll(async () => {
  booted = await bootApp(PLATFORM, ['/opt/Breathing Room/breathing-room', '--preferences'], {
    tempPrefix: 'br-boot-ipc-',
    packaged: true,
    prepare: () => {
      previousElectron = cache[electronPath];
      const fake = new Module(electronPath);
      fake.filename = electronPath;
      fake.loaded = true;
      fake.exports = electronModule;
      cache[electronPath] = fake;
    },
  });
  // First run turns start at login on; let that file write finish before the folder goes.
  await vi.waitFor(() =>
    expect(existsSync(join(booted.base, 'config', 'autostart', 'breathing-room.desktop'))).toBe(true),
  );
});

afterAll(async () => {
  expect(platformViolations()).toEqual([]);
  app.quit();
  await vi.advanceTimersByTimeAsync(0);
  if (previousElectron) cache[electronPath] = previousElectron;
  else delete cache[electronPath];
  booted.restore();
});

describe(`${platformLabel(PLATFORM)} what an installed app exposes to its pages`, () => {
  it('main listens to exactly the contract\u2019s invoke channels and to no send-style channel at all', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    // electron-log/main would add ipcMain.on('__ELECTRON_LOG__') and a handler of that name,
    // callable from any frame without a sender check.
    expect([...ipcMain.listeners.keys()]).toEqual([]);
    expect(ipcMain.handlers.has('__ELECTRON_LOG__')).toBe(false);
  });

  it('still writes its log file through the real logger', () => {
    const logFile = join(booted.base, 'userData', 'logs', 'main.log');
    expect(existsSync(logFile)).toBe(true);
    expect(readFileSync(logFile, 'utf8')).toMatch(/started 0\.1\.0 \(linux\)/);
  });

  it('has no application menu (no Ctrl+R, no Ctrl+Shift+I) and no DevTools in its windows', () => {
    expect(Menu.applicationMenu).toEqual({ set: true, menu: null });
    const windows = FakeBrowserWindow.live();
    expect(windows.length).toBeGreaterThan(0);
    for (const win of windows) expect(win.options.webPreferences?.devTools).toBe(false);
  });
});
