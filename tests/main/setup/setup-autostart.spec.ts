import { describe, expect, it, vi } from 'vitest';
import type { Autostart } from '../../../main/autostart/autostart.ts';
import { createMemoryLogger } from '../../../main/logger.ts';
import { setupAutostart } from '../../../main/setup/setup-autostart.ts';
import type { AutostartState } from '../../../shared/ipc-contract.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/types.ts';

function setup(options: { firstRun: boolean; startAtLogin?: boolean; failing?: boolean }) {
  let enabled = false;
  const sets: boolean[] = [];
  const autostart: Autostart = {
    get: async () => {
      if (options.failing) throw new Error('no desktop entry folder');
      return { supported: true, enabled };
    },
    set: async (next) => {
      if (options.failing) throw new Error('read-only folder');
      sets.push(next);
      enabled = next;
      return { supported: true, enabled };
    },
    launchedAtLogin: () => false,
  };
  let current: Settings = { ...DEFAULT_SETTINGS, startAtLogin: options.startAtLogin ?? true };
  const listeners = new Set<(next: Settings, previous: Settings) => void>();
  const settings = {
    get: () => current,
    update: vi.fn((patch: { startAtLogin: boolean }) => {
      const previous = current;
      current = { ...current, ...patch };
      for (const listener of listeners) listener(current, previous);
      return { ok: true as const, settings: current, saved: true as const };
    }),
    onChange: (listener: (next: Settings, previous: Settings) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const log = createMemoryLogger();
  const setupResult = setupAutostart({ autostart, settings, firstRun: options.firstRun, log });
  const states: AutostartState[] = [];
  setupResult.onState((state) => states.push(state));
  return { setup: setupResult, sets, states, settings, log };
}

describe('setupAutostart: one chain for start at login', () => {
  it('turns it on at the first start when the preference says so, and tells the tray', async () => {
    const { sets, states } = setup({ firstRun: true });
    await vi.waitFor(() => expect(states).toEqual([{ supported: true, enabled: true }]));
    expect(sets).toEqual([true]);
  });

  it('only reads it at a later start', async () => {
    const { sets, states } = setup({ firstRun: false });
    await vi.waitFor(() => expect(states).toEqual([{ supported: true, enabled: false }]));
    expect(sets).toEqual([]);
  });

  it('follows a preference change, and the tray toggle keeps the preference in step', async () => {
    const { setup: autostart, sets, settings, states } = setup({ firstRun: false, startAtLogin: false });
    await vi.waitFor(() => expect(states).toHaveLength(1));
    await autostart.set(true);
    expect(settings.update).toHaveBeenCalledWith({ startAtLogin: true });
    await vi.waitFor(() => expect(sets).toEqual([true, true]));
    expect(states.at(-1)).toEqual({ supported: true, enabled: true });
  });

  it('logs a failure once per attempt and never throws into a listener; the toggle rejects', async () => {
    const { setup: autostart, log, states } = setup({ firstRun: false, failing: true });
    await vi.waitFor(() => expect(log.lines.join('\n')).toContain('autostart: could not read it'));
    expect(states).toEqual([]);
    await expect(autostart.set(true)).rejects.toThrow('read-only folder');
  });

  it('gives a late listener the last known state at once', async () => {
    const { setup: autostart, states } = setup({ firstRun: false });
    await vi.waitFor(() => expect(states).toHaveLength(1));
    const late: AutostartState[] = [];
    autostart.onState((state) => late.push(state));
    expect(late).toEqual(states);
  });
});
