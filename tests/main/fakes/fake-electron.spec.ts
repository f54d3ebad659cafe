import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePlatformTable, ruleFromDoc } from './electron-platform-table.ts';
import {
  app,
  FakeBrowserWindow,
  FakeNotification,
  FakeTray,
  nativeImage,
  platformViolations,
  powerMonitor,
  resetFakeElectron,
  screen,
  setFakePlatform,
  systemPreferences,
} from './fake-electron.ts';

// The fake Electron is only useful if it is as strict as the real one. These tests hold it to
// the platform table read from node_modules/electron/electron.d.ts and to Electron's timing.

beforeEach(() => {
  resetFakeElectron();
  setFakePlatform({ os: 'linux', session: 'x11' });
});

afterEach(() => {
  vi.useRealTimers();
  resetFakeElectron();
});

describe('the platform table from electron.d.ts', () => {
  it('reads @platform tags and the Wayland and "does nothing on" notes', () => {
    expect(
      ruleFromDoc(['Emitted when the system is about to lock the screen.', '', '@platform darwin,win32']),
    ).toMatchObject({ platforms: ['darwin', 'win32'], notOnWayland: false });
    expect(
      ruleFromDoc(['Whether the window is always on top.', '', 'Not supported on Wayland (Linux).']),
    ).toMatchObject({ platforms: ['darwin', 'win32', 'linux'], notOnWayland: true });
    expect(ruleFromDoc(['Sets the thing.', '> [!NOTE] This API does nothing on Windows.'])).toMatchObject({
      platforms: ['darwin', 'linux'],
    });
    expect(ruleFromDoc(['Add a vibrancy effect, only on macOS.'])).toMatchObject({ platforms: ['darwin'] });
  });

  it('finds members and events through extends, and only the comment right above them', () => {
    const table = parsePlatformTable(
      [
        '  class BaseWindow extends NodeEventEmitter {',
        '    /**',
        '     * @platform darwin',
        '     */',
        "    on(event: 'sheet-begin', listener: Function): this;",
        "    on(event: 'closed', listener: Function): this;",
        '    close(): void;',
        '  }',
        '  class BrowserWindow extends BaseWindow {',
        '    /**',
        '     * Not supported on Wayland (Linux).',
        '     */',
        '    showInactive(): void;',
        '  }',
      ].join('\n'),
    );
    expect(table.event('BrowserWindow', 'sheet-begin')?.platforms).toEqual(['darwin']);
    expect(table.event('BrowserWindow', 'closed')?.platforms).toEqual(['darwin', 'win32', 'linux']);
    expect(table.member('BrowserWindow', 'showInactive')?.notOnWayland).toBe(true);
    expect(table.member('BrowserWindow', 'close')?.platforms).toHaveLength(3);
    expect(table.member('BrowserWindow', 'teleport')).toBeUndefined();
  });
});

describe('the fake refuses what the real Electron would not do on the platform under test', () => {
  it('[linux (x11)] no lock-screen from powerMonitor (darwin,win32 only); [win32] there is', () => {
    expect(() => powerMonitor.emit('lock-screen')).toThrow(/lock-screen.*linux \(x11\).*darwin,win32/);
    expect(platformViolations()).toHaveLength(1);
    setFakePlatform({ os: 'win32' });
    expect(() => powerMonitor.emit('lock-screen')).not.toThrow();
  });

  it('[linux (x11)] no tray title, no login items, no AppUserModelID, no activate, no app.dock', () => {
    const tray = new FakeTray(nativeImage.createFromPath('/nowhere.png'));
    expect(() => tray.setTitle('12 min')).toThrow(/setTitle/);
    expect(() => app.setLoginItemSettings({ openAtLogin: true })).toThrow(/setLoginItemSettings/);
    expect(() => app.setAppUserModelId('x')).toThrow(/setAppUserModelId/);
    expect(() => app.emit('activate', {}, false)).toThrow(/activate/);
    expect(app.dock).toBeUndefined();
    setFakePlatform({ os: 'darwin' });
    expect(app.dock).toBeDefined();
  });

  it('[linux (wayland)] no showInactive, no always-on-top, no cursor position, and no ready-to-show', async () => {
    setFakePlatform({ os: 'linux', session: 'wayland' });
    const win = new FakeBrowserWindow({ show: false });
    const seen: string[] = [];
    win.on('ready-to-show', () => seen.push('ready-to-show'));
    win.webContents.on('did-finish-load', () => seen.push('did-finish-load'));
    await win.loadURL('app://bundle/index.html');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['did-finish-load']);
    expect(() => win.showInactive()).toThrow(/Wayland/);
    expect(() => win.setAlwaysOnTop(true, 'screen-saver')).toThrow(/Wayland/);
    expect(() => screen.getCursorScreenPoint()).toThrow(/Wayland/);
  });

  it('refuses an event the class never emits at all', () => {
    const notification = new FakeNotification({ title: 't' });
    expect(() => notification.emit('dismissed-by-magic')).toThrow(/no event 'dismissed-by-magic'/);
  });
});

describe('the fake keeps Electron timing and state', () => {
  it('close() is a request: close then closed arrive on a later task; destroyed windows throw', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const win = new FakeBrowserWindow();
    const events: string[] = [];
    win.on('close', () => events.push('close'));
    win.on('closed', () => events.push('closed'));
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['close', 'closed']);
    expect(() => win.show()).toThrow('Object has been destroyed');
  });

  it('one window has the focus; the one that loses it hears blur; not-focusable windows never take it', () => {
    const a = new FakeBrowserWindow();
    const b = new FakeBrowserWindow();
    const notice = new FakeBrowserWindow({ focusable: false });
    const events: string[] = [];
    a.on('blur', () => events.push('a blur'));
    b.on('focus', () => events.push('b focus'));
    a.show();
    b.show();
    notice.show();
    expect(events).toEqual(['a blur', 'b focus']);
    expect([a.focused, b.focused, notice.focused]).toEqual([false, true, false]);
  });

  it('getLocale() is empty before ready; quit emits will-quit only after the windows closed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    expect(app.getLocale()).toBe('');
    await app.becomeReady();
    expect(app.getLocale()).toBe('en-US');
    const win = new FakeBrowserWindow();
    const order: string[] = [];
    win.on('closed', () => order.push('closed'));
    app.on('before-quit', () => order.push('before-quit'));
    app.on('will-quit', () => order.push('will-quit'));
    app.quit();
    expect(order).toEqual(['before-quit']);
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['before-quit', 'closed', 'will-quit']);
  });

  it('minimize, isVisible, setIgnoreMouseEvents and getAnimationSettings exist everywhere, and a destroyed window refuses them', () => {
    for (const platform of [
      { os: 'darwin' },
      { os: 'win32' },
      { os: 'linux', session: 'wayland' },
    ] as const) {
      setFakePlatform(platform);
      const win = new FakeBrowserWindow();
      const events: string[] = [];
      win.on('blur', () => events.push('blur'));
      win.on('minimize', () => events.push('minimize'));
      win.on('restore', () => events.push('restore'));
      win.show();
      win.setIgnoreMouseEvents(true);
      expect(win.ignoresMouse).toBe(true);
      win.minimize();
      // A minimised window still counts as visible (as on Windows) and has lost the focus.
      expect([win.isMinimized(), win.isVisible(), win.focused]).toEqual([true, true, false]);
      win.restore();
      expect(win.isMinimized()).toBe(false);
      expect(events).toEqual(['blur', 'minimize', 'restore']);
      expect(systemPreferences.getAnimationSettings().prefersReducedMotion).toBe(false);
      win.destroy();
      expect(() => win.isVisible()).toThrow('Object has been destroyed');
      expect(() => win.setIgnoreMouseEvents(false)).toThrow('Object has been destroyed');
      expect(() => win.minimize()).toThrow('Object has been destroyed');
    }
    expect(platformViolations()).toEqual([]);
  });

  it('a missing icon file gives an empty image and an invisible tray', () => {
    const tray = new FakeTray(nativeImage.createFromPath('/no/such/icon.png'));
    expect(tray.image.isEmpty()).toBe(true);
    expect(tray.iconVisible()).toBe(false);
  });
});
