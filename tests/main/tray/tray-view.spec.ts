import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trayModel } from '../../../main/tray/tray-model.ts';
import { createTrayView } from '../../../main/tray/tray-view.ts';
import { createTranslator } from '../../../shared/i18n/index.ts';
import type { SchedulerSnapshot } from '../../../shared/scheduler-types.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';
import type { PlatformUnderTest } from '../fakes/electron-platform-table.ts';
import {
  type FakeMenu,
  FakeTray,
  platformViolations,
  resetFakeElectron,
  setFakePlatform,
} from '../fakes/fake-electron.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);

const base: SchedulerSnapshot = runningSnapshot(0, 12 * 60_000);

const model = (snapshot: SchedulerSnapshot, platform: NodeJS.Platform = 'win32') =>
  trayModel({
    snapshot,
    nowWallMs: 0,
    locale: 'en',
    t: createTranslator('en'),
    timeZone: 'UTC',
    platform,
    autostart: { supported: true, enabled: true },
    countdownTitle: false,
  });

beforeEach(() => {
  resetFakeElectron();
  setFakePlatform({ os: 'win32' });
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

function viewOn(platform: PlatformUnderTest) {
  setFakePlatform(platform);
  const clicks: unknown[] = [];
  const commands: string[] = [];
  createTrayView(
    {
      platform: platform.os,
      iconPath: () => '/icons/active.png',
      onCommand: (c) => commands.push(c),
      onClick: (b) => clicks.push(b),
    },
    model(base, platform.os),
  );
  return { tray: FakeTray.all[0] as FakeTray, clicks, commands };
}

const bounds = { x: 1800, y: 1050, width: 24, height: 24 };

describe('tray view', () => {
  it('rebuilds the native menu only when its content changes', () => {
    const commands: string[] = [];
    const view = createTrayView(
      {
        platform: 'win32',
        iconPath: (state) => `/icons/${state}.ico`,
        onCommand: (c) => commands.push(c),
        onClick: () => {},
      },
      model(base),
    );
    const tray = FakeTray.all[0] as FakeTray;
    expect(view.menuBuildCount()).toBe(1);
    // The countdown changes the tooltip but not the (Windows) menu.
    view.render(model({ ...base, next: { kind: 'breathing', dueInMs: 11 * 60_000, dueAtWallMs: 0 } }));
    expect(tray.tooltip).toBe('Next breathing break in 11 min');
    expect(view.menuBuildCount()).toBe(1);
    view.render(model({ ...base, state: 'paused', paused: true, next: null }));
    expect(view.menuBuildCount()).toBe(2);
    expect((tray.image as { path: string }).path).toBe('/icons/paused.ico');
    tray.rightClick();
    const resume = (tray.openedMenus.at(-1) as FakeMenu).template.find(
      (item) => item.label === 'Resume breaks',
    );
    if (!resume?.click) throw new Error('no Resume item while paused');
    (resume.click as () => void)();
    expect(commands).toEqual(['resume']);
    view.destroy();
    expect(tray.isDestroyed()).toBe(true);
  });

  it('[win32] no attached menu: a left click opens the panel with the icon bounds; the right click pops the menu up', () => {
    const { tray, clicks } = viewOn({ os: 'win32' });
    expect(tray.menu).toBeNull();
    tray.click(bounds);
    expect(clicks).toEqual([bounds]);
    expect(tray.openedMenus).toEqual([]);
    tray.rightClick(bounds);
    expect(tray.openedMenus).toHaveLength(1);
    expect((tray.openedMenus[0] as FakeMenu).template.map((item) => item.label)).toContain('Breathe now');
    expect(clicks).toHaveLength(1);
  });

  it('[darwin] a left click opens only the panel (an attached menu would open with it); the right click pops the menu up', () => {
    const { tray, clicks, commands } = viewOn({ os: 'darwin' });
    expect(tray.menu).toBeNull();
    tray.click(bounds);
    expect(clicks).toEqual([bounds]);
    expect(tray.openedMenus).toEqual([]);
    tray.rightClick(bounds);
    expect(tray.openedMenus).toHaveLength(1);
    const opened = tray.openedMenus[0] as FakeMenu;
    const breathe = opened.template.find((item) => item.label === 'Breathe now');
    if (!breathe?.click) throw new Error('no Breathe now item');
    (breathe.click as () => void)();
    expect(commands).toEqual(['breathe-now']);
  });

  it('[linux (x11)] the tray host opens the menu on a click, and the menu leads into the app', () => {
    const { tray, clicks } = viewOn({ os: 'linux', session: 'x11' });
    tray.click(bounds);
    expect(clicks).toEqual([]);
    expect(tray.openedMenus).toEqual([tray.menu]);
    expect((tray.menu as FakeMenu).template.map((item) => item.label)).toContain('Open Breathing Room');
  });
});
