import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckinView } from '../../../../renderer/app/checkin/checkin-view.tsx';
import { renderWithBridge } from '../support/render-with-bridge.ts';

function setup() {
  return renderWithBridge(() => <CheckinView />, {
    handlers: { 'checkin:save': () => null, 'break:start': () => null },
  });
}

afterEach(cleanup);

/** Answers every question: the given levels, 'Not at all' for the rest. */
function answerAll(levels: Partial<Record<string, 0 | 1 | 2>>) {
  for (const group of screen.getAllByRole('group')) {
    const signal = (group.querySelector('input') as HTMLInputElement).name.replace('signal-', '');
    const level = levels[signal] ?? 0;
    fireEvent.click(group.querySelector(`input[value="${level}"]`) as HTMLInputElement);
  }
}

describe('CheckinView', () => {
  it('asks the five signals, each as a not at all / a little / clearly group', async () => {
    setup();
    const groups = await screen.findAllByRole('group');
    expect(groups).toHaveLength(5);
    for (const group of groups) expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    expect(screen.getByRole('group', { name: 'Taking a deep breath feels hard' })).toBeTruthy();
  });

  it('starts with nothing selected and cannot save until all five are answered', async () => {
    const { bridge } = setup();
    const groups = await screen.findAllByRole('group');
    for (const group of groups) {
      const checked = Array.from(group.querySelectorAll('input')).filter((input) => input.checked);
      expect(checked).toEqual([]);
    }
    const submit = screen.getByRole('button', { name: 'See what may help' }) as HTMLButtonElement;
    // Unavailable, but not `disabled`: it stays reachable by Tab and says why.
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(submit.disabled).toBe(false);
    expect(screen.getByTestId('checkin-progress').textContent).toBe('0 of 5 answered');
    expect(submit.getAttribute('aria-describedby')).toBe('checkin-progress');
    fireEvent.submit(submit.closest('form') as HTMLFormElement);
    expect(bridge.callsTo('checkin:save')).toEqual([]);
    answerAll({ 'breath-high': 2 });
    expect(submit.hasAttribute('aria-disabled')).toBe(false);
    expect(screen.getByTestId('checkin-progress').textContent).toBe('');
  });

  it('activated before all five are answered, it saves nothing and takes focus to the first open question', async () => {
    const { bridge } = setup();
    const groups = await screen.findAllByRole('group');
    const submit = screen.getByRole('button', { name: 'See what may help' });
    fireEvent.click(submit);
    expect(document.activeElement).toBe(groups[0]?.querySelector('input'));
    // The first and third answered: the second is the first still open.
    fireEvent.click(groups[0]?.querySelector('input[value="1"]') as HTMLInputElement);
    fireEvent.click(groups[2]?.querySelector('input[value="2"]') as HTMLInputElement);
    expect(screen.getByTestId('checkin-progress').textContent).toBe('2 of 5 answered');
    fireEvent.click(submit);
    expect(document.activeElement).toBe(groups[1]?.querySelector('input'));
    expect(bridge.callsTo('checkin:save')).toEqual([]);
    expect(document.getElementById('suggestions-title')?.closest('section')?.hidden).toBe(true);
  });

  it('saves the answers and suggests exercises that fit', async () => {
    const { bridge } = setup();
    await screen.findAllByRole('group');
    answerAll({ 'breath-high': 2 });
    fireEvent.click(screen.getByRole('button', { name: 'See what may help' }));
    expect(bridge.callsTo('checkin:save')).toEqual([
      {
        answers: {
          'deep-breath-hard': 0,
          'belly-back-pressure': 0,
          'tired-despite-rest': 0,
          'breath-high': 2,
          'short-of-breath': 0,
        },
      },
    ]);
    expect(await screen.findByText('Saved. Here is what may help.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try Belly breathing now' }));
    expect(bridge.callsTo('break:start')).toEqual([{ kind: 'breathing', patternId: 'belly' }]);
  });

  it('says so when nothing stands out', async () => {
    setup();
    await screen.findAllByRole('group');
    answerAll({});
    fireEvent.click(await screen.findByRole('button', { name: 'See what may help' }));
    expect(await screen.findByText(/Nothing stands out right now/)).toBeTruthy();
  });

  it('always shows the medical caveat, and the doctor note once breathlessness is marked', async () => {
    setup();
    expect(await screen.findByText(/It is not medical advice/)).toBeTruthy();
    expect(screen.getByText(/That needs a doctor, not an app/)).toBeTruthy();
    expect(screen.queryByText(/worth a visit to your doctor/)).toBeNull();
    const group = screen.getByRole('group', { name: 'Short of breath without a clear medical reason' });
    fireEvent.click(group.querySelector('input[value="1"]') as HTMLInputElement);
    expect(await screen.findByText(/worth a visit to your doctor/)).toBeTruthy();
  });
});
