import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LearnView } from '../../../../renderer/app/learn/learn-view.tsx';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/types.ts';
import { renderWithBridge } from '../support/render-with-bridge.ts';

function setup(language: 'en' | 'nl' = 'en') {
  return renderWithBridge(() => <LearnView />, {
    settings: { ...DEFAULT_SETTINGS, language },
    handlers: { 'break:start': () => null },
  });
}

afterEach(cleanup);

describe('LearnView', () => {
  it('explains the loop and shows the labelled anatomy diagram', async () => {
    setup();
    const diagram = await screen.findByRole('img', { name: /Side view of the lower back and hip/ });
    expect(diagram.textContent).toContain('Psoas');
    expect(diagram.textContent).toContain('Diaphragm');
    for (const vertebra of ['L1', 'L2', 'L3', 'L4', 'L5']) expect(diagram.textContent).toContain(vertebra);
    expect(screen.getByRole('heading', { name: 'The loop' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'The loop, step by step' }).children).toHaveLength(4);
  });

  it('draws the loop as a circle of four steps in order and lists the five signals', async () => {
    setup();
    const steps = (await screen.findByRole('list', { name: 'The loop, step by step' })).children;
    expect(Array.from(steps).map((step) => step.textContent)).toEqual([
      'Psoas stays tense',
      'Diaphragm moves less',
      'Breath moves up, faster and shallower',
      'Body stays on alert',
    ]);
    // Placed around the ring clockwise: top, right, bottom, left.
    expect(Array.from(steps).map((step) => step.className)).toEqual([
      'loop__step loop__step--1',
      'loop__step loop__step--2',
      'loop__step loop__step--3',
      'loop__step loop__step--4',
    ]);
    const signals = screen.getByTestId('learn-signals').children;
    expect(signals).toHaveLength(5);
    expect(signals[0]?.textContent).toBe('Taking a deep breath feels hard');
    expect(screen.getByRole('heading', { name: 'Five signals' })).toBeTruthy();
  });

  it('starts the exercises from the page and links to the check-in', async () => {
    const { bridge } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Start belly breathing' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start a stretch break' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lie down and breathe' }));
    expect(bridge.callsTo('break:start')).toEqual([
      { kind: 'breathing', patternId: 'belly' },
      { kind: 'stretch' },
      { kind: 'breathing', patternId: 'belly', durationSeconds: 300, floor: true },
    ]);
    expect(screen.getByRole('link', { name: 'Do the check-in' }).getAttribute('href')).toBe('#/checkin');
  });

  it('is written in Dutch too, with the caveat', async () => {
    setup('nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Waarom laag ademen' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Zijaanzicht/ }).textContent).toContain('Middenrif');
    expect(screen.getByText(/geen medisch advies/)).toBeTruthy();
  });
});
