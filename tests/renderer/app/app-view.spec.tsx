import { act, cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppView } from '../../../renderer/app/app-view.tsx';
import { renderWithBridge } from './support/render-with-bridge.ts';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('AppView', () => {
  it('shows the view named by the hash and follows hash changes', async () => {
    window.location.hash = '#/learn';
    renderWithBridge((settings) => <AppView settings={settings} />, {
      handlers: { 'stats:days': () => [], 'autostart:get': () => ({ supported: true, enabled: true }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Why breathe low' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Why breathe low' }).getAttribute('aria-current')).toBe('page');
    window.location.hash = '#/checkin';
    // The listener is attached in an effect, which may run a frame after the first paint.
    const heading = await waitFor(() => {
      act(() => {
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      return screen.getByRole('heading', { level: 1, name: 'Check-in' });
    });
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Check-in · Breathing Room');
  });

  it('shows welcome without the navigation', async () => {
    window.location.hash = '#/welcome';
    renderWithBridge((settings) => <AppView settings={settings} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Breathing Room' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
