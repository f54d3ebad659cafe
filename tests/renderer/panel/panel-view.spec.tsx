import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../../renderer/lib/app-root.tsx';
import { panelNamespaces } from '../../../renderer/panel/namespaces.ts';
import { PanelView } from '../../../renderer/panel/panel-view.tsx';
import type { SchedulerSnapshot } from '../../../shared/scheduler-types.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { dayStats, runningSnapshot } from '../../support/app-fixtures.ts';
import { createFakeBridge, type FakeHandlers } from '../../support/fake-bridge.ts';

const NOW = new Date(2026, 2, 10, 14, 0, 0).getTime();

function setup(snapshot: SchedulerSnapshot, handlers: FakeHandlers = {}, language: 'en' | 'nl' = 'en') {
  let clock = NOW;
  const bridge = createFakeBridge({
    settings: { ...DEFAULT_SETTINGS, language },
    handlers: {
      'scheduler:get': () => snapshot,
      'stats:days': () => [dayStats('2026-03-10', { breathingSeconds: 7 * 60 + 20 })],
      'break:start': () => null,
      'schedule:pause': () => null,
      'schedule:resume': () => null,
      'window:open': () => null,
      'window:close': () => null,
      ...handlers,
    },
  });
  render(
    <AppRoot bridge={bridge} namespaces={panelNamespaces}>
      {() => <PanelView now={() => clock} />}
    </AppRoot>,
  );
  return { bridge, advance: (ms: number) => (clock += ms) };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PanelView', () => {
  it('closes on Esc, like any popup', async () => {
    const { bridge } = setup(runningSnapshot(NOW, 12 * 60_000));
    await screen.findByText('Next breathing break');
    expect(bridge.callsTo('window:close')).toHaveLength(0);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(bridge.callsTo('window:close')).toHaveLength(1);
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(bridge.callsTo('window:close')).toHaveLength(1);
  });

  it('a held break: says "Holding breaks" with the reasons, in English and in Dutch', async () => {
    const held: SchedulerSnapshot = {
      ...runningSnapshot(NOW, 0),
      state: 'busy',
      busy: ['presentation', 'do-not-disturb'],
    };
    setup(held);
    expect(await screen.findByText('Holding breaks: presentation or video, Do Not Disturb')).toBeTruthy();
    expect(screen.queryByText('Next breathing break')).toBeNull();
    cleanup();
    setup(held, {}, 'nl');
    expect(await screen.findByText('Pauzes wachten: presentatie of video, Niet storen')).toBeTruthy();
  });

  it('busy before a break is due: the countdown, and the current reasons under it', async () => {
    setup({ ...runningSnapshot(NOW, 12 * 60_000), busy: ['fullscreen'] });
    expect(await screen.findByText('Next breathing break')).toBeTruthy();
    expect(screen.getByTestId('panel-busy').textContent).toBe('Holding breaks: full-screen app');
  });

  it('shows the next break, its time left and today’s minutes breathed', async () => {
    setup(runningSnapshot(NOW, 12 * 60_000));
    expect(await screen.findByText('Next breathing break')).toBeTruthy();
    expect(screen.getByText('in 12 min')).toBeTruthy();
    expect(await screen.findByText('7 minutes breathed')).toBeTruthy();
  });

  it('counts down locally from the deadline without asking main again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { bridge, advance } = setup(runningSnapshot(NOW, 3 * 60_000));
    await vi.waitFor(() => expect(screen.getByText('in 3 min')).toBeTruthy());
    advance(60_000);
    await act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText('in 2 min')).toBeTruthy();
    advance(65_000);
    await act(() => {
      vi.advanceTimersByTime(65_000);
    });
    expect(screen.getByText('in 55 s')).toBeTruthy();
    expect(bridge.callsTo('scheduler:get')).toHaveLength(1);
  });

  it('follows scheduler pushes from main', async () => {
    const { bridge } = setup(runningSnapshot(NOW, 12 * 60_000));
    await screen.findByText('in 12 min');
    act(() =>
      bridge.emit(
        'scheduler:changed',
        runningSnapshot(NOW, 0, { state: 'paused', paused: true, next: null }),
      ),
    );
    expect(await screen.findByText('Paused until you resume')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume breaks' }));
    expect(bridge.callsTo('schedule:resume')).toHaveLength(1);
  });

  it('starts breaks and pauses through the bridge', async () => {
    const { bridge } = setup(runningSnapshot(NOW, 12 * 60_000));
    fireEvent.click(await screen.findByRole('button', { name: 'Breathe now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stretch now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lie down and breathe' }));
    fireEvent.click(screen.getByRole('button', { name: '1 hour' }));
    fireEvent.click(screen.getByRole('button', { name: 'Until tomorrow' }));
    expect(bridge.callsTo('break:start')).toEqual([
      { kind: 'breathing' },
      { kind: 'stretch' },
      // The floor session: belly breathing, 5 minutes offered first, as a floor session.
      { kind: 'breathing', patternId: 'belly', durationSeconds: 300, floor: true },
    ]);
    expect(bridge.callsTo('schedule:pause')).toEqual([{ minutes: 60 }, { until: 'tomorrow' }]);
  });

  it('opens the app window on the chosen route', async () => {
    const { bridge } = setup(runningSnapshot(NOW, 12 * 60_000));
    fireEvent.click(await screen.findByRole('button', { name: 'Statistics' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check-in' }));
    expect(bridge.callsTo('window:open')).toEqual([{ route: 'statistics' }, { route: 'checkin' }]);
  });

  it('tells the user when an action fails', async () => {
    setup(runningSnapshot(NOW, 12 * 60_000), {
      'break:start': () => ({ ok: false, error: { code: 'not-allowed', message: 'busy' } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Breathe now' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('speaks Dutch when the setting says so', async () => {
    setup(runningSnapshot(NOW, 65 * 60_000), {}, 'nl');
    expect(await screen.findByText('Volgende ademhalingspauze')).toBeTruthy();
    expect(screen.getByText('over 1 u 5 min')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nu ademen' })).toBeTruthy();
  });
});
