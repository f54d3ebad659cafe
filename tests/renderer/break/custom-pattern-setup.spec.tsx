import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BreakSessionView } from '../../../renderer/break/break-session-view.tsx';
import { planBreakSession } from '../../../shared/break-plan.ts';
import { requirePattern } from '../../../shared/exercises/resolve-pattern.ts';
import type { BreakChoice, BreakSession } from '../../../shared/ipc-contract.ts';
import { renderBreakView } from '../../support/break-render.tsx';
import { breathingSession } from '../../support/break-sessions.ts';
import { EVENING, settingsWithPatterns } from '../../support/custom-patterns.ts';

afterEach(cleanup);

const settings = settingsWithPatterns([EVENING]);

// main's answer to the setup's choice: the session planned for the pattern it resolves.
function planned({ patternId, requestedMs }: BreakChoice): BreakSession {
  const plan = planBreakSession({ requestedMs }, requirePattern(settings, patternId));
  return { ...breathingSession({ source: 'manual' }), patternId, durationMs: plan.totalMs, plan };
}

describe('a custom pattern in the break window', () => {
  it('breathe now offers the own pattern after the built-in ones; the choice runs the plan main sends', async () => {
    const view = renderBreakView(<BreakSessionView settings={settings} reducedMotion={false} />, {
      bridge: {
        handlers: {
          'break:session': () => breathingSession({ source: 'manual', durationMs: 60_000 }),
          'break:choose': planned,
          'break:started': () => null,
        },
      },
    });
    await screen.findByTestId('setup');
    const options = screen
      .getAllByRole('radio', { name: /./ })
      .filter((radio) => radio.getAttribute('name') === 'pattern');
    expect(options.map((radio) => (radio as HTMLInputElement).value).slice(-2)).toEqual([
      'four-seven-eight',
      'evening',
    ]);
    fireEvent.click(screen.getByLabelText('Evening'));
    const details = screen.getByTestId('pattern-details');
    expect(details.textContent).toContain('in for 3.5 s, hold for 1.5 s, out for 5.5 s, rest for 1 s');
    expect(within(details).getByTestId('pattern-cautions').textContent).toContain('Skip the holds');
    fireEvent.click(screen.getByTestId('start'));
    await waitFor(() => expect(view.clock.pendingFrames()).toBeGreaterThan(0));
    expect(view.bridge.callsTo('break:choose')).toEqual([{ patternId: 'evening', requestedMs: 60_000 }]);
    const pacer = screen.getByTestId('pacer');
    expect(pacer.getAttribute('aria-label')).toBe('Evening');
    // Pre-roll 3 s, then 3.5 s in: the hold starts on the half second.
    act(() => view.clock.advance(3000 + 3499, 10));
    expect(pacer.dataset.phase).toBe('inhale');
    act(() => view.clock.advance(1, 10));
    expect(pacer.dataset.phase).toBe('hold-in');
  });

  it('a scheduled break paces the pattern in the plan main sent, custom phases and all', async () => {
    const plan = planBreakSession({ requestedMs: 60_000 }, requirePattern(settings, 'evening'));
    const session = { ...breathingSession(), patternId: EVENING.id, durationMs: plan.totalMs, plan };
    const view = renderBreakView(<BreakSessionView settings={settings} reducedMotion={false} />, {
      bridge: { handlers: { 'break:session': () => session, 'break:started': () => null } },
    });
    const pacer = await screen.findByTestId('pacer');
    await waitFor(() => expect(view.clock.pendingFrames()).toBeGreaterThan(0));
    act(() => view.clock.advance(3000 + 3500 + 1500, 10));
    expect(pacer.dataset.phase).toBe('exhale');
    act(() => view.clock.advance(5500, 10));
    expect(pacer.dataset.phase).toBe('hold-out');
  });
});
