import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { appsFromText } from '../../../../renderer/app/preferences/excluded-apps-field.tsx';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/types.ts';
import { renderPreferences } from '../support/render-preferences.tsx';

const setup = renderPreferences;

afterEach(cleanup);

const TOGGLES = [
  'A presentation or video is playing',
  'An app fills the screen',
  'The camera or microphone is in use',
  'Do Not Disturb is on',
  'An app from the list below is in front',
];

describe('Preferences: while you are busy', () => {
  it('one switch per reason, all on by default, and an empty list of apps', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 2, name: 'While you are busy' })).toBeTruthy();
    for (const name of TOGGLES) {
      expect((screen.getByRole('switch', { name }) as HTMLInputElement).checked).toBe(true);
    }
    expect((screen.getByLabelText('Apps that count as busy') as HTMLTextAreaElement).value).toBe('');
  });

  it('switching one reason off sends only that switch', async () => {
    const { bridge } = setup();
    fireEvent.click(await screen.findByRole('switch', { name: 'The camera or microphone is in use' }));
    await waitFor(() => expect(bridge.settings().busy.reasons.call).toBe(false));
    expect(bridge.callsTo('settings:update')).toEqual([{ busy: { reasons: { call: false } } }]);
  });

  it('the list keeps one app per line: trimmed, blank lines and repeats in other capitals dropped', async () => {
    const { bridge } = setup();
    const list = (await screen.findByLabelText('Apps that count as busy')) as HTMLTextAreaElement;
    const text = ' Zoom \n\nobs\nZOOM\nzoom.exe\n';
    fireEvent.input(list, { target: { value: text } });
    fireEvent.change(list, { target: { value: text } });
    await waitFor(() => expect(bridge.settings().busy.excludedApps).toEqual(['Zoom', 'obs', 'zoom.exe']));
    expect(list.value).toBe('Zoom\nobs\nzoom.exe');
  });

  it('a name with a tab in it is refused inline and never sent', async () => {
    const { bridge } = setup();
    const list = (await screen.findByLabelText('Apps that count as busy')) as HTMLTextAreaElement;
    fireEvent.input(list, { target: { value: 'ob\ts' } });
    fireEvent.change(list, { target: { value: 'ob\ts' } });
    await waitFor(() => expect(list.getAttribute('aria-invalid')).toBe('true'));
    expect(bridge.callsTo('settings:update')).toEqual([]);
    expect(bridge.settings().busy.excludedApps).toEqual([]);
  });

  it('the list is disabled while its reason is off', async () => {
    setup({
      settings: {
        ...DEFAULT_SETTINGS,
        busy: {
          ...DEFAULT_SETTINGS.busy,
          reasons: { ...DEFAULT_SETTINGS.busy.reasons, 'excluded-app': false },
        },
      },
    });
    expect(((await screen.findByLabelText('Apps that count as busy')) as HTMLTextAreaElement).disabled).toBe(
      true,
    );
  });

  it('reads in Dutch', async () => {
    setup({ settings: { ...DEFAULT_SETTINGS, language: 'nl' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Als je bezig bent' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Niet storen staat aan' })).toBeTruthy();
    expect(screen.getByLabelText('Apps die als bezig tellen')).toBeTruthy();
  });

  it('appsFromText', () => {
    expect(appsFromText('a\r\nB\r\nb\r\n  \r\nc ')).toEqual(['a', 'B', 'c']);
    expect(appsFromText('')).toEqual([]);
  });
});
