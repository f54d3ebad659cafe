import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBusyMonitor, type MonitorStatus } from '../../../../main/busy/busy-monitor.ts';
import { openX11 } from '../../../../main/busy/probes/x11-connection.ts';
import { createX11FullscreenProbe, wmClassName } from '../../../../main/busy/probes/x11-fullscreen-probe.ts';
import { createMemoryLogger } from '../../../../main/logger.ts';
import { DEFAULT_BUSY_PREFERENCES } from '../../../../shared/domain/busy.ts';
import {
  connectTestClient,
  openWindow,
  requestFullscreen,
  SCREEN,
  setActiveWindow,
  startOpenbox,
  startXvfb,
  type TestClient,
  type WindowManager,
  type XServer,
} from '../support/x-session.ts';

// Each test runs its own Xvfb (and openbox where a window manager is part of the story). Starting
// them takes a second or two, more on a loaded machine: the limits below are generous on purpose.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
let server: XServer;
let client: TestClient;
let wm: WindowManager | null = null;
const stops: Array<() => void> = [];

beforeEach(async () => {
  server = await startXvfb();
  client = await connectTestClient(server.display);
});

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  client.close();
  await wm?.stop();
  wm = null;
  await server.stop();
});

function probeOn(display: string) {
  const probe = createX11FullscreenProbe({ open: () => openX11(display) });
  stops.push(() => probe.dispose());
  return probe;
}

function monitorOn(display: string, excludedApps: string[] = []) {
  const changes: MonitorStatus[] = [];
  const monitor = createBusyMonitor({
    probes: [probeOn(display)],
    preferences: () => ({ ...DEFAULT_BUSY_PREFERENCES, excludedApps }),
    timeoutMs: 2000,
    log: createMemoryLogger(),
    onChange: (status) => changes.push(status),
  });
  stops.push(() => monitor.dispose());
  return { monitor, changes, last: () => changes.at(-1) };
}

async function activeWindow(): Promise<number> {
  const [wid = 0] = await client.property32(client.root, await client.atom('_NET_ACTIVE_WINDOW'), 33);
  return wid;
}

describe('X11 full screen under Xvfb with openbox (an EWMH window manager)', () => {
  it('a window mapped full screen (state set before mapping, as players do) is full screen and names its app', async () => {
    wm = await startOpenbox(server.display, client);
    const probe = probeOn(server.display);
    const player = await openWindow(client, { wmClass: 'Vlc', fullscreen: true });
    await vi.waitFor(async () => expect(await activeWindow()).toBe(player), { timeout: 10_000 });
    expect(await probe.read()).toEqual({ on: ['fullscreen'], activeApp: 'Vlc' });
  });

  it('an ordinary window is not full screen', async () => {
    wm = await startOpenbox(server.display, client);
    const probe = probeOn(server.display);
    const editor = await openWindow(client, { wmClass: 'Gedit' });
    await vi.waitFor(async () => expect(await activeWindow()).toBe(editor), { timeout: 10_000 });
    expect(await probe.read()).toEqual({ on: [], activeApp: 'Gedit' });
  });

  it('going full screen and back is signalled (PropertyNotify), without any polling', async () => {
    wm = await startOpenbox(server.display, client);
    const { monitor, last } = monitorOn(server.display);
    const slides = await openWindow(client, { wmClass: 'Impress' });
    await vi.waitFor(async () => expect(await activeWindow()).toBe(slides), { timeout: 10_000 });
    expect(await monitor.refresh()).toEqual({ active: [], unknown: [], sampled: false });

    await requestFullscreen(client, slides, true);
    await vi.waitFor(() => expect(last()?.active).toEqual(['fullscreen']), { timeout: 10_000 });
    await requestFullscreen(client, slides, false);
    await vi.waitFor(() => expect(last()?.active).toEqual([]), { timeout: 10_000 });
  });

  it('another window becoming active ends full screen (root _NET_ACTIVE_WINDOW is signalled)', async () => {
    wm = await startOpenbox(server.display, client);
    const { monitor, last } = monitorOn(server.display);
    const film = await openWindow(client, { wmClass: 'mpv', fullscreen: true });
    await vi.waitFor(async () => expect(await activeWindow()).toBe(film), { timeout: 10_000 });
    expect((await monitor.refresh()).active).toEqual(['fullscreen']);
    const terminal = await openWindow(client, { wmClass: 'XTerm' });
    await vi.waitFor(async () => expect(await activeWindow()).toBe(terminal), { timeout: 10_000 });
    await vi.waitFor(() => expect(last()?.active).toEqual([]), { timeout: 10_000 });
  });

  it('the active app on the exclusion list is busy, matched by its WM_CLASS', async () => {
    wm = await startOpenbox(server.display, client);
    const { monitor } = monitorOn(server.display, ['zoom']);
    const call = await openWindow(client, { wmClass: 'zoom' });
    await vi.waitFor(async () => expect(await activeWindow()).toBe(call), { timeout: 10_000 });
    expect(await monitor.refresh()).toEqual({ active: ['excluded-app'], unknown: [], sampled: false });
  });
});

describe('X11 without the window manager’s full-screen hint', () => {
  it('an active window covering the whole screen counts as full screen (apps that skip the hint)', async () => {
    const probe = probeOn(server.display);
    const game = await openWindow(client, { wmClass: 'Game', rect: { x: 0, y: 0, ...SCREEN } });
    await setActiveWindow(client, game);
    expect(await probe.read()).toEqual({ on: ['fullscreen'], activeApp: 'Game' });
  });

  it('the desktop window covers the screen too but is never full screen', async () => {
    const probe = probeOn(server.display);
    const desktop = await openWindow(client, {
      wmClass: 'Nautilus',
      rect: { x: 0, y: 0, ...SCREEN },
      type: '_NET_WM_WINDOW_TYPE_DESKTOP',
    });
    await setActiveWindow(client, desktop);
    expect(await probe.read()).toEqual({ on: [], activeApp: 'Nautilus' });
  });

  it('no active window at all (no window manager): not busy', async () => {
    expect(await probeOn(server.display).read()).toEqual({ on: [] });
  });

  it('an active window that is gone (BadWindow) fails this read only; the next read works', async () => {
    const probe = probeOn(server.display);
    await setActiveWindow(client, 0x7ffffff);
    await expect(probe.read()).rejects.toThrow();
    await setActiveWindow(client, 0);
    expect(await probe.read()).toEqual({ on: [] });
  });
});

describe('X11 failures', () => {
  it('no DISPLAY (a Wayland-only session): the reason is unknown, nothing throws', async () => {
    const monitor = createBusyMonitor({
      probes: [createX11FullscreenProbe({ open: () => openX11(undefined) })],
      preferences: () => DEFAULT_BUSY_PREFERENCES,
      timeoutMs: 200,
      log: createMemoryLogger(),
      onChange: () => {},
    });
    expect(await monitor.refresh()).toEqual({
      active: [],
      unknown: ['fullscreen', 'excluded-app'],
      sampled: false,
    });
    monitor.dispose();
  });

  it('the X server going away makes the next read fail; after a restart the probe connects again', async () => {
    // `open` follows the current server, as DISPLAY does for a session whose X server restarted.
    const probe = createX11FullscreenProbe({ open: () => openX11(server.display) });
    stops.push(() => probe.dispose());
    expect(await probe.read()).toEqual({ on: [] });
    client.close();
    await server.stop();
    await expect(probe.read()).rejects.toThrow();
    server = await startXvfb();
    client = await connectTestClient(server.display);
    const window = await openWindow(client, { wmClass: 'Totem', rect: { x: 0, y: 0, ...SCREEN } });
    await setActiveWindow(client, window);
    expect(await probe.read()).toEqual({ on: ['fullscreen'], activeApp: 'Totem' });
  });

  it('wmClassName reads the class of "instance\\0Class\\0", or the instance when the class is empty', () => {
    expect(wmClassName(Buffer.from('navigator\0Firefox\0', 'latin1'))).toBe('Firefox');
    expect(wmClassName(Buffer.from('obs\0\0', 'latin1'))).toBe('obs');
    expect(wmClassName(Buffer.from('', 'latin1'))).toBeUndefined();
    expect(wmClassName(null)).toBeUndefined();
  });
});
