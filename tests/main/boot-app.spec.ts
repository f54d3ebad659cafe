import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WINDOW_SIZES } from '../../shared/window-sizes.ts';
import { bootApp, invokeFrom as invoke } from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import { app, FakeBrowserWindow, FakeNotification, platformViolations } from './fakes/fake-electron.ts';

// The real composition root as macOS starts it from its login item: no arguments (a macOS login
// item cannot pass --hidden), and a settings file that could not be read.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const PLATFORM = { os: 'darwin' } as const;
let booted: Awaited<ReturnType<typeof bootApp>>;

const appWindows = () => FakeBrowserWindow.live().filter((w) => w.urls.at(-1)?.includes('index.html'));
const floorInvitations = () =>
  FakeNotification.all.filter((n) => n.options.title === 'A few minutes on your back?');
const checkinReminders = () =>
  FakeNotification.all.filter((n) => n.options.title === 'Time for your weekly check-in');

beforeAll(async () => {
  // Only an installed app has a login item; its icons are in Contents/Resources/tray.
  booted = await bootApp(PLATFORM, ['/Applications/Breathing Room.app/Contents/MacOS/Breathing Room'], {
    tempPrefix: 'br-boot-app-',
    packaged: true,
    prepare: (base) => {
      mkdirSync(join(base, 'userData'), { recursive: true });
      writeFileSync(join(base, 'userData', 'settings.json'), '{ "schemaVersion": ', 'utf8');
      vi.spyOn(app, 'getLoginItemSettings').mockImplementation(
        () => ({ openAtLogin: true, wasOpenedAtLogin: true }) as Electron.LoginItemSettings,
      );
    },
  });
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => {
  vi.restoreAllMocks();
  booted.restore();
});

describe(`${platformLabel(PLATFORM)} macOS launch from the login item`, () => {
  it('stays in the tray: no window opens, even though the launch had no arguments', () => {
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    // The reset is still told at start, as an OS notification.
    expect(
      FakeNotification.all.some((n) => n.shown && /could not be read/.test(String(n.options.body))),
    ).toBe(true);
  });

  it('opening the app again from Finder (activate) opens the app window', async () => {
    app.emit('activate', {}, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(appWindows()).toHaveLength(1);
    expect(appWindows()[0]?.urls).toEqual(['app://bundle/index.html#/preferences']);
  });

  it('the app window learns that the settings were reset', async () => {
    const win = appWindows()[0] as FakeBrowserWindow;
    expect(await invoke(win.webContents, 'app:info')).toMatchObject({
      ok: true,
      value: { platform: 'darwin', settingsWereReset: true },
    });
  });

  it('the weekly check-in reminder set in the preferences shows at its time and opens the check-in', async () => {
    const win = appWindows()[0] as FakeBrowserWindow;
    const updated = await invoke(win.webContents, 'settings:update', {
      checkinReminder: { enabled: true, weekday: 2, minutes: 9 * 60 + 30 },
    });
    expect(updated.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(29 * MINUTE_MS);
    expect(checkinReminders()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(MINUTE_MS);
    expect(checkinReminders()).toHaveLength(1);
    const reminder = checkinReminders()[0] as FakeNotification;
    expect(reminder.shown).toBe(true);
    reminder.emit('click');
    await vi.advanceTimersByTimeAsync(0);
    expect(appWindows()[0]?.urls.at(-1)).toBe('app://bundle/index.html#/checkin');
  });

  it('the evening invitation set in the preferences shows at its time and opens the floor session', async () => {
    const win = appWindows()[0] as FakeBrowserWindow;
    const now = new Date();
    const inTwentyMinutes = now.getHours() * 60 + now.getMinutes() + 20;
    // Breaks off, so no notice or break is on screen when it comes (those keep it away).
    const updated = await invoke(win.webContents, 'settings:update', {
      breathing: { enabled: false },
      stretch: { enabled: false },
      floorInvitation: { enabled: true, minutes: inTwentyMinutes },
    });
    expect(updated.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(19 * MINUTE_MS);
    expect(floorInvitations()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(MINUTE_MS);
    expect(floorInvitations()).toHaveLength(1);
    const invitation = floorInvitations()[0] as FakeNotification;
    expect(invitation.options).toMatchObject({ silent: true });
    invitation.emit('click');
    await vi.advanceTimersByTimeAsync(0);
    const floorWindow = FakeBrowserWindow.live().find((w) => w.urls.at(-1)?.includes('break.html'));
    expect(floorWindow?.getBounds()).toMatchObject(WINDOW_SIZES.floor);
  });

  it('quitting releases the reminder: nothing shows a week later', async () => {
    app.quit();
    await vi.advanceTimersByTimeAsync(8 * DAY_MS);
    expect(checkinReminders()).toHaveLength(1);
    expect(floorInvitations()).toHaveLength(1);
  });
});
