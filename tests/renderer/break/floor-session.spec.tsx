import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BreakSessionView } from '../../../renderer/break/break-session-view.tsx';
import type { Locale } from '../../../shared/i18n/locale.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { renderBreakView } from '../../support/break-render.tsx';
import { breathingSession } from '../../support/break-sessions.ts';
import { FakeAudioContext } from '../../support/fake-audio-context.ts';

const floorSession = breathingSession({ source: 'manual', durationMs: 300_000, floor: true });

async function openFloor(locale: Locale = 'en') {
  const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
    locale,
    bridge: {
      handlers: {
        'break:session': () => floorSession,
        'break:choose': ({ patternId, requestedMs }) =>
          breathingSession({ source: 'manual', patternId, durationMs: requestedMs, floor: true }),
        'break:started': () => null,
        'break:complete': () => null,
        'window:close': () => null,
      },
    },
  });
  await screen.findByTestId('floor-setup');
  return view;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  FakeAudioContext.made = [];
});

describe('floor session ("Lie down and breathe")', () => {
  it('explains the position on one calm screen with the drawing, offers 3, 5 or 10 minutes, belly first', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    await openFloor();
    expect(screen.getByRole('heading', { name: 'Lie down and breathe' })).toBeTruthy();
    expect(
      screen.getByRole('img', { name: 'Lying on your back, knees bent, a hand on your belly' }),
    ).toBeTruthy();
    expect(screen.getByText(/knees bent and your feet flat on the floor/)).toBeTruthy();
    expect(screen.getByText(/close your eyes/)).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['3', '5', '10']);
    expect((screen.getByLabelText('5 min') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('floor-pattern') as HTMLSelectElement).value).toBe('belly');
    // The dark, dim look hangs on this wrapper.
    expect(screen.getByTestId('floor-session')).toBeTruthy();
  });

  it('begins the chosen length and rhythm, with the sound guide on although the preference is off', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    expect(DEFAULT_SETTINGS.sounds.enabled).toBe(false);
    const { bridge, clock } = await openFloor();
    fireEvent.click(screen.getByLabelText('10 min'));
    fireEvent.click(screen.getByTestId('start'));
    await screen.findByTestId('pacer');
    // The asked-for time goes to main, which plans whole breaths (belly: 10 s each, 60 of them).
    await waitFor(() => expect(bridge.callsTo('break:started')).toHaveLength(1));
    expect(bridge.callsTo('break:choose')).toEqual([{ patternId: 'belly', requestedMs: 600_000 }]);
    expect(screen.getByTestId('sound').getAttribute('aria-pressed')).toBe('true');
    expect(FakeAudioContext.made).toHaveLength(1);
    act(() => clock.advance(3000, 10));
    expect(screen.getByTestId('breath-count').textContent).toBe('Breath 1 of 60');
  });

  it('runs another rhythm when chosen: box, 3 minutes rounded to whole squares', async () => {
    const { bridge } = await openFloor();
    fireEvent.change(screen.getByTestId('floor-pattern'), { target: { value: 'box' } });
    fireEvent.click(screen.getByLabelText('3 min'));
    fireEvent.click(screen.getByTestId('start'));
    await screen.findByTestId('pacer');
    await waitFor(() => expect(bridge.callsTo('break:started')).toHaveLength(1));
    expect(bridge.callsTo('break:choose')).toEqual([{ patternId: 'box', requestedMs: 180_000 }]);
    expect(screen.getByTestId('pacer').getAttribute('aria-label')).toBe('Box breathing');
  });

  it('says the shape will guide when there is no Web Audio, and Cancel ends it without a breath', async () => {
    const { bridge } = await openFloor();
    expect(screen.getByText(/cannot play the sound guide/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('cancel'));
    await waitFor(() => expect(bridge.callsTo('window:close')).toHaveLength(1));
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'skipped', breathedSeconds: 0 }]);
    expect(bridge.callsTo('break:choose')).toEqual([]);
  });

  it('is written in Dutch too', async () => {
    await openFloor('nl');
    expect(screen.getByRole('heading', { name: 'Ga liggen en adem' })).toBeTruthy();
    expect(screen.getByText(/knieën gebogen/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Hoe lang' })).toBeTruthy();
  });
});
