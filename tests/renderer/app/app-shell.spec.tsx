import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppView } from '../../../renderer/app/app-view.tsx';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { renderWithBridge } from './support/render-with-bridge.ts';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const handlers = {
  'stats:days': () => [],
  'autostart:get': () => ({ supported: true, enabled: true }),
} as const;

describe('AppShell settings-reset notice', () => {
  it('tells the user their settings were reset, in a status region, until dismissed', async () => {
    window.location.hash = '#/learn';
    renderWithBridge((settings) => <AppView settings={settings} />, {
      appInfo: { settingsWereReset: true },
      handlers,
    });
    const text =
      'Your settings file could not be read, so the defaults are in use. The old file was kept beside it as a backup.';
    const notice = await screen.findByText(text);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByText(text)).toBeNull();
  });

  it('speaks Dutch when the app does', async () => {
    window.location.hash = '#/welcome';
    renderWithBridge((settings) => <AppView settings={settings} />, {
      settings: { ...DEFAULT_SETTINGS, language: 'nl' },
      appInfo: { settingsWereReset: true },
      handlers,
    });
    expect(
      await screen.findByText(
        'Je instellingenbestand kon niet worden gelezen, dus de standaardinstellingen zijn in gebruik. Het oude bestand staat ernaast als reservekopie.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Begrepen' })).toBeTruthy();
  });

  it('shows nothing when the settings were read fine', async () => {
    window.location.hash = '#/learn';
    renderWithBridge((settings) => <AppView settings={settings} />, { handlers });
    await screen.findByRole('heading', { level: 1, name: 'Why breathe low' });
    expect(screen.queryByRole('button', { name: 'Got it' })).toBeNull();
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });
});
