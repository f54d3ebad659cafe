import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../main/logger.ts';
import { createWindowManager } from '../../../main/windows/window-manager.ts';
import { FakeBrowserWindow, resetFakeElectron, screen } from '../fakes/fake-electron.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => resetFakeElectron());

function manager() {
  return createWindowManager({
    preloadPath: '/app/out/preload/index.cjs',
    screen,
    log: createMemoryLogger(),
  });
}

describe('window manager', () => {
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
    // The done screen of the last break is still up when the next break starts.
    breakWindow.focused = false;
    windows.showBreak({ focus: true });
    await flush();
    expect(FakeBrowserWindow.live()).toEqual([breakWindow]);
    expect(breakWindow.urls).toEqual([
      'app://bundle/break.html?view=break',
      'app://bundle/break.html?view=break',
    ]);
    expect(breakWindow.focused).toBe(true);
  });

  it('keeps no window alive once they are closed, across many breaks', async () => {
    const windows = manager();
    for (let i = 0; i < 50; i += 1) {
      windows.showNotice();
      windows.showBreak({ focus: true });
      await flush();
      windows.closeBreakWindows();
    }
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
    panel.emit('blur');
    expect(panel.isDestroyed()).toBe(true);
    windows.togglePanel(null);
    windows.togglePanel(null);
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
