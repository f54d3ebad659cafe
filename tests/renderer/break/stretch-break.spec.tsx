import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StretchBreak } from '../../../renderer/break/stretch-break.tsx';
import { findExercise } from '../../../shared/exercises/exercises.ts';
import { renderBreakView } from '../../support/break-render.tsx';
import { stretchSession } from '../../support/break-sessions.ts';

afterEach(cleanup);
const stretch = () => screen.getByTestId('stretch');
const press = (key: string): void => {
  fireEvent.keyDown(document.body, { key });
};

async function start(overrides = {}, locale: 'en' | 'nl' = 'en') {
  const view = renderBreakView(<StretchBreak session={stretchSession(overrides)} />, {
    locale,
    bridge: {
      handlers: {
        'break:started': () => null,
        'break:paused': () => ({ endsInMs: 600_000 }),
        'break:resumed': () => null,
        'break:complete': () => null,
      },
    },
  });
  await waitFor(() => expect(view.clock.pendingFrames()).toBeGreaterThan(0));
  return view;
}

describe('stretch break view', () => {
  it('shows the exercise with its drawing, place, steps and cautions', async () => {
    await start();
    const exercise = findExercise('standing-hip-circles');
    expect(screen.getByRole('img', { name: exercise.title.en })).toBeTruthy();
    expect(screen.getByTestId('place').textContent).toBe('Standing');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(exercise.steps.length);
    expect(screen.getByText(exercise.cautions[0]?.en ?? '')).toBeTruthy();
    expect(screen.getByTestId('step-timer').textContent).toContain('0:05');
  });

  it('counts a timed step down, pauses on Space and moves on by itself', async () => {
    const { clock } = await start();
    act(() => clock.advance(2000, 100));
    expect(screen.getByTestId('step-timer').textContent).toContain('0:03');
    act(() => press(' '));
    act(() => clock.advance(10_000, 100));
    expect(stretch().dataset.step).toBe('0');
    act(() => press(' '));
    act(() => clock.advance(3000, 100));
    expect(stretch().dataset.step).toBe('1');
    expect(screen.getByTestId('step-reps').textContent).toBe('Slowly, 6 times');
  });

  it('steps with Enter across exercises to the done screen, reporting a taken break', async () => {
    const { bridge } = await start({ exerciseIds: ['standing-hip-circles', 'seated-figure-four'] });
    const total =
      findExercise('standing-hip-circles').steps.length + findExercise('seated-figure-four').steps.length;
    for (let i = 0; i < total; i += 1) act(() => press('Enter'));
    await screen.findByTestId('done');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'taken', breathedSeconds: 0 }]);
  });

  it('skips, goes back, and ends on Esc unless strict, in Dutch', async () => {
    const { bridge } = await start({ exerciseIds: ['seated-hip-circles', 'mindful-walk'] }, 'nl');
    fireEvent.click(screen.getByTestId('skip'));
    expect(stretch().dataset.exercise).toBe('mindful-walk');
    expect(screen.getByTestId('place').textContent).toBe('Buiten');
    fireEvent.click(screen.getByTestId('previous'));
    expect(stretch().dataset.exercise).toBe('seated-hip-circles');
    act(() => press('Escape'));
    await screen.findByTestId('done');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'skipped', breathedSeconds: 0 }]);
    cleanup();
    const strict = await start({ strict: true });
    act(() => press('Escape'));
    expect(screen.queryByTestId('end')).toBeNull();
    expect(strict.bridge.callsTo('break:complete')).toEqual([]);
  });

  it('tells main the break started as the first step starts, once', async () => {
    const { clock, bridge } = await start({ durationMs: 360_000 });
    await waitFor(() => expect(bridge.callsTo('break:started')).toEqual([undefined]));
    act(() => clock.advance(10_000, 100));
    act(() => press('Enter'));
    expect(bridge.callsTo('break:started')).toHaveLength(1);
  });

  it('tells main about a pause and a resume; main keeps the end of the break', async () => {
    const { clock, bridge } = await start({ durationMs: 300_000 });
    await waitFor(() => expect(bridge.callsTo('break:started')).toHaveLength(1));
    act(() => clock.advance(2000, 100));
    act(() => press(' '));
    await waitFor(() => expect(bridge.callsTo('break:paused')).toHaveLength(1));
    act(() => clock.advance(5 * 60_000, 1000));
    act(() => press(' '));
    await waitFor(() => expect(bridge.callsTo('break:resumed')).toHaveLength(1));
    const intents = bridge.calls.map((c) => c.channel);
    expect(intents).toEqual(['break:started', 'break:paused', 'break:resumed']);
  });

  it("ends a pause that outlasts main's answer calmly, on the done screen", async () => {
    // Main answers the pause with how long it keeps the paused break (600 s in this fake).
    const { clock, bridge } = await start();
    act(() => clock.advance(2000, 100));
    act(() => press(' '));
    await waitFor(() => expect(bridge.callsTo('break:paused')).toHaveLength(1));
    // Main's answer arrives a few promise steps after the call.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    act(() => clock.advance(599_000, 1000));
    expect(screen.queryByTestId('done')).toBeNull();
    expect(stretch().dataset.paused).toBe('true');
    act(() => clock.advance(1000, 1000));
    await screen.findByTestId('done');
    expect(screen.getByTestId('done').dataset.ended).toBe('true');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'skipped', breathedSeconds: 0 }]);
  });

  it('in strict mode: no skipping, a timed step waits for its timer, Finish waits for the break time', async () => {
    const { clock, bridge } = await start({
      strict: true,
      durationMs: 60_000,
      exerciseIds: ['standing-hip-circles'],
    });
    expect(screen.queryByTestId('skip')).toBeNull();
    const next = () => screen.getByTestId('next') as HTMLButtonElement;
    // Step 1 is timed (5 s): neither the button nor Enter moves on before it ran out.
    expect(next().disabled).toBe(true);
    act(() => press('Enter'));
    expect(stretch().dataset.step).toBe('0');
    act(() => clock.advance(5000, 100));
    expect(stretch().dataset.step).toBe('1');
    // A counted step can go on at once.
    expect(next().disabled).toBe(false);
    act(() => press('Enter'));
    expect(stretch().dataset.step).toBe('2');
    // The last step: Finish only once the break's minute has passed (5 s used so far).
    expect(next().disabled).toBe(true);
    expect(next().textContent).toBe('Finish · 0:55');
    act(() => press('Enter'));
    act(() => clock.advance(54_000, 100));
    expect(screen.queryByTestId('done')).toBeNull();
    expect(next().disabled).toBe(true);
    act(() => clock.advance(1000, 100));
    expect(next().disabled).toBe(false);
    expect(next().textContent).toBe('Finish');
    fireEvent.click(next());
    await screen.findByTestId('done');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'taken', breathedSeconds: 0 }]);
  });

  it('in strict mode, a routine that ends before the break time holds on its last step, then finishes by itself', async () => {
    // Three timed steps: 5 + 30 + 30 s, in a 90 s strict break.
    const { clock, bridge } = await start({
      strict: true,
      durationMs: 90_000,
      exerciseIds: ['seated-figure-four'],
    });
    // One act per second, so each new step's timer effect starts as it would in the window.
    const seconds = (count: number) => {
      for (let i = 0; i < count; i += 1) act(() => clock.advance(1000, 100));
    };
    seconds(66);
    expect(stretch().dataset.step).toBe('2');
    expect(screen.getByTestId('step-timer').textContent).toContain('0:00');
    expect(screen.queryByTestId('done')).toBeNull();
    expect(screen.getByTestId('next').textContent).toBe('Finish · 0:24');
    seconds(23);
    expect(bridge.callsTo('break:complete')).toEqual([]);
    seconds(1);
    await screen.findByTestId('done');
    expect(bridge.callsTo('break:complete')).toEqual([{ outcome: 'taken', breathedSeconds: 0 }]);
  });
});
