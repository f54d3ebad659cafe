import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../main/logger.ts';
import type { Timer } from '../../../main/scheduler/ports.ts';
import { createWindowManager, REVEAL_FALLBACK_MS } from '../../../main/windows/window-manager.ts';
import { validateWindowClosing, WINDOW_FADE_MS } from '../../../shared/window-fade.ts';
import { WINDOW_SIZES } from '../../../shared/window-sizes.ts';
import type { PlatformUnderTest } from '../fakes/electron-platform-table.ts';
import {
  FakeBrowserWindow,
  platformViolations,
  resetFakeElectron,
  screen,
  setFakePlatform,
} from '../fakes/fake-electron.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let nowMs = 0;
let background = '#f5f3ee';

beforeEach(() => {
  resetFakeElectron();
  nowMs = 0;
  background = '#f5f3ee';
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

function manager(platform: PlatformUnderTest = { os: 'linux', session: 'x11' }) {
  setFakePlatform(platform);
  return createWindowManager({
    preloadPath: '/app/out/preload/index.cjs',
    screen,
    log: createMemoryLogger(),
    platform: platform.os,
    wayland: platform.os === 'linux' && platform.session === 'wayland',
    nowMs: () => nowMs,
    background: () => background,
  });
}

describe('window manager [linux (x11)]', () => {
  it('shows the notice without focus, then replaces it with the break window', async () => {
    const windows = manager();
    windows.showNotice();
    await flush();
    const notice = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(notice.urls).toEqual(['app://bundle/break.html?view=notice']);
    expect(notice.visible).toBe(true);
    expect(notice.focused).toBe(false);
    windows.showBreak({ focus: false });
    await flush();
    expect(notice.isDestroyed()).toBe(true);
    const breakWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(breakWindow.urls).toEqual(['app://bundle/break.html?view=break']);
    expect(breakWindow.visible).toBe(true);
    expect(breakWindow.focused).toBe(false);
    expect(breakWindow.alwaysOnTopLevel).toBe('screen-saver');
  });

  it('reloads a break window left open (its done screen) for the next break instead of reusing it', async () => {
    const windows = manager();
    windows.showBreak({ focus: true });
    await flush();
    const breakWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    // The done screen of the last break is still up, unfocused, when the next break starts.
    FakeBrowserWindow.blurAll();
    expect(breakWindow.focused).toBe(false);
    windows.showBreak({ focus: true });
    await flush();
    expect(FakeBrowserWindow.live()).toEqual([breakWindow]);
    expect(breakWindow.urls).toEqual([
      'app://bundle/break.html?view=break',
      'app://bundle/break.html?view=break',
    ]);
    expect(breakWindow.focused).toBe(true);
  });

  it("opens every window in the theme's background, read as it opens, so dark mode never flashes light", async () => {
    const windows = manager();
    background = '#0f1719';
    windows.showNotice();
    windows.openApp('preferences');
    windows.togglePanel(null);
    expect(FakeBrowserWindow.live().map((win) => win.options.backgroundColor)).toEqual([
      '#0f1719',
      '#0f1719',
      '#0f1719',
    ]);
    background = '#f5f3ee';
    windows.showBreak({ focus: true });
    const breakWindow = FakeBrowserWindow.live().find((win) => win.options.width === 560);
    expect(breakWindow?.options.backgroundColor).toBe('#f5f3ee');
  });

  it('opens a floor session at the floor size and a later break back at the break size, centred', async () => {
    const windows = manager();
    windows.showBreak({ focus: true, floor: true });
    await flush();
    const breakWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(breakWindow.getBounds()).toMatchObject(WINDOW_SIZES.floor);
    // The done screen of the floor session is still up when the next (ordinary) break starts.
    windows.showBreak({ focus: true });
    await flush();
    expect(FakeBrowserWindow.live()).toEqual([breakWindow]);
    const bounds = breakWindow.getBounds();
    expect(bounds).toMatchObject(WINDOW_SIZES.break);
    windows.showBreak({ focus: true, floor: true });
    await flush();
    const floorBounds = breakWindow.getBounds();
    expect(floorBounds).toMatchObject(WINDOW_SIZES.floor);
    // Centred on the same work area both times.
    expect(floorBounds.x + floorBounds.width / 2).toBeCloseTo(bounds.x + bounds.width / 2, 0);
    expect(floorBounds.y + floorBounds.height / 2).toBeCloseTo(bounds.y + bounds.height / 2, 0);
  });

  it('keeps no window alive once they are closed, across many breaks', async () => {
    const windows = manager();
    for (let i = 0; i < 50; i += 1) {
      windows.showNotice();
      windows.showBreak({ focus: true });
      await flush();
      windows.closeBreakWindows();
    }
    await flush();
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    expect(windows.liveWindowCount()).toBe(0);
    expect([...windows.ourWebContents()]).toHaveLength(0);
  });

  it('opens one app window and routes it; a panel toggles and closes on blur', async () => {
    const windows = manager();
    windows.openApp('preferences');
    windows.openApp('statistics');
    await flush();
    expect(FakeBrowserWindow.live()).toHaveLength(1);
    expect((FakeBrowserWindow.live()[0] as FakeBrowserWindow).urls).toEqual([
      'app://bundle/index.html#/preferences',
      'app://bundle/index.html#/statistics',
    ]);
    windows.togglePanel({ x: 1890, y: 1050, width: 24, height: 24 });
    await flush();
    const panel = FakeBrowserWindow.live()[1] as FakeBrowserWindow;
    expect(panel.urls).toEqual(['app://bundle/panel.html']);
    expect(windows.kindOf(panel.webContents as unknown as Electron.WebContents)).toBe('panel');
    expect(panel.focused).toBe(true);
    // The user clicks elsewhere: the panel goes, like a menu.
    FakeBrowserWindow.blurAll();
    await flush();
    expect(panel.isDestroyed()).toBe(true);
    nowMs += 5_000;
    windows.togglePanel(null);
    windows.togglePanel(null);
    await flush();
    expect(FakeBrowserWindow.live()).toHaveLength(1);
  });

  it('sends push messages only to live windows of ours', async () => {
    const windows = manager();
    windows.openApp('preferences');
    await flush();
    const win = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.broadcast('settings:changed', { language: 'nl' } as never);
    expect(win.webContents.sent).toEqual([{ channel: 'settings:changed', payload: { language: 'nl' } }]);
    windows.closeAll();
    windows.broadcast('settings:changed', { language: 'en' } as never);
    expect(win.webContents.sent).toHaveLength(1);
  });
});

describe('window manager [win32]', () => {
  it('a tray click on an open panel closes it, although the click first blurred it away', async () => {
    const windows = manager({ os: 'win32' });
    windows.togglePanel({ x: 1890, y: 1050, width: 24, height: 24 });
    await flush();
    const panel = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(panel.visible && panel.focused).toBe(true);
    // Windows: the taskbar takes the focus (blur closes the panel), then 'click' arrives.
    FakeBrowserWindow.blurAll();
    nowMs += 30;
    windows.togglePanel({ x: 1890, y: 1050, width: 24, height: 24 });
    await flush();
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    // A later click opens it again.
    nowMs += 2_000;
    windows.togglePanel({ x: 1890, y: 1050, width: 24, height: 24 });
    await flush();
    expect(FakeBrowserWindow.live()).toHaveLength(1);
  });
});

describe('window manager [linux (wayland)]', () => {
  it('shows every window although ready-to-show never comes (electron/electron#48859)', async () => {
    const windows = manager({ os: 'linux', session: 'wayland' });
    windows.openApp('welcome');
    await flush();
    const appWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(appWindow.readyToShowSent).toBe(false);
    expect(appWindow.visible && appWindow.focused).toBe(true);
  });

  it('shows the notice and an unfocused break without showInactive, cursor or always-on-top', async () => {
    const windows = manager({ os: 'linux', session: 'wayland' });
    const cursor = vi.spyOn(screen, 'getCursorScreenPoint');
    windows.showNotice();
    await flush();
    const notice = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(notice.visible).toBe(true);
    // Not focusable, so show() does not take the focus either.
    expect(notice.focused).toBe(false);
    windows.showBreak({ focus: false });
    await flush();
    const breakWindow = FakeBrowserWindow.live().find((w) => w !== notice) as FakeBrowserWindow;
    expect(breakWindow.visible).toBe(true);
    expect(breakWindow.alwaysOnTopLevel).toBeNull();
    expect(cursor).not.toHaveBeenCalled();
  });
});

/** One-shot timers that fire only when the test says time has passed. */
function manualTimers() {
  const pending = new Set<{ due: number; fire: () => void }>();
  let clock = 0;
  const create = (): Timer => {
    let entry: { due: number; fire: () => void } | null = null;
    return {
      arm(delayMs, onFire) {
        if (entry) pending.delete(entry);
        entry = { due: clock + delayMs, fire: onFire };
        pending.add(entry);
      },
      cancel() {
        if (entry) pending.delete(entry);
        entry = null;
      },
    };
  };
  const advance = (ms: number) => {
    clock += ms;
    for (const entry of [...pending]) {
      if (entry.due <= clock) {
        pending.delete(entry);
        entry.fire();
      }
    }
  };
  return { create, advance, pendingCount: () => pending.size };
}

describe('reveal fallback on Linux: did-finish-load or a short timeout, whichever comes first, once', () => {
  function linuxManager(session: 'wayland' | 'x11', timers: ReturnType<typeof manualTimers>) {
    setFakePlatform({ os: 'linux', session });
    return createWindowManager({
      preloadPath: '/app/out/preload/index.cjs',
      screen,
      log: createMemoryLogger(),
      platform: 'linux',
      wayland: session === 'wayland',
      nowMs: () => nowMs,
      background: () => background,
      createTimer: timers.create,
    });
  }

  it('[linux (wayland)] a window whose page stalls is still shown after the fallback delay', async () => {
    const timers = manualTimers();
    const windows = linuxManager('wayland', timers);
    FakeBrowserWindow.stallLoads = true;
    windows.openApp('welcome');
    await flush();
    const appWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(appWindow.visible).toBe(false);
    timers.advance(REVEAL_FALLBACK_MS - 1);
    expect(appWindow.visible).toBe(false);
    timers.advance(1);
    expect(appWindow.visible && appWindow.focused).toBe(true);
    expect(timers.pendingCount()).toBe(0);
  });

  it('[linux (wayland)] a page that loads is shown once, and the fallback is cancelled', async () => {
    const timers = manualTimers();
    const windows = linuxManager('wayland', timers);
    windows.openApp('welcome');
    const appWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    const shows = vi.spyOn(appWindow, 'show');
    await flush();
    expect(appWindow.visible).toBe(true);
    expect(timers.pendingCount()).toBe(0);
    timers.advance(REVEAL_FALLBACK_MS * 4);
    expect(shows).toHaveBeenCalledTimes(1);
  });

  it('[linux (x11)] ready-to-show and did-finish-load both come, yet the window is revealed once', async () => {
    const timers = manualTimers();
    const windows = linuxManager('x11', timers);
    windows.showNotice();
    const notice = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    const showInactive = vi.spyOn(notice, 'showInactive');
    await flush();
    timers.advance(REVEAL_FALLBACK_MS);
    expect(showInactive).toHaveBeenCalledTimes(1);
    expect(notice.focused).toBe(false);
  });

  it('[linux (wayland)] a window closed before its page loads leaves no timer behind', async () => {
    const timers = manualTimers();
    const windows = linuxManager('wayland', timers);
    FakeBrowserWindow.stallLoads = true;
    windows.openApp('welcome');
    await flush();
    windows.closeAll();
    await flush();
    await flush();
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    expect(timers.pendingCount()).toBe(0);
  });
});

describe('break window over full-screen apps', () => {
  it('[darwin] is visible on every Space including full-screen ones, and the Dock icon is hidden right after', async () => {
    setFakePlatform({ os: 'darwin' });
    const calls: string[] = [];
    const windows = createWindowManager({
      preloadPath: '/app/out/preload/index.cjs',
      screen,
      log: createMemoryLogger(),
      platform: 'darwin',
      wayland: false,
      nowMs: () => nowMs,
      background: () => background,
      keepDockHidden: () => {
        const win = FakeBrowserWindow.live()[0];
        calls.push(win?.allWorkspaces ? 'dock hidden after all-workspaces' : 'dock hidden before');
      },
    });
    windows.showBreak({ focus: true });
    await flush();
    const win = FakeBrowserWindow.live()[0];
    expect(win?.allWorkspaces).toEqual({ visible: true, options: { visibleOnFullScreen: true } });
    expect(win?.alwaysOnTopLevel).toBe('screen-saver');
    expect(calls).toEqual(['dock hidden after all-workspaces']);
  });

  it.each([[{ os: 'win32' } as const], [{ os: 'linux', session: 'x11' } as const]])(
    '%j leaves workspaces alone (Windows has no Spaces; Linux desktops keep an on-top window visible)',
    async (platform) => {
      const windows = manager(platform);
      windows.showBreak({ focus: true });
      await flush();
      expect(FakeBrowserWindow.live()[0]?.allWorkspaces).toBeNull();
    },
  );
});

describe('a window main closes fades out first (window:closing), then is destroyed on a timer', () => {
  function fadingManager(
    timers: ReturnType<typeof manualTimers>,
    options: { reducedMotion?: () => boolean; platform?: PlatformUnderTest } = {},
  ) {
    const platform = options.platform ?? { os: 'linux', session: 'x11' };
    setFakePlatform(platform);
    return createWindowManager({
      preloadPath: '/app/out/preload/index.cjs',
      screen,
      log: createMemoryLogger(),
      platform: platform.os,
      wayland: platform.os === 'linux' && platform.session === 'wayland',
      nowMs: () => nowMs,
      background: () => background,
      createTimer: timers.create,
      reducedMotion: options.reducedMotion ?? (() => false),
    });
  }
  const closingPushes = (win: FakeBrowserWindow) =>
    win.webContents.sent.filter((message) => message.channel === 'window:closing');
  const contentsOf = (win: FakeBrowserWindow) => win.webContents as unknown as Electron.WebContents;

  it('tells the page, lets clicks through and stops talking to it, and destroys it after the fade', async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers);
    windows.showNotice();
    await flush();
    const notice = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.closeBreakWindows();
    await flush();
    expect(closingPushes(notice)).toEqual([
      { channel: 'window:closing', payload: { fadeMs: WINDOW_FADE_MS } },
    ]);
    expect(validateWindowClosing(closingPushes(notice)[0]?.payload).ok).toBe(true);
    // Still on screen, fading, but it takes no click, hears no broadcast and may not call main.
    expect(notice.isDestroyed()).toBe(false);
    expect(notice.ignoresMouse).toBe(true);
    expect(windows.kindOf(contentsOf(notice))).toBeNull();
    expect([...windows.ourWebContents()]).toEqual([]);
    windows.broadcast('settings:changed', { language: 'nl' } as never);
    expect(notice.webContents.sent.map((message) => message.channel)).toEqual(['window:closing']);
    expect(windows.liveWindowCount()).toBe(1);
    // The page never answers: the timer alone ends it.
    timers.advance(WINDOW_FADE_MS - 1);
    expect(notice.isDestroyed()).toBe(false);
    timers.advance(1);
    expect(notice.isDestroyed()).toBe(true);
    expect(windows.liveWindowCount()).toBe(0);
    expect(timers.pendingCount()).toBe(0);
  });

  it('the break window, the notice and the panel all fade when main closes them', async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers);
    windows.showBreak({ focus: true });
    await flush();
    const breakWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.closeBreakWindows();
    windows.togglePanel(null);
    await flush();
    const panel = FakeBrowserWindow.live().find((win) => win !== breakWindow) as FakeBrowserWindow;
    // A click elsewhere takes the panel away, like a menu: it fades too.
    FakeBrowserWindow.blurAll();
    await flush();
    expect(closingPushes(breakWindow)).toHaveLength(1);
    expect(closingPushes(panel)).toHaveLength(1);
    expect(FakeBrowserWindow.live()).toHaveLength(2);
    timers.advance(WINDOW_FADE_MS);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
  });

  it('with reduced motion (read as each window closes) it closes at once and tells the page nothing', async () => {
    const timers = manualTimers();
    let reduced = true;
    const windows = fadingManager(timers, { reducedMotion: () => reduced });
    windows.showNotice();
    await flush();
    const notice = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.closeBreakWindows();
    await flush();
    expect(notice.isDestroyed()).toBe(true);
    expect(closingPushes(notice)).toEqual([]);
    expect(timers.pendingCount()).toBe(0);
    // The user turns motion back on: the next close fades.
    reduced = false;
    windows.showNotice();
    await flush();
    const next = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.closeBreakWindows();
    await flush();
    expect(next.isDestroyed()).toBe(false);
    expect(closingPushes(next)).toHaveLength(1);
  });

  it('a window not on screen (hidden, minimised) or whose page has not loaded closes at once', async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers);
    // Minimised: nobody would see a fade.
    windows.showBreak({ focus: true });
    await flush();
    const minimised = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    minimised.minimize();
    windows.closeBreakWindows();
    await flush();
    expect(minimised.isDestroyed()).toBe(true);
    expect(closingPushes(minimised)).toEqual([]);
    // A page still loading: never shown, never listening.
    FakeBrowserWindow.stallLoads = true;
    windows.showBreak({ focus: true });
    await flush();
    const stalled = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(stalled.visible).toBe(false);
    windows.closeBreakWindows();
    await flush();
    expect(stalled.isDestroyed()).toBe(true);
    expect(closingPushes(stalled)).toEqual([]);
    // Shown and loaded once, then reloaded for the next break: its new page is not listening yet.
    FakeBrowserWindow.stallLoads = false;
    windows.showBreak({ focus: true });
    await flush();
    const reloaded = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(reloaded.visible).toBe(true);
    FakeBrowserWindow.stallLoads = true;
    windows.showBreak({ focus: true });
    await flush();
    windows.closeBreakWindows();
    await flush();
    expect(reloaded.isDestroyed()).toBe(true);
    expect(closingPushes(reloaded)).toEqual([]);
    expect(timers.pendingCount()).toBe(0);
  });

  it('a minimised window that the user restored fades again', async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers, { platform: { os: 'win32' } });
    windows.showBreak({ focus: true });
    await flush();
    const breakWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    breakWindow.minimize();
    breakWindow.restore();
    windows.closeBreakWindows();
    expect(closingPushes(breakWindow)).toHaveLength(1);
    timers.advance(WINDOW_FADE_MS);
    expect(breakWindow.isDestroyed()).toBe(true);
  });

  it('closed twice (main, then the page or main again) it fades once and is destroyed once', async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers);
    windows.showBreak({ focus: true });
    await flush();
    const breakWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    const destroy = vi.spyOn(breakWindow, 'destroy');
    const close = vi.spyOn(breakWindow, 'close');
    windows.closeBreakWindows();
    windows.closeBreakWindows();
    // The page's own close arrives during the fade: it is not ours to close any more.
    windows.closeWindowOf(contentsOf(breakWindow));
    await flush();
    expect(closingPushes(breakWindow)).toHaveLength(1);
    expect(timers.pendingCount()).toBe(1);
    timers.advance(WINDOW_FADE_MS * 3);
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();
    expect(breakWindow.isDestroyed()).toBe(true);
  });

  it("the page's own close (it has faded already) closes at once", async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers);
    windows.openApp('statistics');
    await flush();
    const appWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.closeWindowOf(contentsOf(appWindow));
    await flush();
    expect(appWindow.isDestroyed()).toBe(true);
    expect(closingPushes(appWindow)).toEqual([]);
    expect(timers.pendingCount()).toBe(0);
  });

  it('the break window opens at once over a fading notice, and the notice timer never touches it', async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers);
    windows.showNotice();
    await flush();
    const notice = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.showBreak({ focus: true });
    await flush();
    const breakWindow = FakeBrowserWindow.live().find((win) => win !== notice) as FakeBrowserWindow;
    expect(closingPushes(notice)).toHaveLength(1);
    expect(breakWindow.visible && breakWindow.focused).toBe(true);
    expect(windows.kindOf(contentsOf(breakWindow))).toBe('break');
    timers.advance(WINDOW_FADE_MS);
    expect(notice.isDestroyed()).toBe(true);
    expect(breakWindow.isDestroyed()).toBe(false);
    expect(breakWindow.ignoresMouse).toBe(false);
    expect(closingPushes(breakWindow)).toEqual([]);
  });

  it('a new break during the last break window’s fade gets a new window, which the old timer leaves alone', async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers);
    windows.showBreak({ focus: true });
    await flush();
    const old = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.closeBreakWindows();
    timers.advance(WINDOW_FADE_MS / 2);
    // The notice is not held back by the fading break window either.
    windows.showNotice();
    windows.showBreak({ focus: true });
    await flush();
    const fresh = FakeBrowserWindow.live().find((win) => win !== old && win.urls[0]?.includes('view=break'));
    expect(fresh).toBeDefined();
    // The fading window was not reloaded for the new break.
    expect(old.urls).toEqual(['app://bundle/break.html?view=break']);
    timers.advance(WINDOW_FADE_MS / 2);
    expect(old.isDestroyed()).toBe(true);
    expect(fresh?.isDestroyed()).toBe(false);
    expect(fresh?.ignoresMouse).toBe(false);
    // Its own close fades on its own timer.
    windows.closeBreakWindows();
    timers.advance(WINDOW_FADE_MS);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    expect(timers.pendingCount()).toBe(0);
  });

  it('quit destroys fading windows at once and leaves no timer; a window Electron closes mid-fade does too', async () => {
    const timers = manualTimers();
    const windows = fadingManager(timers);
    windows.showNotice();
    await flush();
    windows.showBreak({ focus: true });
    await flush();
    windows.closeBreakWindows();
    expect(FakeBrowserWindow.live()).toHaveLength(2);
    expect(timers.pendingCount()).toBe(2);
    windows.closeAll();
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    expect(windows.liveWindowCount()).toBe(0);
    expect(timers.pendingCount()).toBe(0);
    // Electron's own quit closes every window itself ('close', 'closed') before will-quit.
    windows.openApp('about');
    await flush();
    const appWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.showNotice();
    await flush();
    const notice = FakeBrowserWindow.live().find((win) => win !== appWindow) as FakeBrowserWindow;
    windows.closeBreakWindows();
    notice.close();
    await flush();
    expect(notice.isDestroyed()).toBe(true);
    expect(timers.pendingCount()).toBe(0);
    timers.advance(WINDOW_FADE_MS);
    expect(appWindow.isDestroyed()).toBe(false);
  });

  it('without a timer to wait on, main closes at once as before', async () => {
    const windows = manager();
    windows.showNotice();
    await flush();
    const notice = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    windows.closeBreakWindows();
    await flush();
    expect(notice.isDestroyed()).toBe(true);
    expect(closingPushes(notice)).toEqual([]);
  });
});
