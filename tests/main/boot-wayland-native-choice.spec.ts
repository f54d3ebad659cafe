import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { type BootedApp, bootApp } from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import { app, FakeBrowserWindow, FakeTray, platformViolations } from './fakes/fake-electron.ts';

// The installed app on a Wayland session, launched from the menu: the deb's launcher passes
// --ozone-platform=x11 (electron-builder.yml linux.executableArgs). The user chose "run as a native
// Wayland app" earlier, and Chromium picks its backend before main runs, so the only way to honour
// the choice is one restart without the flag, before any tray or window exists.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

// Electron itself runs on X11 (XWayland) here; the desktop session is Wayland.
const PLATFORM = { os: 'linux', session: 'x11' } as const;
const originalAppImage = process.env.APPIMAGE;
let booted: BootedApp;

beforeAll(async () => {
  booted = await bootApp(
    PLATFORM,
    ['/opt/Breathing Room/breathing-room', '--ozone-platform=x11', '--preferences'],
    {
      packaged: true,
      tempPrefix: 'br-boot-native-',
      prepare(base) {
        mkdirSync(join(base, 'userData'), { recursive: true });
        writeFileSync(
          join(base, 'userData', 'settings.json'),
          JSON.stringify({ ...DEFAULT_SETTINGS, runNativelyOnWayland: true, language: 'nl' }),
        );
        delete process.env.APPIMAGE;
        process.env.XDG_SESSION_TYPE = 'wayland';
      },
    },
  );
});

afterAll(() => {
  booted.restore();
  if (originalAppImage !== undefined) process.env.APPIMAGE = originalAppImage;
});

describe(`${platformLabel(PLATFORM)} via XWayland in a Wayland session, native Wayland chosen`, () => {
  it('restarts once without --ozone-platform=x11, keeping what the user asked for, and builds nothing', () => {
    expect(app.relaunchedWith).toEqual({ args: ['--preferences'] });
    expect(app.exitCode).toBe(0);
    expect(FakeTray.all).toHaveLength(0);
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(platformViolations()).toEqual([]);
  });
});
