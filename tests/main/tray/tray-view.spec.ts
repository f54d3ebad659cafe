import { beforeEach, describe, expect, it, vi } from 'vitest';
import { trayModel } from '../../../main/tray/tray-model.ts';
import { createTrayView } from '../../../main/tray/tray-view.ts';
import { createTranslator } from '../../../shared/i18n/index.ts';
import type { SchedulerSnapshot } from '../../../shared/scheduler-types.ts';
import { type FakeMenu, FakeTray, resetFakeElectron } from '../fakes/fake-electron.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);

const base: SchedulerSnapshot = {
  state: 'running',
  next: { kind: 'breathing', dueInMs: 12 * 60_000, dueAtWallMs: 0 },
  pausedUntilWallMs: null,
  paused: false,
  postponesUsed: 0,
  postponeLimit: 3,
  strict: false,
  current: null,
  notice: null,
};

const model = (snapshot: SchedulerSnapshot) =>
  trayModel({
    snapshot,
    nowWallMs: 0,
    locale: 'en',
    t: createTranslator('en'),
    timeZone: 'UTC',
    platform: 'win32',
    autostart: { supported: true, enabled: true },
    countdownTitle: false,
  });

beforeEach(() => resetFakeElectron());

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
    const resume = (tray.menu as FakeMenu).template.find((item) => item.label === 'Resume breaks');
    if (!resume?.click) throw new Error('no Resume item while paused');
    (resume.click as () => void)();
    expect(commands).toEqual(['resume']);
    view.destroy();
    expect(tray.isDestroyed()).toBe(true);
  });

  it('passes the tray bounds of a click on to the panel', () => {
    const clicks: unknown[] = [];
    createTrayView(
      { platform: 'win32', iconPath: () => '', onCommand: () => {}, onClick: (b) => clicks.push(b) },
      model(base),
    );
    const bounds = { x: 1800, y: 1050, width: 24, height: 24 };
    (FakeTray.all[0] as FakeTray).emit('click', {}, bounds);
    expect(clicks).toEqual([bounds]);
  });
});
