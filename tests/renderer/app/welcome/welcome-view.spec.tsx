import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WelcomeView } from '../../../../renderer/app/welcome/welcome-view.tsx';
import type { FakeHandlers } from '../../../support/fake-bridge.ts';
import { renderWithBridge } from '../support/render-with-bridge.ts';

function setup(handlers: FakeHandlers = {}) {
  return renderWithBridge((settings) => <WelcomeView settings={settings} />, {
    handlers: { 'window:close': () => null, 'break:start': () => null, ...handlers },
  });
}

afterEach(cleanup);

describe('WelcomeView', () => {
  it('starts on the standard preset, which matches the defaults', async () => {
    setup();
    expect(((await screen.findByRole('radio', { name: /Standard/ })) as HTMLInputElement).checked).toBe(true);
  });

  it('saves a schedule preset at once', async () => {
    const { bridge } = setup();
    fireEvent.click(await screen.findByRole('radio', { name: /Gentle/ }));
    await waitFor(() => expect(bridge.settings().breathing.intervalMinutes).toBe(40));
    expect(bridge.settings().stretch.intervalMinutes).toBe(120);
    expect(((await screen.findByRole('radio', { name: /Gentle/ })) as HTMLInputElement).checked).toBe(true);
  });

  it('switches the language live', async () => {
    setup();
    fireEvent.click(await screen.findByRole('radio', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Breathing Room' })).toBeTruthy();
  });

  it('sets start at login and shows the one-time safety note', async () => {
    const { bridge } = setup();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Start Breathing Room when I log in' }));
    await waitFor(() => expect(bridge.settings().startAtLogin).toBe(false));
    expect(screen.getByText(/Ask your doctor or physiotherapist before you start/)).toBeTruthy();
    expect(screen.getByText(/It is not medical advice/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start breathing' }));
    expect(bridge.callsTo('window:close')).toHaveLength(1);
  });

  it('asks whether lying down is possible at work and saves the floor exercises setting at once', async () => {
    const { bridge } = setup();
    const no = (await screen.findByRole('radio', { name: 'No, I sit or stand' })) as HTMLInputElement;
    expect(no.checked).toBe(true);
    expect(screen.getByText(/Lying down and breathing is still there for the evening at home/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Yes, there is room on the floor' }));
    await waitFor(() => expect(bridge.settings().stretch.includeFloor).toBe(true));
    expect(await screen.findByText(/floor exercises, such as belly breathing on your back/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'No, I sit or stand' }));
    await waitFor(() => expect(bridge.settings().stretch.includeFloor).toBe(false));
  });

  it('offers to lie down and breathe now either way: the floor session, as from the tray and Learn', async () => {
    const { bridge } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Lie down and breathe now' }));
    expect(bridge.callsTo('break:start')).toEqual([
      { kind: 'breathing', patternId: 'belly', durationSeconds: 300, floor: true },
    ]);
  });

  it('says so calmly when main refuses the floor session (a break is already on)', async () => {
    setup({
      'break:start': () => ({
        ok: false,
        error: { code: 'refused', message: 'A break is already running.' },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Lie down and breathe now' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Lying down and breathing could not start just now. Please try again in a moment.',
    );
  });

  it('offers an evening invitation to lie down, off until ticked, at the time it will come', async () => {
    const { bridge } = setup();
    const evening = (await screen.findByRole('checkbox', {
      name: 'Invite me each evening at 20:30',
    })) as HTMLInputElement;
    expect(evening.checked).toBe(false);
    fireEvent.click(evening);
    await waitFor(() =>
      expect(bridge.settings().floorInvitation).toEqual({ enabled: true, minutes: 20 * 60 + 30 }),
    );
    expect(evening.checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
    expect(await screen.findByRole('checkbox', { name: 'Nodig me elke avond om 20:30 uit' })).toBeTruthy();
  });
});
