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
          'break:begin': () => null,
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

  it('re-bases main when paused (time left plus the pause allowance) and when resumed (time left)', async () => {
    const { clock, bridge } = await startBreak();
    await waitFor(() => expect(bridge.callsTo('break:begin')).toHaveLength(1));
    act(() => clock.advance(3000 + 5000, 50));
    act(() => press(' '));
    // 15 s of the 20 s session left, plus 10 minutes: main will not end the break mid-pause.
    expect(bridge.callsTo('break:begin').at(-1)).toEqual({ patternId: 'belly', durationMs: 615_000 });
    act(() => clock.advance(5 * 60_000, 1000));
    expect(screen.queryByTestId('done')).toBeNull();
    act(() => press(' '));
    expect(bridge.callsTo('break:begin').at(-1)).toEqual({ patternId: 'belly', durationMs: 15_000 });
    expect(bridge.callsTo('break:begin')).toHaveLength(3);
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
      expect(view.bridge.callsTo('break:begin')).toEqual([]);
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

  it('offers pattern and length only for a manual start, then runs the chosen pattern', async () => {
    const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: {
        handlers: { 'break:session': () => breathingSession({ source: 'manual', durationMs: 60_000 }) },
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

  it('begins a scheduled break at once with its own pattern and length plus the pre-roll, once', async () => {
    const { clock, bridge } = await startBreak(breathingSession({ patternId: 'box', durationMs: 32_000 }));
    await waitFor(() => expect(bridge.callsTo('break:begin')).toHaveLength(1));
    expect(bridge.callsTo('break:begin')).toEqual([{ patternId: 'box', durationMs: 35_000 }]);
    act(() => clock.advance(3000 + 32_000, 50));
    await screen.findByTestId('done');
    expect(bridge.callsTo('break:begin')).toHaveLength(1);
    // begin comes before the completion, so main knows the length before the break ends.
    const channels = bridge.calls.map((c) => c.channel).filter((c) => c.startsWith('break:'));
    expect(channels).toEqual(['break:session', 'break:begin', 'break:complete']);
  });

  it('begins a manual break only when Start is pressed, with the chosen pattern and length', async () => {
    const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: {
        handlers: {
          'break:session': () => breathingSession({ source: 'manual', durationMs: 60_000 }),
          'break:begin': () => null,
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
    expect(view.bridge.callsTo('break:begin')).toEqual([]);
    fireEvent.click(screen.getByTestId('start'));
    // Box breathing is 16 s a breath: 5 minutes round to 19 breaths (304 s), plus the 3 s pre-roll.
    await waitFor(() =>
      expect(view.bridge.callsTo('break:begin')).toEqual([{ patternId: 'box', durationMs: 307_000 }]),
    );
  });

  it('keeps breathing when main refuses the begin', async () => {
    const view = renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} />, {
      bridge: {
        handlers: {
          'break:session': () => breathingSession(),
          'break:begin': () => ({
            ok: false,
            error: { code: 'not-allowed', message: 'No break is running.' },
          }),
        },
      },
    });
    await screen.findByTestId('pacer');
    await waitFor(() => expect(view.bridge.callsTo('break:begin')).toHaveLength(1));
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
