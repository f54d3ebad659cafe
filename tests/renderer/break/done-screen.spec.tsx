import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DONE_AUTO_CLOSE_MS, DoneScreen } from '../../../renderer/break/done-screen.tsx';
import { renderBreakView } from '../../support/break-render.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function showDone() {
  return renderBreakView(<DoneScreen kind="breathing" ended={false} breathedSeconds={60} />, {
    bridge: { handlers: { 'window:close': () => null, 'break:feeling': () => null } },
  });
}

describe('done screen', () => {
  it('closes its window after a minute untouched', () => {
    const { bridge } = showDone();
    expect(DONE_AUTO_CLOSE_MS).toBe(60_000);
    vi.advanceTimersByTime(59_999);
    expect(bridge.callsTo('window:close')).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(bridge.callsTo('window:close')).toHaveLength(1);
  });

  it('a chosen feeling restarts the calm delay; Close closes at once', () => {
    const { bridge } = showDone();
    vi.advanceTimersByTime(50_000);
    fireEvent.click(screen.getByTestId('feeling-same'));
    expect(bridge.callsTo('break:feeling')).toEqual([{ feeling: 'same' }]);
    vi.advanceTimersByTime(59_999);
    expect(bridge.callsTo('window:close')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('close'));
    expect(bridge.callsTo('window:close')).toHaveLength(1);
  });
});
