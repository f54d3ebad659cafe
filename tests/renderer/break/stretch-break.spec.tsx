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
    bridge: { handlers: { 'break:begin': () => null, 'break:complete': () => null } },
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

  it('begins the break with its own length as the first step starts, once and without a pattern', async () => {
    const { clock, bridge } = await start({ durationMs: 360_000 });
    await waitFor(() => expect(bridge.callsTo('break:begin')).toEqual([{ durationMs: 360_000 }]));
    act(() => clock.advance(10_000, 100));
    act(() => press('Enter'));
    expect(bridge.callsTo('break:begin')).toHaveLength(1);
  });
});
