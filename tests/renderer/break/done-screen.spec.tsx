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

  it('says how long and how many breaths, in minutes from a minute on and with plurals in both languages', () => {
    const cases = [
      { seconds: 60, breaths: 6, locale: 'en', text: '1 minute of slow breathing: 6 breaths.' },
      { seconds: 120, breaths: 12, locale: 'en', text: '2 minutes of slow breathing: 12 breaths.' },
      { seconds: 76, breaths: 4, locale: 'en', text: '1 minute of slow breathing: 4 breaths.' },
      { seconds: 40, breaths: 1, locale: 'en', text: '40 seconds of slow breathing: 1 breath.' },
      { seconds: 1, breaths: 0, locale: 'en', text: '1 second of slow breathing.' },
      { seconds: 60, breaths: 6, locale: 'nl', text: '1 minuut rustig geademd: 6 ademhalingen.' },
      { seconds: 300, breaths: 30, locale: 'nl', text: '5 minuten rustig geademd: 30 ademhalingen.' },
      { seconds: 10, breaths: 1, locale: 'nl', text: '10 seconden rustig geademd: 1 ademhaling.' },
    ] as const;
    for (const { seconds, breaths, locale, text } of cases) {
      renderBreakView(
        <DoneScreen kind="breathing" ended={false} breathedSeconds={seconds} breaths={breaths} />,
        {
          locale,
        },
      );
      expect(screen.getByTestId('done').querySelector('.done-body')?.textContent).toBe(text);
      cleanup();
    }
  });

  it('offers one more minute after a breathing break that ran its course, not after one ended early', () => {
    const oneMore = vi.fn();
    renderBreakView(
      <DoneScreen kind="breathing" ended={false} breathedSeconds={60} breaths={6} onOneMore={oneMore} />,
    );
    fireEvent.click(screen.getByTestId('one-more'));
    expect(oneMore).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('one-more').textContent).toBe('One more minute');
    cleanup();
    renderBreakView(
      <DoneScreen kind="breathing" ended breathedSeconds={20} breaths={2} onOneMore={oneMore} />,
    );
    expect(screen.queryByTestId('one-more')).toBeNull();
  });
});
