import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootUnpackaged, invokeFrom, liveWindow } from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import { FakeNotification, globalShortcut, platformViolations } from './fakes/fake-electron.ts';

// GNOME on Wayland, started natively (npm start passes no --ozone-platform): no app gets a
// system-wide key grab there, so register() fails (electron/electron#15863). The user hears that
// once, in words that fit, never "taken by another app" at every start or change.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const PLATFORM = { os: 'linux', session: 'wayland' } as const;
const originalDesktop = process.env.XDG_CURRENT_DESKTOP;
let booted: { restore(): void };

const shortcutNotices = () =>
  FakeNotification.all.map((n) => String(n.options.body)).filter((body) => /shortcut/i.test(body));

beforeAll(async () => {
  process.env.XDG_CURRENT_DESKTOP = 'ubuntu:GNOME';
  booted = await bootUnpackaged(PLATFORM, [
    '/home/ann/src/breathing-room/node_modules/electron/dist/electron',
    '.',
  ]);
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => {
  booted.restore();
  if (originalDesktop === undefined) delete process.env.XDG_CURRENT_DESKTOP;
  else process.env.XDG_CURRENT_DESKTOP = originalDesktop;
});

describe(`${platformLabel(PLATFORM)} GNOME: the global shortcut`, () => {
  it('is not registered, and the user is told once that this desktop has none', () => {
    expect(globalShortcut.registered.size).toBe(0);
    expect(shortcutNotices()).toEqual([
      'This Wayland desktop does not let apps use a keyboard shortcut everywhere, so Breathe now has no shortcut here. You can add one in your system keyboard settings that runs "breathing-room --breathe".',
    ]);
  });

  it('changing it in the preferences says nothing more (and never "in use by another app")', async () => {
    const app = liveWindow('index.html');
    for (const breatheNow of ['Alt+Shift+P', 'CommandOrControl+Alt+B']) {
      expect((await invokeFrom(app.webContents, 'settings:update', { shortcut: { breatheNow } })).ok).toBe(
        true,
      );
    }
    expect(shortcutNotices()).toHaveLength(1);
    expect(globalShortcut.registered.size).toBe(0);
  });
});
