import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { breakNamespaces } from '../../../renderer/break/namespaces.ts';
import { AppRoot } from '../../../renderer/lib/app-root.tsx';
import { askWindowStart } from '../../../renderer/lib/window-start.ts';
import type { BridgeApi } from '../../../shared/ipc-contract.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/types.ts';
import { createFakeBridge } from '../../support/fake-bridge.ts';

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

const dark: Settings = { ...DEFAULT_SETTINGS, language: 'nl', theme: 'dark' };

describe('askWindowStart', () => {
  it('asks main for the settings and the app info at once, before either answer is in', async () => {
    const bridge = createFakeBridge({ settings: dark, appInfo: { platform: 'darwin' } });
    const asked = askWindowStart(bridge);
    expect(bridge.calls.map((call) => call.channel)).toEqual(['settings:get', 'app:info']);
    const start = await asked;
    expect(start.settings).toEqual(dark);
    expect(start.info?.platform).toBe('darwin');
  });

  it('gives null for what main refused or could not answer, so the page still renders', async () => {
    const refusing = createFakeBridge({
      handlers: { 'settings:get': () => ({ ok: false, error: { code: 'failed', message: 'no' } }) },
    });
    expect((await askWindowStart(refusing)).settings).toBeNull();
    const broken: BridgeApi = {
      invoke: () => Promise.reject(new Error('ipc gone')),
      on: () => () => undefined,
    };
    expect(await askWindowStart(broken)).toEqual({ settings: null, info: null });
  });
});

describe('AppRoot with what the page asked before its first render', () => {
  it('renders the view in the first render, already in the theme and language of the settings', async () => {
    const bridge = createFakeBridge({ settings: dark });
    const start = await askWindowStart(bridge);
    render(
      <AppRoot bridge={bridge} namespaces={breakNamespaces} start={start}>
        {(settings) => <p data-testid="view">{settings.theme}</p>}
      </AppRoot>,
    );
    // No await: the content and the theme are there as render returns, before any frame.
    expect(screen.getByTestId('view').textContent).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('still catches a change main sent between its answer and the page listening for changes', async () => {
    const bridge = createFakeBridge({ settings: DEFAULT_SETTINGS });
    const start = await askWindowStart(bridge);
    // Main's settings change after it answered, before the view subscribed to settings:changed.
    await bridge.invoke('settings:update', { theme: 'dark' });
    render(
      <AppRoot bridge={bridge} namespaces={breakNamespaces} start={start}>
        {(settings) => <p data-testid="view">{settings.theme}</p>}
      </AppRoot>,
    );
    expect(screen.getByTestId('view').textContent).toBe('system');
    await waitFor(() => expect(screen.getByTestId('view').textContent).toBe('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('keeps the settings it has when asking again brings the same ones (no second render of the view)', async () => {
    const bridge = createFakeBridge({ settings: dark });
    const start = await askWindowStart(bridge);
    let renders = 0;
    render(
      <AppRoot bridge={bridge} namespaces={breakNamespaces} start={start}>
        {() => {
          renders += 1;
          return <p data-testid="view">shown</p>;
        }}
      </AppRoot>,
    );
    await waitFor(() => expect(bridge.callsTo('settings:get')).toHaveLength(2));
    await act(async () => {
      await Promise.resolve();
    });
    expect(renders).toBe(1);
    expect(bridge.callsTo('app:info')).toHaveLength(1);
  });
});
