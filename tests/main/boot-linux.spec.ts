import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DayStats } from '../../shared/statistics-types.ts';
import { WINDOW_FADE_MS } from '../../shared/window-fade.ts';
import { bootApp, invokeFrom, liveWindow, secondLaunch } from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import {
  app,
  FakeBrowserWindow,
  type FakeMenu,
  FakeNotification,
  FakeTray,
  globalShortcut,
  platformViolations,
  systemPreferences,
} from './fakes/fake-electron.ts';

// Second walk through the real composition root, as a first launch on a Linux desktop: no
// notification buttons there, so the notice is a window; start at login is an XDG file.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
const PLATFORM = { os: 'linux', session: 'x11' } as const;
let booted: Awaited<ReturnType<typeof bootApp>>;

const invoke = invokeFrom;

const live = liveWindow;

const autostartFile = () => join(booted.base, 'config', 'autostart', 'breathing-room.desktop');

beforeAll(async () => {
  // An installed app (icons in <resources>/tray) on a Dutch desktop.
  booted = await bootApp(PLATFORM, ['/opt/Breathing Room/breathing-room'], {
    tempPrefix: 'br-boot-linux-',
    packaged: true,
    prepare: () => {
      app.locale = 'nl-NL';
    },
  });
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => {
  app.locale = 'en-US';
  booted.restore();
});

describe(`${platformLabel(PLATFORM)} first launch on Linux`, () => {
  it('opens the welcome page, speaks the OS language and writes the autostart file', async () => {
    expect(live('index.html').urls).toEqual(['app://bundle/index.html#/welcome']);
    expect(FakeTray.all[0]?.tooltip).toBe('Volgende ademhalingspauze over 25 min');
    expect(FakeTray.all[0]?.iconVisible()).toBe(true);
    await vi.waitFor(() => expect(existsSync(autostartFile())).toBe(true));
  });

  it('the global shortcut starts a breathing break at once, in a focused break window', async () => {
    globalShortcut.registered.get('CommandOrControl+Alt+B')?.();
    await vi.advanceTimersByTimeAsync(0);
    const breakWindow = live('view=break');
    expect(breakWindow.focused).toBe(true);
    expect(await invoke(breakWindow.webContents, 'break:session')).toMatchObject({
      ok: true,
      value: { kind: 'breathing', source: 'manual' },
    });
    expect(
      await invoke(breakWindow.webContents, 'break:complete', { outcome: 'taken', breathedSeconds: 42 }),
    ).toEqual({
      ok: true,
      value: null,
    });
    // The done screen stays until the break window closes itself.
    expect(breakWindow.isDestroyed()).toBe(false);
    expect(await invoke(breakWindow.webContents, 'window:close')).toEqual({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(breakWindow.isDestroyed()).toBe(true);
    const appWindow = live('index.html');
    expect(await invoke(appWindow.webContents, 'break:feeling', { feeling: 'calmer' })).toEqual({
      ok: true,
      value: null,
    });
    const days = await invoke<readonly DayStats[]>(appWindow.webContents, 'stats:days', { days: 1 });
    expect(days.ok && days.value[0]).toMatchObject({
      taken: 1,
      offered: 0,
      breathingSeconds: 42,
      feelings: { calmer: 1 },
    });
  });

  it('a new shortcut from the preferences is applied at once and pushed to open windows', async () => {
    const appWindow = live('index.html');
    const updated = await invoke(appWindow.webContents, 'settings:update', {
      shortcut: { enabled: true, breatheNow: 'Alt+Shift+P' },
    });
    expect(updated.ok).toBe(true);
    expect([...globalShortcut.registered.keys()]).toEqual(['Alt+Shift+P']);
    expect(appWindow.webContents.sent.some((m) => m.channel === 'settings:changed')).toBe(true);
    const refused = await invoke(appWindow.webContents, 'settings:update', { postpone: { minutes: -4 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-settings' } });
  });

  it('the notice is a small window that never takes focus, and Postpone from it closes it', async () => {
    live('index.html').close();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(25 * MINUTE_MS - 30_000 + 1000);
    const notice = live('view=notice');
    expect(notice.visible).toBe(true);
    expect(notice.focused).toBe(false);
    expect(notice.options.focusable).toBe(false);
    expect(FakeNotification.all.filter((n) => n.shown)).toHaveLength(0);
    expect(await invoke(notice.webContents, 'break:postpone')).toEqual({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    // Main closes it: the page hears window:closing and fades, then main destroys the window.
    expect(notice.webContents.sent.filter((m) => m.channel === 'window:closing')).toEqual([
      { channel: 'window:closing', payload: { fadeMs: WINDOW_FADE_MS } },
    ]);
    expect(notice.ignoresMouse).toBe(true);
    await vi.advanceTimersByTimeAsync(WINDOW_FADE_MS - 1);
    expect(notice.isDestroyed()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(notice.isDestroyed()).toBe(true);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
  });

  it("with the system's reduced motion the notice main closes goes at once, without a fade", async () => {
    systemPreferences.prefersReducedMotion = true;
    try {
      // The postponed break's notice comes back 5 minutes after the postpone.
      await vi.advanceTimersByTimeAsync(5 * MINUTE_MS);
      const notice = live('view=notice');
      expect(await invoke(notice.webContents, 'break:postpone')).toEqual({ ok: true, value: null });
      await vi.advanceTimersByTimeAsync(0);
      expect(notice.isDestroyed()).toBe(true);
      expect(notice.webContents.sent.some((m) => m.channel === 'window:closing')).toBe(false);
    } finally {
      systemPreferences.prefersReducedMotion = false;
    }
  });

  it('with motion set to reduce in the preferences the notice goes at once too, whatever the system says', async () => {
    expect(secondLaunch(['/opt/Breathing Room/breathing-room'])).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    const preferences = live('index.html');
    expect(await invoke(preferences.webContents, 'settings:update', { motion: 'reduce' })).toMatchObject({
      ok: true,
    });
    // The page's own close has faded the page already: main closes it at once.
    expect(await invoke(preferences.webContents, 'window:close')).toEqual({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(preferences.isDestroyed()).toBe(true);
    await vi.advanceTimersByTimeAsync(5 * MINUTE_MS);
    const notice = live('view=notice');
    expect(await invoke(notice.webContents, 'break:postpone')).toEqual({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(notice.isDestroyed()).toBe(true);
    expect(notice.webContents.sent.some((m) => m.channel === 'window:closing')).toBe(false);
  });

  it('switching start at login off in the tray removes the autostart file', async () => {
    const menu = FakeTray.all[0]?.menu as FakeMenu;
    const item = menu.template.find((entry) => entry.type === 'checkbox');
    expect(item?.checked).toBe(true);
    if (!item?.click) throw new Error('no start-at-login item');
    (item.click as () => void)();
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(existsSync(autostartFile())).toBe(false));
    const tray = FakeTray.all[0] as FakeTray;
    const after = (tray.menu as FakeMenu).template.find((entry) => entry.type === 'checkbox');
    expect(after?.checked).toBe(false);
  });

  it('a second launch without arguments opens the app window; --quit quits and releases everything', async () => {
    expect(secondLaunch(['/opt/Breathing Room/breathing-room'])).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(live('index.html').urls).toEqual(['app://bundle/index.html#/preferences']);
    expect(secondLaunch(['/opt/Breathing Room/breathing-room', '--password-store=basic', '--quit'])).toBe(
      true,
    );
    expect(app.quitting).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    expect(globalShortcut.registered.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
