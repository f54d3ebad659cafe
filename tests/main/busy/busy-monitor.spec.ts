import { afterEach, describe, expect, it, vi } from 'vitest';
import { appKey, createBusyMonitor, type MonitorStatus } from '../../../main/busy/busy-monitor.ts';
import type { BusyProbe, ProbeReading } from '../../../main/busy/busy-probe.ts';
import { createMemoryLogger } from '../../../main/logger.ts';
import { type BusyPreferences, DEFAULT_BUSY_PREFERENCES } from '../../../shared/domain/busy.ts';

afterEach(() => {
  vi.useRealTimers();
});

interface ControlledProbe extends BusyProbe {
  answer(reading: ProbeReading | Error): void;
  signal(): void;
  reads: number;
  disposed: boolean;
}

/** A probe whose every read waits until the test answers it, like a real bus round trip. */
function controlled(
  source: BusyProbe['source'],
  reasons: BusyProbe['reasons'],
  signalled: boolean,
): ControlledProbe {
  let next: ProbeReading | Error = { on: [] };
  let onChange: (() => void) | null = null;
  const probe: ControlledProbe = {
    source,
    reasons,
    reads: 0,
    disposed: false,
    read: () => {
      probe.reads += 1;
      const value = next;
      return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
    },
    answer: (reading) => {
      next = reading;
    },
    signal: () => onChange?.(),
    dispose: () => {
      probe.disposed = true;
    },
  };
  if (signalled) {
    probe.watch = (listener) => {
      onChange = listener;
      return () => {
        onChange = null;
      };
    };
  }
  return probe;
}

function monitorOf(probes: BusyProbe[], preferences: BusyPreferences = DEFAULT_BUSY_PREFERENCES) {
  const log = createMemoryLogger();
  const changes: MonitorStatus[] = [];
  let prefs = preferences;
  const monitor = createBusyMonitor({
    probes,
    preferences: () => prefs,
    timeoutMs: 200,
    log,
    onChange: (status) => changes.push(status),
  });
  return { monitor, log, changes, setPreferences: (next: BusyPreferences) => (prefs = next) };
}

describe('busy monitor', () => {
  it('joins sources: any source that sees a reason makes it active', async () => {
    const session = controlled('gnome-session-inhibitor', ['presentation'], true);
    const dnd = controlled('gnome-do-not-disturb', ['do-not-disturb'], true);
    const kde = controlled('notifications-inhibited', ['do-not-disturb'], true);
    kde.answer({ on: ['do-not-disturb'] });
    const { monitor } = monitorOf([session, dnd, kde]);
    expect(await monitor.refresh()).toEqual({ active: ['do-not-disturb'], unknown: [], sampled: false });
  });

  it('a reason seen only by a sampled source is marked sampled; a signalled source seeing it too is enough', async () => {
    const x11 = controlled('x11-active-window', ['fullscreen', 'excluded-app'], true);
    const windows = controlled(
      'windows-notification-state',
      ['fullscreen', 'presentation', 'do-not-disturb'],
      false,
    );
    windows.answer({ on: ['fullscreen'] });
    const { monitor } = monitorOf([x11, windows]);
    expect(await monitor.refresh()).toEqual({ active: ['fullscreen'], unknown: [], sampled: true });
    x11.answer({ on: ['fullscreen'] });
    expect(await monitor.refresh()).toEqual({ active: ['fullscreen'], unknown: [], sampled: false });
  });

  it('a reason switched off in preferences never holds and is never reported unknown', async () => {
    const session = controlled('gnome-session-inhibitor', ['presentation'], true);
    const dnd = controlled('gnome-do-not-disturb', ['do-not-disturb'], true);
    session.answer({ on: ['presentation'] });
    dnd.answer(new Error('gone'));
    const off: BusyPreferences = {
      ...DEFAULT_BUSY_PREFERENCES,
      reasons: { ...DEFAULT_BUSY_PREFERENCES.reasons, presentation: false, 'do-not-disturb': false },
    };
    const { monitor } = monitorOf([session, dnd], off);
    expect(await monitor.refresh()).toEqual({ active: [], unknown: [], sampled: false });
  });

  it('the active app on the exclusion list is busy, matched without case or .exe; a preference change applies at once', async () => {
    const foreground = controlled('windows-foreground-app', ['excluded-app'], false);
    foreground.answer({ on: [], activeApp: 'Zoom.EXE' });
    const { monitor, setPreferences } = monitorOf([foreground]);
    expect((await monitor.refresh()).active).toEqual([]);
    setPreferences({ ...DEFAULT_BUSY_PREFERENCES, excludedApps: ['zoom'] });
    expect(monitor.status()).toEqual({ active: ['excluded-app'], unknown: [], sampled: true });
    expect(appKey('  OBS.exe ')).toBe('obs');
  });

  it('a probe that never answers is unknown after the timeout; the timer is the only one left and is cleared', async () => {
    vi.useFakeTimers();
    const hung: BusyProbe = {
      source: 'gnome-session-inhibitor',
      reasons: ['presentation'],
      read: () => new Promise(() => {}),
      dispose: () => {},
    };
    const { monitor, log } = monitorOf([hung]);
    const looked = monitor.refresh();
    await vi.advanceTimersByTimeAsync(199);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await looked).toEqual({ active: [], unknown: ['presentation'], sampled: false });
    expect(vi.getTimerCount()).toBe(0);
    expect(log.lines).toEqual([
      'warn busy: gnome-session-inhibitor is unknown, breaks run as usual: no answer within 200 ms',
    ]);
  });

  it('a probe may ask for a longer bound (a walk through /proc), never a shorter one', async () => {
    vi.useFakeTimers();
    const hung = (timeoutMs: number): BusyProbe => ({
      source: timeoutMs > 200 ? 'camera-device' : 'gnome-do-not-disturb',
      reasons: timeoutMs > 200 ? ['call'] : ['do-not-disturb'],
      timeoutMs,
      read: () => new Promise(() => {}),
      dispose: () => {},
    });
    const { monitor } = monitorOf([hung(1000), hung(50)]);
    const looked = monitor.refresh();
    await vi.advanceTimersByTimeAsync(200);
    expect(monitor.sources().get('gnome-do-not-disturb')).toEqual({
      state: 'unknown',
      error: 'no answer within 200 ms',
    });
    expect(monitor.sources().has('camera-device')).toBe(false);
    await vi.advanceTimersByTimeAsync(800);
    expect((await looked).unknown).toEqual(['call', 'do-not-disturb']);
  });

  it('a probe that answers clears its timeout (no timer left behind)', async () => {
    vi.useFakeTimers();
    const dnd = controlled('gnome-do-not-disturb', ['do-not-disturb'], true);
    const { monitor } = monitorOf([dnd]);
    await monitor.refresh();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a probe that throws synchronously (an FFI load failure) is unknown, logged once', async () => {
    const broken: BusyProbe = {
      source: 'windows-notification-state',
      reasons: ['fullscreen'],
      read: () => {
        throw new Error('shell32.dll could not be loaded');
      },
      dispose: () => {},
    };
    const { monitor, log } = monitorOf([broken]);
    await monitor.refresh();
    await monitor.refresh();
    expect(monitor.status().unknown).toEqual(['fullscreen']);
    expect(log.lines).toEqual([
      'warn busy: windows-notification-state is unknown, breaks run as usual: shell32.dll could not be loaded',
    ]);
  });

  it('a watch that cannot start leaves the source unknown and the others working', async () => {
    const broken: BusyProbe = {
      source: 'x11-active-window',
      reasons: ['fullscreen'],
      read: () => Promise.reject(new Error('no display')),
      watch: () => {
        throw new Error('no display');
      },
      dispose: () => {},
    };
    const session = controlled('gnome-session-inhibitor', ['presentation'], true);
    session.answer({ on: ['presentation'] });
    const { monitor, log } = monitorOf([broken, session]);
    expect(await monitor.refresh()).toEqual({
      active: ['presentation'],
      unknown: ['fullscreen'],
      sampled: false,
    });
    expect(log.lines).toEqual(['warn busy: x11-active-window cannot be watched: no display']);
  });

  it('a signal re-reads only its source and reports a change once; an unchanged answer reports nothing', async () => {
    const session = controlled('gnome-session-inhibitor', ['presentation'], true);
    const dnd = controlled('gnome-do-not-disturb', ['do-not-disturb'], true);
    const { monitor, changes } = monitorOf([session, dnd]);
    await monitor.refresh();
    session.answer({ on: ['presentation'] });
    session.signal();
    await vi.waitFor(() =>
      expect(changes).toEqual([{ active: ['presentation'], unknown: [], sampled: false }]),
    );
    expect([session.reads, dnd.reads]).toEqual([2, 1]);
    session.signal();
    await vi.waitFor(() => expect(session.reads).toBe(3));
    await Promise.resolve();
    expect(changes).toHaveLength(1);
  });

  it('looks that overlap share one read per source', async () => {
    const dnd = controlled('gnome-do-not-disturb', ['do-not-disturb'], true);
    const { monitor } = monitorOf([dnd]);
    await Promise.all([monitor.refresh(), monitor.refresh(), monitor.refresh()]);
    expect(dnd.reads).toBe(1);
  });

  it('dispose stops the watches and disposes every probe; later signals change nothing', async () => {
    const session = controlled('gnome-session-inhibitor', ['presentation'], true);
    const { monitor, changes } = monitorOf([session]);
    await monitor.refresh();
    monitor.dispose();
    session.answer({ on: ['presentation'] });
    session.signal();
    await Promise.resolve();
    expect(session.disposed).toBe(true);
    expect(changes).toEqual([]);
    expect(session.reads).toBe(1);
  });
});
