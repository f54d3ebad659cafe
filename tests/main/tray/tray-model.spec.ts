import { describe, expect, it } from 'vitest';
import {
  minutesLeft,
  type TrayMenuItem,
  type TrayModelInput,
  trayIconState,
  trayModel,
  trayRefreshDelayMs,
} from '../../../main/tray/tray-model.ts';
import { createTranslator } from '../../../shared/i18n/index.ts';
import type { SchedulerSnapshot } from '../../../shared/scheduler-types.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);

function snapshot(overrides: Partial<SchedulerSnapshot> = {}): SchedulerSnapshot {
  return runningSnapshot(NOW, 12 * 60_000, overrides);
}

function input(overrides: Partial<TrayModelInput> = {}): TrayModelInput {
  return {
    snapshot: snapshot(),
    nowWallMs: NOW,
    locale: 'en',
    t: createTranslator('en'),
    timeZone: 'UTC',
    platform: 'win32',
    autostart: { supported: true, enabled: true },
    countdownTitle: false,
    ...overrides,
  };
}

function labels(items: readonly TrayMenuItem[]): string[] {
  return items.flatMap((item) =>
    item.type === 'separator'
      ? ['-']
      : item.type === 'submenu'
        ? [item.label, ...labels(item.items)]
        : [item.label],
  );
}

const paused = (untilWallMs: number | null) =>
  snapshot({ state: 'paused', paused: true, pausedUntilWallMs: untilWallMs, next: null });

describe('tray model', () => {
  it('says when the next break comes, in whole minutes rounded up', () => {
    expect(trayModel(input()).tooltip).toBe('Next breathing break in 12 min');
    expect(minutesLeft(11 * 60_000 + 1)).toBe(12);
    expect(minutesLeft(11 * 60_000)).toBe(11);
    const stretch = snapshot({ next: { kind: 'stretch', dueInMs: 47 * 60_000, dueAtWallMs: 0 } });
    expect(trayModel(input({ snapshot: stretch })).tooltip).toBe('Next stretch break in 47 min');
  });

  it('speaks Dutch when asked', () => {
    const nl = input({ locale: 'nl', t: createTranslator('nl') });
    expect(trayModel(nl).tooltip).toBe('Volgende ademhalingspauze over 12 min');
    expect(trayModel({ ...nl, snapshot: paused(NOW + 150 * 60_000) }).tooltip).toBe('Gepauzeerd tot 14:30');
  });

  it('shows paused-until in the local time zone, with the day when it is not today', () => {
    expect(trayModel(input({ snapshot: paused(NOW + 150 * 60_000) })).tooltip).toBe('Paused until 14:30');
    expect(
      trayModel(input({ snapshot: paused(NOW + 150 * 60_000), timeZone: 'Europe/Amsterdam' })).tooltip,
    ).toBe('Paused until 15:30');
    expect(trayModel(input({ snapshot: paused(NOW + 21 * 60 * 60_000) })).tooltip).toBe(
      'Paused until Wednesday 09:00',
    );
    expect(trayModel(input({ snapshot: paused(null) })).tooltip).toBe('Paused until you resume');
  });

  it('has three icon states: active, soon (last minute, notice, break) and paused', () => {
    expect(trayIconState(snapshot())).toBe('active');
    expect(trayIconState(snapshot({ next: { kind: 'breathing', dueInMs: 60_000, dueAtWallMs: 0 } }))).toBe(
      'soon',
    );
    expect(trayIconState(snapshot({ next: { kind: 'breathing', dueInMs: 60_001, dueAtWallMs: 0 } }))).toBe(
      'active',
    );
    expect(trayIconState(snapshot({ state: 'notice' }))).toBe('soon');
    expect(trayIconState(snapshot({ state: 'in-break' }))).toBe('soon');
    expect(trayIconState(paused(null))).toBe('paused');
    expect(trayIconState(snapshot({ state: 'outside-hours', next: null }))).toBe('paused');
  });

  it('builds the context menu of the product spec, with Resume instead of Pause while paused', () => {
    expect(labels(trayModel(input()).menu)).toEqual([
      'Breathe now',
      'Stretch now',
      'Lie down and breathe',
      'Skip next break',
      'Pause',
      'For 30 minutes',
      'For 1 hour',
      'For 2 hours',
      'Until tomorrow',
      'Until I resume',
      '-',
      'Check-in…',
      'Statistics',
      'Preferences…',
      'Start at login',
      '-',
      'About Breathing Room',
      'Quit',
    ]);
    const whilePaused = labels(trayModel(input({ snapshot: paused(null) })).menu);
    expect(whilePaused).toContain('Resume breaks');
    expect(whilePaused).not.toContain('Pause');
  });

  it('checks Start at login from the real state and hides Skip in strict mode', () => {
    const autostart = trayModel(input({ autostart: { supported: true, enabled: false } })).menu.find(
      (item) => item.type === 'checkbox',
    );
    expect(autostart).toMatchObject({ command: 'toggle-autostart', checked: false });
    expect(labels(trayModel(input({ snapshot: snapshot({ strict: true }) })).menu)).not.toContain(
      'Skip next break',
    );
  });

  it('on Linux puts the status line and an Open item at the top of the menu', () => {
    const menu = trayModel(input({ platform: 'linux' })).menu;
    expect(menu[0]).toEqual({ type: 'status', label: 'Next breathing break at 12:12' });
    expect(menu[1]).toMatchObject({ type: 'command', command: 'open' });
    expect(trayModel(input({ platform: 'linux', locale: 'nl', t: createTranslator('nl') })).menu[0]).toEqual({
      type: 'status',
      label: 'Volgende ademhalingspauze om 12:12',
    });
  });

  it('on Linux the menu stays the same while the minutes count down (a rebuild closes an open menu)', () => {
    const at = (minutesLater: number) => {
      const now = NOW + minutesLater * 60_000;
      const dueAt = NOW + 25 * 60_000;
      return trayModel(
        input({
          platform: 'linux',
          nowWallMs: now,
          snapshot: runningSnapshot(now, dueAt - now),
        }),
      );
    };
    const menus = [0, 1, 7, 13, 24].map((m) => JSON.stringify(at(m).menu));
    expect(new Set(menus).size).toBe(1);
    // The tooltip still counts down.
    expect(at(0).tooltip).toBe('Next breathing break in 25 min');
    expect(at(13).tooltip).toBe('Next breathing break in 12 min');
  });

  it('says "Holding breaks: …" while a due break waits for the user to be less busy (nl and en)', () => {
    const held = snapshot({
      state: 'busy',
      busy: ['presentation', 'call'],
      next: { kind: 'breathing', dueInMs: 0, dueAtWallMs: NOW },
    });
    expect(trayModel(input({ snapshot: held })).tooltip).toBe(
      'Holding breaks: presentation or video, camera or microphone in use',
    );
    expect(trayModel(input({ snapshot: held, locale: 'nl', t: createTranslator('nl') })).tooltip).toBe(
      'Pauzes wachten: presentatie of video, camera of microfoon in gebruik',
    );
    expect(trayModel(input({ snapshot: held, platform: 'darwin', countdownTitle: true })).title).toBe('');
    expect(trayRefreshDelayMs(held)).toBeNull();
  });

  it('shows a macOS countdown title only when asked for, and only on macOS', () => {
    expect(trayModel(input({ platform: 'darwin', countdownTitle: true })).title).toBe('12m');
    expect(trayModel(input({ platform: 'darwin', countdownTitle: false })).title).toBe('');
    expect(trayModel(input({ platform: 'win32', countdownTitle: true })).title).toBe('');
  });

  it('wakes once per countdown minute, and not at all while paused', () => {
    expect(
      trayRefreshDelayMs(
        snapshot({ next: { kind: 'breathing', dueInMs: 12 * 60_000 + 5_000, dueAtWallMs: 0 } }),
      ),
    ).toBe(5_000);
    expect(trayRefreshDelayMs(snapshot())).toBe(60_000);
    expect(trayRefreshDelayMs(paused(NOW + 1000))).toBeNull();
  });
});
