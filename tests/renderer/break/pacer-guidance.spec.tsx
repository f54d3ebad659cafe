import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BreakSessionView } from '../../../renderer/break/break-session-view.tsx';
import { ringKeyframes } from '../../../renderer/break/pacer-keyframes.ts';
import { findPattern } from '../../../shared/exercises/patterns.ts';
import type { Locale } from '../../../shared/i18n/locale.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/types.ts';
import { renderBreakView } from '../../support/break-render.tsx';
import { breathingSession } from '../../support/break-sessions.ts';
import { FakeAudioContext } from '../../support/fake-audio-context.ts';

async function startBreak(
  settings: Settings = DEFAULT_SETTINGS,
  options: { locale?: Locale; reducedMotion?: boolean; durationMs?: number } = {},
) {
  const view = renderBreakView(
    <BreakSessionView settings={settings} reducedMotion={options.reducedMotion ?? false} />,
    {
      locale: options.locale ?? 'en',
      bridge: {
        handlers: {
          'break:session': () => breathingSession({ durationMs: options.durationMs ?? 20_000 }),
          'break:started': () => null,
          'break:paused': () => ({ endsInMs: 600_000 }),
          'break:resumed': () => null,
          'break:complete': () => null,
        },
      },
    },
  );
  await screen.findByTestId('pacer');
  await waitFor(() => expect(view.clock.pendingFrames()).toBeGreaterThan(0));
  return view;
}

const withSound: Settings = { ...DEFAULT_SETTINGS, sounds: { enabled: true, volume: 60 } };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  FakeAudioContext.made = [];
});

describe('where am I in the breath', () => {
  it('says "Breath N of M" from the first inhale, counting cycles as pacerAt does', async () => {
    const { clock } = await startBreak();
    expect(screen.queryByTestId('breath-count')).toBeNull();
    act(() => clock.advance(3000, 10));
    expect(screen.getByTestId('breath-count').textContent).toBe('Breath 1 of 2');
    act(() => clock.advance(9990, 10));
    expect(screen.getByTestId('breath-count').textContent).toBe('Breath 1 of 2');
    act(() => clock.advance(10, 10));
    expect(screen.getByTestId('breath-count').textContent).toBe('Breath 2 of 2');
  });

  it('in Dutch too', async () => {
    const { clock } = await startBreak(DEFAULT_SETTINGS, { locale: 'nl' });
    act(() => clock.advance(3000, 10));
    expect(screen.getByTestId('breath-count').textContent).toBe('Ademhaling 1 van 2');
  });

  it('shows the ring only when turned on; with reduced motion it steps instead of sweeping', async () => {
    await startBreak();
    expect(screen.queryByTestId('breath-ring')).toBeNull();
    cleanup();
    const ringOn: Settings = {
      ...DEFAULT_SETTINGS,
      breathing: { ...DEFAULT_SETTINGS.breathing, ring: true },
    };
    await startBreak(ringOn);
    expect(screen.getByTestId('breath-ring').getAttribute('class')).toBe('breath-ring');
    cleanup();
    await startBreak(ringOn, { reducedMotion: true });
    expect(screen.getByTestId('breath-ring').getAttribute('class')).toContain('breath-ring-stepped');
  });

  it('ring keyframes: a sweep over each cycle, or steps at the phase starts of pacer timeline', () => {
    const box = findPattern('box');
    expect(ringKeyframes(box, false)).toEqual([
      { offset: 0, easing: 'linear', strokeDashoffset: 1 },
      { offset: 1, easing: 'linear', strokeDashoffset: 0 },
    ]);
    expect(ringKeyframes(box, true)).toEqual([
      { offset: 0, easing: 'step-end', strokeDashoffset: 1 },
      { offset: 0.25, easing: 'step-end', strokeDashoffset: 0.75 },
      { offset: 0.5, easing: 'step-end', strokeDashoffset: 0.5 },
      { offset: 0.75, easing: 'step-end', strokeDashoffset: 0.25 },
      { offset: 1, easing: 'linear', strokeDashoffset: 0 },
    ]);
  });
});

describe('sound in the break window', () => {
  it('has no Sound toggle where there is no Web Audio', async () => {
    expect(typeof (globalThis as { AudioContext?: unknown }).AudioContext).toBe('undefined');
    await startBreak(withSound);
    expect(screen.queryByTestId('sound')).toBeNull();
  });

  it('follows the preference: off by default, nothing made until the user turns it on', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { clock } = await startBreak();
    const toggle = screen.getByTestId('sound');
    expect(toggle.textContent).toBe('Sound off');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(FakeAudioContext.made).toHaveLength(0);
    act(() => clock.advance(5000, 10));
    fireEvent.click(toggle);
    expect(toggle.textContent).toBe('Sound on');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(FakeAudioContext.made).toHaveLength(1);
  });

  it('stops on Sound off and on pause, starts again on Sound on and on resume, lets the end cue ring', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { clock } = await startBreak(withSound);
    const context = FakeAudioContext.made[0] as FakeAudioContext;
    const started = () => context.oscillators.length;
    const live = () => context.oscillators.filter((o) => o.stops() === 1).length;
    expect(started()).toBeGreaterThan(0);
    const first = started();
    // Every source has its own end scheduled once; a stop adds a second, earlier one.
    expect(live()).toBe(first);

    fireEvent.click(screen.getByTestId('sound'));
    expect(live()).toBe(0);
    fireEvent.click(screen.getByTestId('sound'));
    expect(started()).toBeGreaterThan(first);
    const second = started();

    act(() => clock.advance(3000 + 1000, 10));
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(live()).toBe(0);
    expect(started()).toBe(second);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(started()).toBeGreaterThan(second);
    const playing = live();
    expect(playing).toBeGreaterThan(0);

    act(() => clock.advance(20_000, 50));
    await screen.findByTestId('done');
    // Reaching the end stops nothing: the end cue is already on the audio clock.
    expect(live()).toBe(playing);
  });
});
