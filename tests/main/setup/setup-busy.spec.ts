import { describe, expect, it, vi } from 'vitest';
import type { BusyProbe, ProbeReading } from '../../../main/busy/busy-probe.ts';
import { createMemoryLogger } from '../../../main/logger.ts';
import type { BusyReading } from '../../../main/scheduler/scheduler.ts';
import type { SettingsChangeListener } from '../../../main/settings/settings-service.ts';
import { createEventHub } from '../../../main/setup/event-hub.ts';
import { setupBusy } from '../../../main/setup/setup-busy.ts';
import { DEFAULT_BUSY_PREFERENCES } from '../../../shared/domain/busy.ts';
import type { SchedulerEvent } from '../../../shared/scheduler-types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/types.ts';

function world(options: { probes?: boolean } = {}) {
  let reading: ProbeReading = { on: [] };
  let onChange: (() => void) | null = null;
  let disposedProbes = 0;
  const probe: BusyProbe = {
    source: 'gnome-session-inhibitor',
    reasons: ['presentation'],
    read: async () => reading,
    watch: (listener) => {
      onChange = listener;
      return () => {
        onChange = null;
      };
    },
    dispose: () => {
      disposedProbes += 1;
    },
  };
  let settings: Settings = DEFAULT_SETTINGS;
  const listeners = new Set<SettingsChangeListener>();
  const told: (BusyReading | null)[] = [];
  const events = createEventHub<SchedulerEvent>();
  const busy = setupBusy({
    platform: 'linux',
    env: {},
    settings: {
      get: () => settings,
      onChange: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    scheduler: { setBusy: (status) => told.push(status) },
    events,
    log: createMemoryLogger(),
    probes: { probes: options.probes === false ? [] : [probe], dispose: () => undefined },
  });
  return {
    busy,
    events,
    told,
    set: (next: ProbeReading) => {
      reading = next;
    },
    signal: () => onChange?.(),
    watching: () => onChange !== null,
    disposedProbes: () => disposedProbes,
    changeSettings: (next: Settings) => {
      const previous = settings;
      settings = next;
      for (const listener of listeners) listener(next, previous);
    },
  };
}

describe('setupBusy', () => {
  it('tells the scheduler at once that reasons are watched, and answers each busy-check with a fresh reading', async () => {
    const w = world();
    expect(w.told[0]).toEqual({ active: [], sampled: false });
    // The first look starts with the app; a check asked meanwhile would share its answer.
    await vi.waitFor(() => expect(w.told.length).toBeGreaterThanOrEqual(2));
    w.set({ on: ['presentation'] });
    w.events.emit({ type: 'busy-check' });
    await vi.waitFor(() => expect(w.told.at(-1)).toEqual({ active: ['presentation'], sampled: false }));
  });

  it('a platform signal reaches the scheduler without being asked', async () => {
    const w = world();
    await vi.waitFor(() => expect(w.told.length).toBeGreaterThanOrEqual(2));
    w.set({ on: ['presentation'] });
    w.signal();
    await vi.waitFor(() => expect(w.told.at(-1)).toEqual({ active: ['presentation'], sampled: false }));
  });

  it('every reason switched off: nothing is watched (the schedule runs as before), and back on again', () => {
    const w = world();
    const off = Object.fromEntries(Object.keys(DEFAULT_BUSY_PREFERENCES.reasons).map((r) => [r, false]));
    w.changeSettings({ ...DEFAULT_SETTINGS, busy: { ...DEFAULT_BUSY_PREFERENCES, reasons: off as never } });
    expect(w.told.at(-1)).toBeNull();
    w.changeSettings(DEFAULT_SETTINGS);
    expect(w.told.at(-1)).toEqual({ active: [], sampled: false });
  });

  it('no probe on this platform (macOS): the scheduler is told nothing is watched', () => {
    const w = world({ probes: false });
    expect(w.told).toEqual([null]);
  });

  it('dispose stops watching, disposes the probes, and later checks tell nothing', async () => {
    const w = world();
    await vi.waitFor(() => expect(w.told.length).toBeGreaterThanOrEqual(2));
    const before = w.told.length;
    w.busy.dispose();
    expect(w.watching()).toBe(false);
    expect(w.disposedProbes()).toBe(1);
    w.events.emit({ type: 'busy-check' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(w.told).toHaveLength(before);
  });
});
