import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomPatternId } from '../../../../shared/domain/pattern-ids.ts';
import type { Settings } from '../../../../shared/settings/types.ts';
import { EVENING, settingsWithPatterns } from '../../../support/custom-patterns.ts';
import { renderPreferences } from '../support/render-preferences.tsx';

afterEach(cleanup);

async function section(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Your own patterns' });
}

function editor(): HTMLElement {
  return screen.getByRole('form', { name: /pattern|“/ });
}

function type(label: string | RegExp, value: string): void {
  const input = within(editor()).getByLabelText(label) as HTMLInputElement;
  fireEvent.input(input, { target: { value } });
}

function save(): void {
  fireEvent.click(within(editor()).getByRole('button', { name: 'Save pattern' }));
}

async function add(name: string, phases: readonly [string, string, string, string]): Promise<void> {
  fireEvent.click(within(await section()).getByRole('button', { name: 'Add a pattern' }));
  type('Name', name);
  type('Breathe in', phases[0]);
  type('Hold after breathing in', phases[1]);
  type('Breathe out', phases[2]);
  type('Rest after breathing out', phases[3]);
  save();
}

describe('Preferences › Breathing › Your own patterns', () => {
  it('adds a pattern with half seconds and both holds: saved once, listed with its command, offered for breaks', async () => {
    const { bridge } = renderPreferences({ settings: settingsWithPatterns([]) });
    await add('  Evening  ', ['3.5', '1.5', '5.5', '1']);
    await waitFor(() => expect(bridge.settings().breathing.customPatterns).toEqual([EVENING]));
    expect(bridge.callsTo('settings:update')).toEqual([{ breathing: { customPatterns: [EVENING] } }]);
    const item = await screen.findByTestId('custom-pattern-evening');
    expect(item.textContent).toContain('breathing-room --breathe evening');
    expect(item.textContent).toContain('in for 3.5 s, hold for 1.5 s, out for 5.5 s, rest for 1 s');
    const breaks = screen.getByRole('group', { name: 'Breathing pattern' });
    expect(within(breaks).getByRole('radio', { name: /Evening/ })).toBeTruthy();
    expect(screen.getByText('“Evening” is saved.')).toBeTruthy();
  });

  it('shows the live preview, breaths a minute, cautions and the command while editing', async () => {
    renderPreferences({ settings: settingsWithPatterns([]) });
    fireEvent.click(within(await section()).getByRole('button', { name: 'Add a pattern' }));
    type('Name', 'Evening');
    expect(within(editor()).getByTestId('pattern-cli').textContent).toBe('breathing-room --breathe evening');
    // 4 + 6 = 10 s: six breaths a minute, only the gentle caution.
    expect(within(editor()).getByTestId('pattern-rate').textContent).toBe('6 breaths a minute');
    expect(within(editor()).getByTestId('pattern-cautions').children).toHaveLength(1);
    type('Hold after breathing in', '7');
    type('Breathe out', '8');
    // 4 + 7 + 8 = 19 s: about 3.2 a minute, with the holds and the very slow lines, as 4-7-8.
    expect(within(editor()).getByTestId('pattern-rate').textContent).toBe('3.2 breaths a minute');
    const cautions = within(editor()).getByTestId('pattern-cautions').textContent ?? '';
    expect(cautions).toContain('sit or lie down');
    expect(cautions).toContain('Skip the holds');
    expect(within(editor()).getByTestId('pattern-preview')).toBeTruthy();
  });

  it('refuses bad input beside each field, focuses the first and saves nothing', async () => {
    const { bridge } = renderPreferences({ settings: settingsWithPatterns([EVENING]) });
    await add('   ', ['1.5', '3.25', '16', '0']);
    const form = editor();
    expect(within(form).getByText('Give the pattern a name.')).toBeTruthy();
    expect(within(form).getByText('Choose from 2 to 10 seconds.')).toBeTruthy();
    expect(within(form).getByText('Use whole or half seconds, such as 4 or 4.5.')).toBeTruthy();
    expect(within(form).getByText('Choose from 2 to 15 seconds.')).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toBe('Nothing was saved yet: see the marked fields.');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Name')));
    expect(within(form).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callsTo('settings:update')).toEqual([]);
  });

  it('refuses a duplicate name in any case and a built-in name in either language', async () => {
    const { bridge } = renderPreferences({ settings: settingsWithPatterns([EVENING]) });
    await add('EVENING', ['4', '0', '6', '0']);
    expect(within(editor()).getByText('You already have a pattern with this name.')).toBeTruthy();
    type('Name', 'Buikademhaling');
    save();
    expect(within(editor()).getByText('A built-in pattern has this name; choose another.')).toBeTruthy();
    expect(bridge.callsTo('settings:update')).toEqual([]);
  });

  it('renames a pattern and keeps its id, so its command stays the same', async () => {
    const { bridge } = renderPreferences({ settings: settingsWithPatterns([EVENING], 'evening') });
    fireEvent.click(within(await section()).getByRole('button', { name: 'Edit Evening' }));
    type('Name', 'Late evening');
    type('Breathe out', '6.5');
    expect(within(editor()).getByTestId('pattern-cli').textContent).toBe('breathing-room --breathe evening');
    save();
    await waitFor(() =>
      expect(bridge.settings().breathing.customPatterns).toEqual([
        { ...EVENING, name: 'Late evening', exhaleSeconds: 6.5 },
      ]),
    );
    expect(bridge.settings().breathing.patternId).toBe('evening');
  });

  it('deletes after one confirmation; deleting the default puts belly breathing back and says so', async () => {
    const dawn = { ...EVENING, id: 'dawn' as CustomPatternId, name: 'Dawn' };
    const { bridge } = renderPreferences({ settings: settingsWithPatterns([EVENING, dawn], 'evening') });
    const list = await section();
    fireEvent.click(within(list).getByRole('button', { name: 'Delete Dawn' }));
    // Focus lands on Keep it, the safe choice; keeping changes nothing.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep it'));
    fireEvent.click(within(list).getByRole('button', { name: 'Keep it' }));
    expect(bridge.callsTo('settings:update')).toEqual([]);
    fireEvent.click(within(list).getByRole('button', { name: 'Delete Dawn' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(bridge.settings().breathing.customPatterns).toEqual([EVENING]));
    expect(screen.queryByTestId('pattern-fallback-notice')).toBeNull();

    fireEvent.click(within(list).getByRole('button', { name: 'Delete Evening' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(bridge.settings().breathing.customPatterns).toEqual([]));
    expect(bridge.settings().breathing.patternId).toBe('belly');
    expect(bridge.callsTo('settings:update').at(-1)).toEqual({
      breathing: { customPatterns: [], patternId: 'belly' },
    });
    expect(screen.getByTestId('pattern-fallback-notice').textContent).toContain(
      'breaks use belly breathing again',
    );
    const breaks = screen.getByRole('group', { name: 'Breathing pattern' });
    expect((within(breaks).getByRole('radio', { name: /Belly breathing/ }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('shows the notice, in Dutch too, when the settings file named a pattern that was not there', async () => {
    renderPreferences({
      settings: { ...settingsWithPatterns([]), language: 'nl' } satisfies Settings,
      appInfo: { platform: 'linux', defaultPatternFellBack: true },
    });
    await screen.findByRole('region', { name: 'Je eigen ritmes' });
    // app:info answers after the first render; the notice follows it.
    const notice = await screen.findByTestId('pattern-fallback-notice', {}, { timeout: 5000 });
    expect(notice.textContent).toContain('de pauzes gebruiken weer buikademhaling');
    fireEvent.click(within(notice).getByRole('button', { name: 'Begrepen' }));
    expect(screen.queryByTestId('pattern-fallback-notice')).toBeNull();
  });

  it('offers no thirteenth pattern and says why', async () => {
    const twelve = Array.from({ length: 12 }, (_, index) => ({
      ...EVENING,
      id: `p${index}` as CustomPatternId,
      name: `Pattern ${index}`,
    }));
    renderPreferences({ settings: settingsWithPatterns(twelve) });
    const add = within(await section()).getByRole('button', { name: 'Add a pattern' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    expect(add.getAttribute('aria-describedby')).toBe('custom-patterns-full');
    expect(document.getElementById('custom-patterns-full')?.textContent).toContain('You have 12 patterns');
  });

  it('Esc cancels the editor without saving and gives focus back', async () => {
    const { bridge } = renderPreferences({ settings: settingsWithPatterns([]) });
    fireEvent.click(within(await section()).getByRole('button', { name: 'Add a pattern' }));
    type('Name', 'Evening');
    fireEvent.keyDown(within(editor()).getByLabelText('Name'), { key: 'Escape' });
    expect(screen.queryByTestId('pattern-editor')).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Add a pattern'));
    expect(bridge.callsTo('settings:update')).toEqual([]);
  });
});
