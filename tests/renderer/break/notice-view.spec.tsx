import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeView, noticeChoices } from '../../../renderer/break/notice-view.tsx';
import { renderBreakView } from '../../support/break-render.tsx';
import { noticeSnapshot } from '../../support/break-sessions.ts';

afterEach(cleanup);
const wallStart = 1_700_000_000_000;

describe('notice view', () => {
  it('counts down to the break from the wall-clock deadline', async () => {
    const { clock } = renderBreakView(<NoticeView />, {
      bridge: { handlers: { 'scheduler:get': () => noticeSnapshot(wallStart, { secondsLeft: 30 }) } },
    });
    await screen.findByText('A breathing break is coming up');
    await waitFor(() => expect(screen.getByTestId('notice-countdown').textContent).toBe('Starts in 0:30'));
    await waitFor(() => expect(clock.pendingFrames()).toBeGreaterThan(0));
    act(() => clock.advance(1000, 100));
    expect(screen.getByTestId('notice-countdown').textContent).toBe('Starts in 0:29');
  });

  it('sends Start now, Postpone and Skip to main', async () => {
    const { bridge } = renderBreakView(<NoticeView />, {
      bridge: {
        handlers: {
          'scheduler:get': () => noticeSnapshot(wallStart),
          'break:start': () => null,
          'break:postpone': () => null,
          'break:skip': () => null,
        },
      },
    });
    fireEvent.click(await screen.findByTestId('start-now'));
    await waitFor(() => expect(bridge.callsTo('break:start')).toEqual([{ kind: 'breathing' }]));
    await waitFor(() => expect(screen.getByTestId('postpone').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('postpone'));
    await waitFor(() => expect(bridge.callsTo('break:postpone')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('skip').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('skip'));
    await waitFor(() => expect(bridge.callsTo('break:skip')).toHaveLength(1));
  });

  it('hides Postpone and Skip in strict mode or when the snapshot does not allow them', async () => {
    expect(noticeChoices(noticeSnapshot(0, { strict: true }))).toEqual({ postpone: false, skip: false });
    expect(noticeChoices(noticeSnapshot(0, { canPostpone: false }))).toEqual({ postpone: false, skip: true });
    const { bridge } = renderBreakView(<NoticeView />, {
      locale: 'nl',
      bridge: { handlers: { 'scheduler:get': () => noticeSnapshot(wallStart) } },
    });
    await screen.findByTestId('postpone');
    act(() => bridge.emit('scheduler:changed', noticeSnapshot(wallStart, { strict: true })));
    expect(screen.queryByTestId('postpone')).toBeNull();
    expect(screen.queryByTestId('skip')).toBeNull();
    expect(screen.getByText('De strikte modus staat aan, dus deze pauze begint zoals gepland.')).toBeTruthy();
  });
});
