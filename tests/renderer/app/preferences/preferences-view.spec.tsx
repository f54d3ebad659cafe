import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/settings/types.ts';
import { renderPreferences } from '../support/render-preferences.tsx';

const setup = renderPreferences;

afterEach(cleanup);

describe('PreferencesView', () => {
  it('shows every group of the schema', async () => {
    setup();
    for (const name of ['Breaks', 'Breathing', 'Sounds', 'Schedule', 'General']) {
      expect(await screen.findByRole('heading', { level: 2, name })).toBeTruthy();
    }
  });

  it('sends one small patch per change and the value reaches main', async () => {
    const { bridge } = setup();
    const interval = (await screen.findAllByLabelText('Every (minutes)'))[0] as HTMLInputElement;
    fireEvent.input(interval, { target: { value: '30' } });
    fireEvent.change(interval, { target: { value: '30' } });
    await waitFor(() => expect(bridge.settings().breathing.intervalMinutes).toBe(30));
    expect(bridge.callsTo('settings:update')).toEqual([{ breathing: { intervalMinutes: 30 } }]);
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('refuses an out-of-range value inline, keeps it visible and never sends it', async () => {
    const { bridge } = setup();
    const interval = (await screen.findAllByLabelText('Every (minutes)'))[0] as HTMLInputElement;
    fireEvent.input(interval, { target: { value: '3' } });
    fireEvent.change(interval, { target: { value: '3' } });
    const message = await screen.findByText('Choose a whole number from 5 to 180.');
    expect(interval.value).toBe('3');
    expect(interval.getAttribute('aria-invalid')).toBe('true');
    expect(interval.getAttribute('aria-describedby')).toContain(message.id);
    expect(bridge.callsTo('settings:update')).toEqual([]);
    expect(bridge.settings().breathing.intervalMinutes).toBe(25);
  });

  it('shows the field error main answers with', async () => {
    setup({
      handlers: {
        'settings:update': () => ({
          ok: false,
          error: {
            code: 'invalid-settings',
            message: 'refused',
            fields: [{ path: 'postpone.minutes', code: 'range', message: 'must be …' }],
          },
        }),
      },
    });
    const field = (await screen.findByLabelText('Postpone by (minutes)')) as HTMLInputElement;
    fireEvent.change(field, { target: { value: '9' } });
    expect(await screen.findByText('Choose a whole number from 1 to 60.')).toBeTruthy();
    expect(field.value).toBe('9');
  });

  it('switches language live when the language setting changes', async () => {
    setup();
    const select = (await screen.findByLabelText('Language')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'nl' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Voorkeuren' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('shows the real start-at-login state and asks again after a change', async () => {
    const { bridge } = setup({ handlers: { 'autostart:get': () => ({ supported: true, enabled: false }) } });
    expect(await screen.findByText('Your system will not start it at login.')).toBeTruthy();
    const toggle = screen.getByRole('switch', { name: 'Start at login' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(bridge.callsTo('autostart:get').length).toBe(2));
    expect(bridge.callsTo('settings:update')).toEqual([{ startAtLogin: true }]);
  });

  it('records a shortcut from key presses and refuses one without a modifier', async () => {
    const { bridge } = setup();
    const field = (await screen.findByLabelText('Shortcut')) as HTMLInputElement;
    act(() => field.focus());
    fireEvent.keyDown(field, { key: 'k', code: 'KeyK', ctrlKey: true, altKey: true });
    await waitFor(() => expect(bridge.settings().shortcut.breatheNow).toBe('CommandOrControl+Alt+K'));
    fireEvent.keyDown(field, { key: 'j', code: 'KeyJ' });
    expect(await screen.findByText(/Add Ctrl, Alt or another modifier/)).toBeTruthy();
    expect(field.value).toBe('J');
    // Shift only types a capital and F5 is a typing-row key: both refused like a bare letter.
    fireEvent.keyDown(field, { key: 'J', code: 'KeyJ', shiftKey: true });
    expect(field.value).toBe('Shift+J');
    fireEvent.keyDown(field, { key: 'F5', code: 'F5' });
    expect(field.value).toBe('F5');
    expect(bridge.callsTo('settings:update')).toEqual([
      { shortcut: { breatheNow: 'CommandOrControl+Alt+K' } },
    ]);
    fireEvent.keyDown(field, { key: 'F13', code: 'F13' });
    await waitFor(() => expect(bridge.settings().shortcut.breatheNow).toBe('F13'));
  });

  it('on Linux offers running natively on Wayland, says what is lost, and saves the choice', async () => {
    const { bridge } = setup();
    const toggle = (await screen.findByLabelText('Run as a native Wayland app')) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    const hint = document.getElementById(toggle.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(hint?.textContent).toContain('a break may open behind other windows without keyboard focus');
    fireEvent.click(toggle);
    await waitFor(() => expect(bridge.settings().runNativelyOnWayland).toBe(true));
  });

  it.each(['darwin', 'win32'] as const)('on %s does not offer the Wayland choice', async (platform) => {
    setup({ appInfo: { platform } });
    expect(await screen.findByLabelText('Shortcut')).toBeTruthy();
    expect(screen.queryByLabelText('Run as a native Wayland app')).toBeNull();
  });

  it('resets to defaults only after confirmation', async () => {
    const { bridge } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    expect(bridge.callsTo('settings:reset')).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(await screen.findByText('All settings are back to their defaults.')).toBeTruthy();
    expect(bridge.callsTo('settings:reset')).toHaveLength(1);
  });
});

describe('PreferencesView working hours', () => {
  function withHours(hours: Partial<Settings['workingHours']>): Settings {
    return {
      ...DEFAULT_SETTINGS,
      workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true, ...hours },
    };
  }

  async function timeInput(label: string): Promise<HTMLInputElement> {
    return (await screen.findByLabelText(label)) as HTMLInputElement;
  }

  it('saves an end of 00:00 as midnight (1440) and shows it back as 00:00', async () => {
    const { bridge } = setup({ settings: withHours({}) });
    const end = await timeInput('Until');
    expect(end.value).toBe('17:30');
    fireEvent.change(end, { target: { value: '00:00' } });
    await waitFor(() => expect(bridge.settings().workingHours.endMinutes).toBe(1440));
    expect(bridge.callsTo('settings:update')).toEqual([{ workingHours: { endMinutes: 1440 } }]);
    await waitFor(() => expect(end.value).toBe('00:00'));
    const hint = await screen.findByText('Until midnight, at the end of the day.');
    expect(end.getAttribute('aria-describedby')).toContain(hint.id);
    expect(end.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a stored 1440 as 00:00 (midnight) and saves it back unchanged', async () => {
    const { bridge } = setup({ settings: withHours({ endMinutes: 1440 }) });
    const end = await timeInput('Until');
    expect(end.value).toBe('00:00');
    expect(await screen.findByText('Until midnight, at the end of the day.')).toBeTruthy();
    fireEvent.change(end, { target: { value: end.value } });
    await waitFor(() =>
      expect(bridge.callsTo('settings:update')).toEqual([{ workingHours: { endMinutes: 1440 } }]),
    );
    expect(bridge.settings().workingHours.endMinutes).toBe(1440);
  });

  it('accepts a start after the end as a window past midnight (09:00–17:30, start to 18:00)', async () => {
    const { bridge } = setup({ settings: withHours({}) });
    const start = await timeInput('From');
    fireEvent.change(start, { target: { value: '18:00' } });
    await waitFor(() => expect(bridge.settings().workingHours.startMinutes).toBe(18 * 60));
    expect(bridge.callsTo('settings:update')).toEqual([{ workingHours: { startMinutes: 1080 } }]);
    expect(await screen.findByText('Runs past midnight and ends the next day.')).toBeTruthy();
    expect(start.getAttribute('aria-invalid')).toBeNull();
    expect(start.value).toBe('18:00');
  });

  it('refuses an end equal to the start inline and never sends it', async () => {
    const { bridge } = setup({ settings: withHours({}) });
    const end = await timeInput('Until');
    fireEvent.change(end, { target: { value: '09:00' } });
    const message = await screen.findByText('Choose an end time that differs from the start time.');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(end.getAttribute('aria-describedby')).toContain(message.id);
    expect(end.value).toBe('09:00');
    expect(bridge.callsTo('settings:update')).toEqual([]);
    expect(bridge.settings().workingHours.endMinutes).toBe(17 * 60 + 30);
  });

  it('keeps 00:00 as the start of the day for start times and the check-in time', async () => {
    const { bridge } = setup({
      settings: { ...withHours({}), checkinReminder: { ...DEFAULT_SETTINGS.checkinReminder, enabled: true } },
    });
    fireEvent.change(await timeInput('From'), { target: { value: '00:00' } });
    await waitFor(() => expect(bridge.settings().workingHours.startMinutes).toBe(0));
    fireEvent.change(await timeInput('Time'), { target: { value: '00:00' } });
    await waitFor(() => expect(bridge.settings().checkinReminder.minutes).toBe(0));
    expect(bridge.callsTo('settings:update')).toEqual([
      { workingHours: { startMinutes: 0 } },
      { checkinReminder: { minutes: 0 } },
    ]);
  });

  it('the evening invitation to lie down: off by default with its time greyed out, then saved as set', async () => {
    const { bridge } = setup();
    const toggle = (await screen.findByRole('switch', {
      name: 'Evening invitation to lie down and breathe',
    })) as HTMLInputElement;
    const time = await timeInput('Invitation time');
    expect(toggle.checked).toBe(false);
    expect(time.disabled).toBe(true);
    expect(time.value).toBe('20:30');
    fireEvent.click(toggle);
    await waitFor(() => expect(bridge.settings().floorInvitation.enabled).toBe(true));
    await waitFor(() => expect(time.disabled).toBe(false));
    fireEvent.change(time, { target: { value: '21:15' } });
    await waitFor(() => expect(bridge.settings().floorInvitation.minutes).toBe(21 * 60 + 15));
    expect(bridge.callsTo('settings:update')).toEqual([
      { floorInvitation: { enabled: true } },
      { floorInvitation: { minutes: 21 * 60 + 15 } },
    ]);
  });
});
