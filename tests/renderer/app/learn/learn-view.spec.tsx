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

  it('starts the exercises from the page and links to the check-in', async () => {
    const { bridge } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Start belly breathing' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start a stretch break' }));
    expect(bridge.callsTo('break:start')).toEqual([
      { kind: 'breathing', patternId: 'belly' },
      { kind: 'stretch' },
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
