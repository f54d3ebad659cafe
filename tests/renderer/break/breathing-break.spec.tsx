import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BreakSessionView } from '../../../renderer/break/break-session-view.tsx';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { renderBreakView } from '../../support/break-render.tsx';
import { breathingSession } from '../../support/break-sessions.ts';

const pacer = () => screen.getByTestId('pacer');
const press = (key: string): void => {
  fireEvent.keyDown(document.body, { key });
};

async function startBreak(session = breathingSession(), locale: 'en' | 'nl' = 'en', reducedMotion = false) {
  const view = renderBreakView(
    <BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={reducedMotion} />,
    {
      locale,
      bridge: {
        handlers: {
          'break:session': () => session,
          'break:started': () => null,
          'break:paused': () => ({ endsInMs: 600_000 }),
          'break:resumed': () => null,
          'break:complete': () => null,
          'break:feeling': () => null,
          'break:start': () => null,
        },
      },
    },
  );
  await screen.findByTestId('pacer');
  // Preact runs effects after paint: wait until the frame loop (and the key listener) is in place.
  await waitFor(() => expect(view.clock.pendingFrames()).toBeGreaterThan(0));
  return view;
}

afterEach(cleanup);

describe('breathing break view', () => {
  it('pre-rolls 3 s, then follows pacerAt phase by phase with the phase word and seconds left', async () => {
    const { clock } = await startBreak();
    expect(pacer().dataset.phase).toBe('preroll');
    expect(screen.getByTestId('phase-seconds').textContent).toBe('We begin in 3');
    act(() => clock.advance(2990, 10));
    expect(pacer().dataset.phase).toBe('preroll');
    act(() => clock.advance(10, 10));
    expect(pacer().dataset.phase).toBe('inhale');
    expect(pacer().dataset.cycle).toBe('0');
    expect(screen.getByTestId('phase-word').textContent).toBe('Breathe in');
    expect(screen.getByTestId('phase-seconds').textContent).toBe('4');
    act(() => clock.advance(4000, 10));
    expect(pacer().dataset.phase).toBe('exhale');
    expect(screen.getByTestId('phase-seconds').textContent).toBe('6');
    act(() => clock.advance(6000, 10));
    expect(pacer().dataset.phase).toBe('inhale');
    expect(pacer().dataset.cycle).toBe('1');
    expect(screen.getByTestId('time-left').textContent).toBe('0:10 left');
  });

  it('announces each phase once, politely, never each second', async () => {
    const { clock } = await startBreak();
    const region = screen.getByTestId('live-region');
    expect(region.getAttribute('aria-live')).toBe('polite');
    // Sample every 100 ms: the text may only change at the phase boundaries.
    const changes: [number, string][] = [[0, region.textContent ?? '']];
    for (let t = 100; t <= 3000 + 10_500; t += 100) {
      act(() => clock.advance(100, 100));
      const text = region.textContent ?? '';
      if (text !== changes.at(-1)?.[1]) changes.push([t, text]);
    }
    expect(changes).toEqual([
      [0, 'Settle in. The first breath starts in 3 seconds.'],
      [3000, 'Breathe in, 4 seconds'],
      [7000, 'Breathe out, 6 seconds'],
      [13_000, 'Breathe in, 4 seconds'],
    ]);
  });

  it('pauses and resumes with Space, shifting the timing by the pause', async () => {
    const { clock } = await startBreak();
    act(() => clock.advance(3000 + 2000, 10));
    act(() => press(' '));
    expect(pacer().dataset.paused).toBe('true');
    expect(screen.getByTestId('phase-word').textContent).toBe('Paused');
    act(() => clock.advance(5000, 10));
    expect(pacer().dataset.phase).toBe('inhale');
    act(() => press(' '));
    act(() => clock.advance(1990, 10));
    expect(pacer().dataset.phase).toBe('inhale');
    act(() => clock.advance(10, 10));
    expect(pacer().dataset.phase).toBe('exhale');
  });

  it('completes with the breathed seconds (pauses excluded) and asks how you feel', async () => {
    const { clock, bridge } = await startBreak();
    act(() => clock.advance(3000 + 5000, 50));
    act(() => press(' '));
    act(() => clock.advance(7000, 50));
    act(() => press(' '));
    act(() => clock.advance(15_000, 50));
    await screen.findByTestId('done');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'taken', breathedSeconds: 20 }]);
    fireEvent.click(screen.getByTestId('feeling-calmer'));
    fireEvent.click(screen.getByTestId('feeling-tenser'));
    await waitFor(() => expect(bridge.callsTo('break:feeling')).toEqual([{ feeling: 'calmer' }]));
  });

  it('ends on Esc as skipped, but not in strict mode', async () => {
    const strict = await startBreak(breathingSession({ strict: true }));
    act(() => press('Escape'));
    expect(screen.queryByTestId('done')).toBeNull();
    expect(screen.queryByTestId('end')).toBeNull();
    expect(strict.bridge.callsTo('break:complete')).toEqual([]);
    cleanup();

    const { clock, bridge } = await startBreak();
    act(() => clock.advance(3000 + 2500, 50));
    act(() => press('Escape'));
    await screen.findByTestId('done');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'skipped', breathedSeconds: 2 }]);
    expect(screen.getByTestId('done').dataset.ended).toBe('true');
  });

  it('tells main when the user pauses and resumes; main keeps the end of the break (no lengths from the window)', async () => {
    const { clock, bridge } = await startBreak();
    await waitFor(() => expect(bridge.callsTo('break:started')).toHaveLength(1));
    act(() => clock.advance(3000 + 5000, 50));
    act(() => press(' '));
    await waitFor(() => expect(bridge.callsTo('break:paused')).toEqual([undefined]));
    act(() => clock.advance(5 * 60_000, 1000));
    expect(screen.queryByTestId('done')).toBeNull();
    act(() => press(' '));
    await waitFor(() => expect(bridge.callsTo('break:resumed')).toEqual([undefined]));
    const intents = bridge.calls.map((c) => c.channel).filter((c) => c !== 'break:session');
    expect(intents).toEqual(['break:started', 'break:paused', 'break:resumed']);
  });

  it("ends a pause that outlasts main's answer calmly, on the done screen, with what was breathed", async () => {
    // Main answers the pause with how long it keeps the paused break (600 s in this fake).
    const { clock, bridge } = await startBreak();
    act(() => clock.advance(3000 + 5000, 50));
    act(() => press(' '));
    await waitFor(() => expect(bridge.callsTo('break:paused')).toHaveLength(1));
    // Main's answer arrives a few promise steps after the call.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    act(() => clock.advance(599_000, 1000));
    expect(screen.queryByTestId('done')).toBeNull();
    act(() => clock.advance(1000, 1000));
    await screen.findByTestId('done');
    expect(screen.getByTestId('done').dataset.ended).toBe('true');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'skipped', breathedSeconds: 5 }]);
  });

  it('Cancel or Esc in the setup of a manual break ends it as skipped and closes the window', async () => {
    for (const how of ['click', 'escape'] as const) {
      const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
        bridge: {
          handlers: {
            'break:session': () => breathingSession({ source: 'manual', durationMs: 60_000 }),
            'break:complete': () => null,
            'window:close': () => null,
          },
        },
      });
      await screen.findByTestId('setup');
      const completions = () => view.bridge.callsTo('break:complete');
      if (how === 'click') fireEvent.click(screen.getByTestId('cancel'));
      // The key listener is attached after paint: press until it answers (it answers only once).
      else
        await waitFor(() => {
          if (completions().length === 0) act(() => press('Escape'));
          expect(completions()).toHaveLength(1);
        });
      await waitFor(() => expect(view.bridge.callsTo('window:close')).toHaveLength(1));
      expect(view.bridge.callsTo('break:complete')).toEqual([{ outcome: 'skipped', breathedSeconds: 0 }]);
      const order = view.bridge.calls.map((c) => c.channel).filter((c) => c !== 'break:session');
      expect(order).toEqual(['break:complete', 'window:close']);
      expect(view.bridge.callsTo('break:started')).toEqual([]);
      cleanup();
    }
  });

  it('shows a fill bar instead of the bloom with reduced motion, in Dutch', async () => {
    const { clock } = await startBreak(breathingSession(), 'nl', true);
    expect(screen.queryByTestId('bloom')).toBeNull();
    expect(screen.getByTestId('fill-bar')).toBeTruthy();
    act(() => clock.advance(3000, 10));
    expect(screen.getByTestId('phase-word').textContent).toBe('Adem in');
  });

  it('offers pattern and length only for a manual start, then runs the plan main answers with', async () => {
    const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: {
        handlers: {
          'break:session': () => breathingSession({ source: 'manual', durationMs: 60_000 }),
          'break:choose': ({ patternId, requestedMs }) =>
            breathingSession({ source: 'manual', patternId, durationMs: requestedMs }),
          'break:started': () => null,
        },
      },
    });
    await screen.findByTestId('setup');
    await Promise.resolve();
    expect(screen.getByTestId('setup-breaths').textContent).toBe('6 breaths');
    fireEvent.click(screen.getByLabelText(/Box breathing/));
    fireEvent.click(screen.getByLabelText('2 min'));
    expect(screen.getByTestId('setup-breaths').textContent).toBe('8 breaths');
    fireEvent.click(screen.getByTestId('start'));
    await waitFor(() => expect(view.clock.pendingFrames()).toBeGreaterThan(0));
    expect(pacer().getAttribute('aria-label')).toBe('Box breathing');
    act(() => view.clock.advance(3000 + 4000, 10));
    expect(pacer().dataset.phase).toBe('hold-in');
  });

  it("shows the chosen pattern's cautions in the setup and greys out lengths its cap makes meaningless", async () => {
    renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: {
        handlers: { 'break:session': () => breathingSession({ source: 'manual', durationMs: 300_000 }) },
      },
    });
    await screen.findByTestId('setup');
    const cautions = () => screen.getByTestId('pattern-cautions').textContent ?? '';
    expect(cautions()).toContain('Breathe gently, not bigger. If you feel dizzy, stop and breathe normally.');
    expect(screen.queryByTestId('setup-capped')).toBeNull();
    fireEvent.click(screen.getByLabelText('4-7-8 breathing'));
    expect(cautions()).toContain('Skip the holds if you are pregnant');
    expect((screen.getByLabelText('5 min') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('3 min') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('2 min') as HTMLInputElement).disabled).toBe(false);
    // 5 minutes were chosen; with the cap they run as the four rounds 4-7-8 allows.
    expect(screen.getByTestId('setup-breaths').textContent).toBe('4 breaths');
    expect(screen.getByTestId('setup-capped').textContent).toContain('4 rounds');
    // A greyed chip says why, to a screen reader too; a chip one can pick points nowhere.
    for (const greyed of ['3 min', '5 min']) {
      const id = screen.getByLabelText(greyed).getAttribute('aria-describedby') ?? '';
      expect(document.getElementById(id)).toBe(screen.getByTestId('setup-capped'));
    }
    expect(screen.getByLabelText('2 min').hasAttribute('aria-describedby')).toBe(false);
    fireEvent.click(screen.getByLabelText('Box breathing'));
    expect(screen.getByLabelText('5 min').hasAttribute('aria-describedby')).toBe(false);
  });

  it('one more minute after a finished break asks main for a new breathing break of the same pattern', async () => {
    const { clock, bridge } = await startBreak(breathingSession({ patternId: 'box', durationMs: 32_000 }));
    act(() => clock.advance(3000 + 32_000, 50));
    await screen.findByTestId('done');
    expect(screen.getByTestId('done').querySelector('.done-body')?.textContent).toBe(
      '32 seconds of slow breathing: 2 breaths.',
    );
    fireEvent.click(screen.getByTestId('one-more'));
    await waitFor(() =>
      expect(bridge.callsTo('break:start')).toEqual([
        { kind: 'breathing', patternId: 'box', durationSeconds: 60 },
      ]),
    );
  });

  it('settles in with one calm line from the pattern and, for a scheduled break, how to breathe low', async () => {
    const { clock } = await startBreak(
      breathingSession({ patternId: 'four-seven-eight', durationMs: 76_000 }),
    );
    const settle = () => screen.getByTestId('settle');
    expect(settle().textContent).toContain(
      'A hand on your belly, in through your nose, and let the belly rise.',
    );
    expect(settle().textContent).toContain('Feeling light-headed is common at first');
    expect(settle().getAttribute('aria-hidden')).toBe('false');
    // Still there through the first breath (4 + 7 + 8 s), gone from the second.
    act(() => clock.advance(3000 + 18_000, 50));
    expect(settle().getAttribute('aria-hidden')).toBe('false');
    act(() => clock.advance(2000, 50));
    expect(settle().getAttribute('aria-hidden')).toBe('true');
    expect(settle().className).toContain('is-gone');
  });

  it('starts a scheduled break at once and breathes exactly the plan of main, counting all of it', async () => {
    // Resonance at 60 s: main plans 5 whole cycles of 11 s (55 s), not the 66 s the window used to run.
    const session = breathingSession({ patternId: 'resonance', durationMs: 60_000 });
    const { clock, bridge } = await startBreak(session);
    await waitFor(() => expect(bridge.callsTo('break:started')).toHaveLength(1));
    act(() => clock.advance(3000 + 55_000 - 50, 50));
    expect(screen.queryByTestId('done')).toBeNull();
    act(() => clock.advance(50, 50));
    await screen.findByTestId('done');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'taken', breathedSeconds: 55 }]);
    expect(bridge.callsTo('break:started')).toHaveLength(1);
    // started comes before the completion, so main counts the break from the pacer's start.
    const channels = bridge.calls.map((c) => c.channel).filter((c) => c.startsWith('break:'));
    expect(channels).toEqual(['break:session', 'break:started', 'break:complete']);
  });

  it('tells main the choice only when Start is pressed, then starts the plan main answers with', async () => {
    const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: {
        handlers: {
          'break:session': () => breathingSession({ source: 'manual', durationMs: 60_000 }),
          'break:choose': ({ patternId, requestedMs }) =>
            breathingSession({ source: 'manual', patternId, durationMs: requestedMs }),
          'break:started': () => null,
        },
      },
    });
    await screen.findByTestId('setup');
    fireEvent.click(screen.getByLabelText(/Box breathing/));
    fireEvent.click(screen.getByLabelText('5 min'));
    expect(screen.getByTestId('setup-breaths').textContent).toBe('19 breaths');
    // Lingering in the setup tells main nothing yet.
    act(() => view.clock.advance(30_000, 1000));
    await Promise.resolve();
    expect(view.bridge.calls.map((c) => c.channel)).toEqual(['break:session']);
    fireEvent.click(screen.getByTestId('start'));
    // The asked-for time goes to main, which plans it (box: 16 s a breath, 5 minutes -> 19 breaths).
    await waitFor(() => expect(view.bridge.callsTo('break:started')).toHaveLength(1));
    expect(view.bridge.callsTo('break:choose')).toEqual([{ patternId: 'box', requestedMs: 300_000 }]);
    expect(view.bridge.calls.map((c) => c.channel)).toEqual([
      'break:session',
      'break:choose',
      'break:started',
    ]);
    expect(pacer().getAttribute('aria-label')).toBe('Box breathing');
  });

  it('stays in the setup and says so calmly when main refuses the choice', async () => {
    const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: {
        handlers: {
          'break:session': () => breathingSession({ source: 'manual', durationMs: 60_000 }),
          'break:choose': () => ({
            ok: false,
            error: { code: 'not-allowed', message: 'No break is running.' },
          }),
        },
      },
    });
    await screen.findByTestId('setup');
    fireEvent.click(screen.getByTestId('start'));
    await waitFor(() =>
      expect(screen.getByTestId('refusal').textContent).toBe(
        'The app could not follow that step. Your break simply carries on.',
      ),
    );
    expect(screen.getByTestId('setup')).toBeTruthy();
    expect(screen.getByTestId('refusal').getAttribute('role')).toBe('status');
    expect(view.bridge.callsTo('break:started')).toEqual([]);
  });

  it('shows a refused finish on the done screen instead of pretending the break is over for the app', async () => {
    const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      locale: 'nl',
      bridge: {
        handlers: {
          'break:session': () => breathingSession({ strict: true }),
          'break:started': () => null,
          'break:complete': () => ({
            ok: false,
            error: { code: 'not-allowed', message: 'Strict mode: the break cannot be ended early.' },
          }),
        },
      },
    });
    await screen.findByTestId('pacer');
    await waitFor(() => expect(view.clock.pendingFrames()).toBeGreaterThan(0));
    act(() => view.clock.advance(3000 + 20_000, 50));
    await screen.findByTestId('done');
    await waitFor(() =>
      expect(screen.getByTestId('refusal').textContent).toBe(
        'De app heeft deze pauze nog niet afgesloten; dat gebeurt zo vanzelf.',
      ),
    );
  });

  it('keeps breathing when main refuses the start, and says so calmly', async () => {
    const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: {
        handlers: {
          'break:session': () => breathingSession(),
          'break:started': () => ({
            ok: false,
            error: { code: 'not-allowed', message: 'No break is running.' },
          }),
        },
      },
    });
    await screen.findByTestId('pacer');
    await waitFor(() => expect(view.bridge.callsTo('break:started')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByTestId('refusal').textContent).toBe(
        'The app could not follow that step. Your break simply carries on.',
      ),
    );
    act(() => view.clock.advance(3000, 10));
    expect(pacer().dataset.phase).toBe('inhale');
  });

  it('shows a quiet message when main has no session', async () => {
    renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: { handlers: { 'break:session': () => null } },
    });
    expect((await screen.findByTestId('no-session')).textContent).toContain(
      'There is no break to show right now.',
    );
  });
});
