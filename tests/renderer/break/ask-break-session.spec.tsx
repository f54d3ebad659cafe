import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { askBreakSession } from '../../../renderer/break/ask-break-session.ts';
import { BreakSessionView } from '../../../renderer/break/break-session-view.tsx';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { renderBreakView } from '../../support/break-render.tsx';
import { breathingSession, stretchSession } from '../../support/break-sessions.ts';
import { createFakeBridge } from '../../support/fake-bridge.ts';

afterEach(cleanup);

describe('askBreakSession', () => {
  it('brings a stretch break, and the view shows it as a stretch break in its first render', async () => {
    const session = stretchSession({ exerciseIds: ['standing-hip-circles'] });
    const loaded = await askBreakSession(createFakeBridge({ handlers: { 'break:session': () => session } }));
    expect(loaded).toEqual({ session });
    renderBreakView(<BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} loaded={loaded} />, {
      bridge: { handlers: { 'break:started': () => null } },
    });
    expect(screen.getByTestId('stretch')).toBeTruthy();
    expect(screen.queryByTestId('pacer')).toBeNull();
  });

  it('brings a breathing break, and "no session" when main refuses', async () => {
    const session = breathingSession();
    const breathing = await askBreakSession(
      createFakeBridge({ handlers: { 'break:session': () => session } }),
    );
    expect(breathing).toEqual({ session });
    const refused = await askBreakSession(
      createFakeBridge({
        handlers: { 'break:session': () => ({ ok: false, error: { code: 'failed', message: 'no' } }) },
      }),
    );
    expect(refused).toEqual({ session: null });
  });
});

describe('BreakSessionView with the break asked before its first render', () => {
  it('shows the pacer in its first render and does not ask main again', () => {
    const view = renderBreakView(
      <BreakSessionView
        settings={DEFAULT_SETTINGS}
        reducedMotion={false}
        loaded={{ session: breathingSession() }}
      />,
      { bridge: { handlers: { 'break:started': () => null } } },
    );
    expect(screen.getByTestId('pacer')).toBeTruthy();
    expect(screen.queryByTestId('loading')).toBeNull();
    expect(view.bridge.callsTo('break:session')).toEqual([]);
  });

  it('explains a missing break in its first render', () => {
    renderBreakView(
      <BreakSessionView settings={DEFAULT_SETTINGS} reducedMotion={false} loaded={{ session: null }} />,
    );
    expect(screen.getByTestId('no-session')).toBeTruthy();
  });
});
