import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseStatusRecord } from '../../main/status/status-record.ts';
import type { DayStats } from '../../shared/statistics-types.ts';
import { WINDOW_SIZES } from '../../shared/window-sizes.ts';
import {
  type BootedApp,
  bootApp,
  invokeFrom as invoke,
  liveWindow,
  secondLaunch,
} from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import {
  app,
  FakeBrowserWindow,
  type FakeMenu,
  FakeNotification,
  FakeTray,
  FakeWebContents,
  globalShortcut,
  ipcMain,
  platformViolations,
  protocol,
} from './fakes/fake-electron.ts';

// The real composition root, scheduler, settings (conf on a temp folder), statistics and CLI
// parser, against a fake Electron. Only Electron, electron-store's Electron half and
// electron-log's Electron transport are replaced.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
// Windows: the platform with notification buttons, login items and an AppUserModelID.
const PLATFORM = { os: 'win32' } as const;
let booted: BootedApp;

function labels(items: readonly Electron.MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    item.label ?? '-',
    ...labels((item.submenu ?? []) as Electron.MenuItemConstructorOptions[]),
  ]);
}

/** Windows: no attached menu; the right click pops it up (main/tray/tray-view.ts). */
function openMenu(): FakeMenu {
  tray().rightClick();
  const menu = tray().openedMenus.at(-1);
  if (!menu) throw new Error('the right click opened no menu');
  return menu;
}

function clickMenu(label: string): void {
  const find = (
    items: readonly Electron.MenuItemConstructorOptions[],
  ): Electron.MenuItemConstructorOptions | undefined =>
    items.find((item) => item.label === label) ??
    items.map((item) => find((item.submenu ?? []) as Electron.MenuItemConstructorOptions[])).find(Boolean);
  const item = find(openMenu().template);
  if (!item?.click) throw new Error(`no menu item "${label}"`);
  (item.click as () => void)();
}

function tray(): FakeTray {
  const only = FakeTray.all[0];
  if (!only) throw new Error('no tray');
  return only;
}

const hhmm = (date: Date) =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

// An installed (packaged) app: its tray icons come from <resources>\\tray. Main runs up to
// Electron's 'ready' here; the first test checks that step, the second makes Electron ready.
beforeAll(async () => {
  booted = await bootApp(PLATFORM, ['C:\\Program Files\\Breathing Room\\Breathing Room.exe', '--hidden'], {
    packaged: true,
    ready: false,
  });
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => booted.restore());

describe(`${platformLabel(PLATFORM)} boot of the composition root against a fake Electron`, () => {
  it('before ready: takes the lock, registers app:// as privileged and sets the AppUserModelID', () => {
    expect(app.exitCode).toBeNull();
    expect(protocol.privileged.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(app.appUserModelId).toBe('app.breathingroom.desktop');
    expect(FakeTray.all).toHaveLength(0);
  });

  it('ready: the tray appears with the next break in its tooltip and the full menu; no window is open', async () => {
    await booted.ready();
    expect(FakeTray.all).toHaveLength(1);
    expect(tray().iconVisible()).toBe(true);
    expect(tray().tooltip).toBe('Next breathing break in 25 min');
    expect(String((tray().image as { path: string }).path)).toMatch(/tray-active\.ico$/);
    const menuLabels = labels(openMenu().template);
    for (const label of [
      'Breathe now',
      'Stretch now',
      'Skip next break',
      'Pause',
      'For 30 minutes',
      'Check-in…',
      'Statistics',
      'Preferences…',
      'Start at login',
      'About Breathing Room',
      'Quit',
    ]) {
      expect(menuLabels).toContain(label);
    }
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    expect(protocol.handlers.has('app')).toBe(true);
    expect(globalShortcut.isRegistered('CommandOrControl+Alt+B')).toBe(true);
    // First run with "start at login" on: the login item is really registered.
    expect(app.loginItem.openAtLogin).toBe(true);
  });

  it('the tooltip counts down once a minute and turns the icon to "soon" in the last minute', async () => {
    await vi.advanceTimersByTimeAsync(10 * MINUTE_MS);
    expect(tray().tooltip).toBe('Next breathing break in 15 min');
    await vi.advanceTimersByTimeAsync(14 * MINUTE_MS + 1000);
    expect(tray().tooltip).toBe('Next breathing break in less than a minute');
    expect(String((tray().image as { path: string }).path)).toMatch(/tray-soon\.ico$/);
  });

  it('at the notice time an OS notification with Start now / Postpone / Skip is shown, and no window yet', async () => {
    // Notice lead is 30 s before the 25-minute mark.
    await vi.advanceTimersByTimeAsync(30 * 1000);
    const shown = FakeNotification.all.filter((n) => n.shown);
    expect(shown).toHaveLength(1);
    const notification = shown[0] as FakeNotification;
    expect(notification.options.body).toContain('30 seconds');
    expect(notification.options.actions?.map((a) => a.text)).toEqual(['Start now', 'In 5 minutes', 'Skip']);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
  });

  it('Start now opens the break window over app:// with hardened webPreferences, focused', async () => {
    const notification = FakeNotification.all[0] as FakeNotification;
    notification.pressAction(0);
    await vi.advanceTimersByTimeAsync(0);
    const windows = FakeBrowserWindow.live();
    expect(windows).toHaveLength(1);
    const win = windows[0] as FakeBrowserWindow;
    expect(win.urls).toEqual(['app://bundle/break.html?view=break']);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(booted.base, 'app', 'out', 'preload', 'index.cjs'),
    });
    expect(win.options.frame).toBe(false);
    expect(win.options.alwaysOnTop).toBe(true);
    expect(win.visible && win.focused).toBe(true);
    expect(
      win.webContents.windowOpenHandler?.({ url: 'https://example.com' } as Electron.HandlerDetails),
    ).toEqual({ action: 'deny' });
    expect(notification.closed).toBe(true);
    expect(tray().tooltip).toBe('Breathing break in progress');
    const session = await invoke<{ kind: string; patternId: string }>(win.webContents, 'break:session');
    expect(session).toMatchObject({ ok: true, value: { kind: 'breathing', patternId: 'belly' } });
  });

  it('a foreign sender is refused and changes nothing', async () => {
    const foreign = new FakeWebContents();
    foreign.mainFrame.url = 'app://bundle/break.html?view=break';
    const refused = await invoke(foreign, 'break:complete', { outcome: 'taken', breathedSeconds: 60 });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    const win = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    // Our own window, navigated somewhere else, is no longer trusted either.
    win.webContents.mainFrame.url = 'https://example.com/';
    expect(
      await invoke(win.webContents, 'break:complete', { outcome: 'taken', breathedSeconds: 60 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    win.webContents.mainFrame.url = 'app://bundle/break.html?view=break';
    expect(FakeBrowserWindow.live()).toHaveLength(1);
    expect(tray().tooltip).toBe('Breathing break in progress');
  });

  it('completion over IPC from the break window ends the break; the window stays for its done screen and feeling, then closes itself; all lands in statistics', async () => {
    const win = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    const done = await invoke(win.webContents, 'break:complete', { outcome: 'taken', breathedSeconds: 60 });
    expect(done).toEqual({ ok: true, value: null });
    expect(tray().tooltip).toBe('Next breathing break in 25 min');
    // The done screen is still up: "How do you feel?" can be answered.
    expect(FakeBrowserWindow.live()).toEqual([win]);
    expect(await invoke(win.webContents, 'break:feeling', { feeling: 'calmer' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await invoke(win.webContents, 'window:close')).toEqual({ ok: true, value: null });
    // close() is a request: the window goes on a later task ('close', then 'closed').
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);

    clickMenu('Statistics');
    await vi.advanceTimersByTimeAsync(0);
    const appWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(appWindow.urls).toEqual(['app://bundle/index.html#/statistics']);
    const days = await invoke<readonly DayStats[]>(appWindow.webContents, 'stats:days', { days: 1 });
    expect(days.ok).toBe(true);
    const today = days.ok ? days.value[0] : undefined;
    expect(today).toMatchObject({ offered: 1, taken: 1, skipped: 0, breathingSeconds: 60 });
    expect(today?.feelings).toMatchObject({ calmer: 1 });
    // The app window may not finish a break: only the break window can.
    expect(
      await invoke(appWindow.webContents, 'break:complete', { outcome: 'taken', breathedSeconds: 1 }),
    ).toMatchObject({
      ok: false,
    });
    appWindow.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
  });

  it('Breathe now with 5 minutes chosen in the window runs its 5 minutes instead of ending at the default', async () => {
    clickMenu('Breathe now');
    await vi.advanceTimersByTimeAsync(0);
    const win = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(tray().tooltip).toBe('Breathing break in progress');
    // A while in the picker, then Start: main plans 5 minutes of box breathing (19 whole cycles of
    // 16 s) plus the 3 s pre-roll, and counts the break from the pacer's start.
    await vi.advanceTimersByTimeAsync(30 * 1000);
    const chosen = await invoke(win.webContents, 'break:choose', { patternId: 'box', requestedMs: 300_000 });
    expect(chosen).toMatchObject({ ok: true, value: { patternId: 'box', durationMs: 307_000 } });
    expect(await invoke(win.webContents, 'break:started')).toEqual({ ok: true, value: null });
    expect(await invoke(win.webContents, 'break:session')).toMatchObject({
      ok: true,
      value: {
        kind: 'breathing',
        patternId: 'box',
        durationMs: 307_000,
        plan: { cycles: 19 },
        source: 'manual',
      },
    });
    // Well past the default minute plus the 2-minute overrun: still the user's break.
    await vi.advanceTimersByTimeAsync(4 * MINUTE_MS);
    expect(FakeBrowserWindow.live()).toEqual([win]);
    expect(tray().tooltip).toBe('Breathing break in progress');
    await vi.advanceTimersByTimeAsync(MINUTE_MS + 7000);
    expect(
      await invoke(win.webContents, 'break:complete', { outcome: 'taken', breathedSeconds: 304 }),
    ).toEqual({ ok: true, value: null });
    expect(FakeBrowserWindow.live()).toEqual([win]);
    await invoke(win.webContents, 'window:close');
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
  });

  it('Lie down and breathe from the tray opens a floor session that counts as its own kind', async () => {
    clickMenu('Lie down and breathe');
    await vi.advanceTimersByTimeAsync(0);
    const win = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    const before = ((await invoke(win.webContents, 'stats:days', { days: 1 })) as { value: DayStats[] })
      .value[0];
    // The break window at the floor session's size, from the one table the e2e runs use too.
    expect(win.getBounds()).toMatchObject(WINDOW_SIZES.floor);
    expect(await invoke(win.webContents, 'break:session')).toMatchObject({
      ok: true,
      value: { kind: 'breathing', patternId: 'belly', source: 'manual', floor: true },
    });
    // Ten minutes chosen on the floor screen: main plans 60 breaths plus the pre-roll and keeps
    // the floor mark on the session it answers with.
    expect(
      await invoke(win.webContents, 'break:choose', { patternId: 'belly', requestedMs: 600_000 }),
    ).toMatchObject({ ok: true, value: { floor: true, durationMs: 603_000 } });
    expect(await invoke(win.webContents, 'break:started')).toEqual({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(10 * MINUTE_MS + 3000);
    expect(tray().tooltip).toBe('Breathing break in progress');
    expect(
      await invoke(win.webContents, 'break:complete', { outcome: 'taken', breathedSeconds: 600 }),
    ).toEqual({ ok: true, value: null });
    const after = ((await invoke(win.webContents, 'stats:days', { days: 1 })) as { value: DayStats[] })
      .value[0];
    // Its own kind: a floor session and its minutes, nothing added to the breaks' counts.
    expect(after).toMatchObject({
      floorSessions: (before?.floorSessions ?? 0) + 1,
      floorSeconds: (before?.floorSeconds ?? 0) + 600,
      taken: before?.taken,
      breathingSeconds: before?.breathingSeconds,
    });
    await invoke(win.webContents, 'window:close');
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
  });

  it('a second launch with --pause 30 pauses the running app and the tooltip says until when', async () => {
    const until = new Date(Date.now() + 30 * MINUTE_MS);
    expect(
      secondLaunch(['C:\\Program Files\\Breathing Room\\Breathing Room.exe', '--pause', '30'], 'C:\\'),
    ).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(tray().tooltip).toBe(`Paused until ${hhmm(until)}`);
    expect(String((tray().image as { path: string }).path)).toMatch(/tray-paused\.ico$/);
    expect(labels(openMenu().template)).toContain('Resume breaks');
    // The status file `--status` prints follows the same snapshot as the tray.
    expect(parseStatusRecord(readFileSync(join(booted.base, 'userData', 'status.json'), 'utf8'))).toEqual({
      ok: true,
      record: { version: 1, paused: true, pausedUntilWallMs: until.getTime(), next: null, holding: [] },
    });
    // A second launch with --status only reads that file: the running app does nothing.
    app.emit('second-instance', {}, ['x.exe', '--status'], 'C:\\', {
      breathingRoomCommand: { kind: 'status' },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    // A bad second launch stops in its own process; hostile launch data changes nothing either.
    expect(secondLaunch(['x.exe', '--pause', 'soon'])).toBe(false);
    app.emit('second-instance', {}, ['x.exe', '--resume'], 'C:\\', {
      breathingRoomCommand: { kind: 'quit', x: 1 },
    });
    app.emit('second-instance', {}, ['x.exe', '--resume'], 'C:\\', {
      breathingRoomCommand: { kind: 'pause', minutes: 1e9 },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(tray().tooltip).toBe(`Paused until ${hhmm(until)}`);
    expect(app.quitting).toBe(false);
  });

  it('quit releases the shortcut, every timer, the tray and all windows, a window still fading out too', async () => {
    clickMenu('Preferences…');
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(1);
    // A break ended from the tray: main closes its window, which is fading out when Quit comes.
    clickMenu('Resume breaks');
    clickMenu('Breathe now');
    await vi.advanceTimersByTimeAsync(0);
    const breakWindow = liveWindow('view=break');
    clickMenu('For 30 minutes');
    await vi.advanceTimersByTimeAsync(0);
    expect(breakWindow.webContents.sent.some((m) => m.channel === 'window:closing')).toBe(true);
    expect(breakWindow.isDestroyed()).toBe(false);
    const order: string[] = [];
    app.once('before-quit', () => order.push(`before-quit, ${FakeBrowserWindow.live().length} windows`));
    app.once('will-quit', () => order.push(`will-quit, ${FakeBrowserWindow.live().length} windows`));
    clickMenu('Quit');
    expect(app.quitting).toBe(true);
    // Electron closes the windows first and emits will-quit on a later task: the fade is not waited for.
    expect(order).toEqual(['before-quit, 2 windows']);
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['before-quit, 2 windows', 'will-quit, 0 windows']);
    expect(breakWindow.isDestroyed()).toBe(true);
    expect(globalShortcut.registered.size).toBe(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    expect(tray().isDestroyed()).toBe(true);
    expect(ipcMain.handlers.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
