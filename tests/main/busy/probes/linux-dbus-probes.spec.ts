import dbus from 'dbus-next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BusyMonitor,
  createBusyMonitor,
  type MonitorStatus,
} from '../../../../main/busy/busy-monitor.ts';
import type { BusyProbe } from '../../../../main/busy/busy-probe.ts';
import { connectSessionBus, type DbusLink } from '../../../../main/busy/probes/dbus-link.ts';
import { createGnomeDndProbe } from '../../../../main/busy/probes/gnome-dnd-probe.ts';
import { createGnomeSessionProbe, INHIBIT_IDLE } from '../../../../main/busy/probes/gnome-session-probe.ts';
import { createNotificationsInhibitedProbe } from '../../../../main/busy/probes/notifications-inhibited-probe.ts';
import { createMemoryLogger } from '../../../../main/logger.ts';
import { DEFAULT_BUSY_PREFERENCES } from '../../../../shared/domain/busy.ts';
import { type PrivateBus, startPrivateBus } from '../support/private-bus.ts';
import {
  GarbageSessionManager,
  GnomeSessionManager,
  NotificationServer,
  PortalSettings,
} from '../support/stand-in-services.ts';

// Every test gets its own dbus-daemon and its own stand-in services, stopped afterwards.
let bus: PrivateBus;
let link: DbusLink;
let monitor: BusyMonitor | null = null;
const changes: MonitorStatus[] = [];
const log = createMemoryLogger();

beforeEach(async () => {
  bus = await startPrivateBus();
  link = connectSessionBus(bus.address);
  changes.length = 0;
});

afterEach(async () => {
  monitor?.dispose();
  monitor = null;
  link.close();
  await bus.stop();
});

function watch(...probes: BusyProbe[]): BusyMonitor {
  monitor = createBusyMonitor({
    probes,
    preferences: () => DEFAULT_BUSY_PREFERENCES,
    timeoutMs: 200,
    log,
    onChange: (status) => changes.push(status),
  });
  return monitor;
}

async function serveSession(): Promise<GnomeSessionManager> {
  const service = await bus.serve('org.gnome.SessionManager');
  const manager = new GnomeSessionManager();
  service.export('/org/gnome/SessionManager', manager);
  return manager;
}

async function servePortal(): Promise<PortalSettings> {
  const service = await bus.serve('org.freedesktop.portal.Desktop');
  const settings = new PortalSettings();
  service.export('/org/freedesktop/portal/desktop', settings);
  return settings;
}

async function serveNotifications(): Promise<NotificationServer> {
  const service = await bus.serve('org.freedesktop.Notifications');
  const server = new NotificationServer();
  service.export('/org/freedesktop/Notifications', server);
  return server;
}

const lastChange = () => changes.at(-1);

describe('GNOME session inhibitors on a private bus', () => {
  it('an idle inhibitor (flag 8, as video players and slideshows set) is a presentation, and its removal signals the end', async () => {
    const manager = await serveSession();
    const busy = watch(createGnomeSessionProbe(link));
    expect((await busy.refresh()).active).toEqual([]);

    const id = manager.inhibit(INHIBIT_IDLE);
    await vi.waitFor(() => expect(lastChange()?.active).toEqual(['presentation']), { timeout: 5000 });
    expect(lastChange()?.sampled).toBe(false);

    manager.uninhibit(id);
    await vi.waitFor(() => expect(lastChange()?.active).toEqual([]), { timeout: 5000 });
  });

  it('a suspend-only inhibitor (flag 4, a download) does not hold breaks', async () => {
    const manager = await serveSession();
    const busy = watch(createGnomeSessionProbe(link));
    manager.inhibit(4);
    expect((await busy.refresh()).active).toEqual([]);
  });

  it('a missing session manager is unknown, logged once over many looks, and holds nothing', async () => {
    const before = log.lines.length;
    const busy = watch(createGnomeSessionProbe(link));
    for (let i = 0; i < 3; i += 1)
      expect(await busy.refresh()).toEqual({ active: [], unknown: ['presentation'], sampled: false });
    const logged = log.lines.slice(before).filter((line) => line.includes('gnome-session-inhibitor'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^warn busy: gnome-session-inhibitor is unknown/);
  });

  it('a session manager slower than 200 ms is unknown for that look', async () => {
    const manager = await serveSession();
    manager.behaviour = 'slow';
    manager.inhibit(INHIBIT_IDLE);
    const busy = watch(createGnomeSessionProbe(link));
    expect(await busy.refresh()).toEqual({ active: [], unknown: ['presentation'], sampled: false });
    expect(busy.sources().get('gnome-session-inhibitor')).toEqual({
      state: 'unknown',
      error: 'no answer within 200 ms',
    });
    // The late answer arrives after the look gave up; nothing changes and nothing throws.
    await manager.slow.settled();
    expect(busy.status().active).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('an answer of the wrong type is unknown, not busy', async () => {
    const service = await bus.serve('org.gnome.SessionManager');
    service.export('/org/gnome/SessionManager', new GarbageSessionManager());
    const busy = watch(createGnomeSessionProbe(link));
    expect((await busy.refresh()).unknown).toEqual(['presentation']);
    expect(busy.sources().get('gnome-session-inhibitor')).toEqual({
      state: 'unknown',
      error: 'IsInhibited did not answer a boolean',
    });
  });
});

describe('Do Not Disturb through the desktop portal (GNOME show-banners)', () => {
  it('show-banners false is Do Not Disturb; SettingChanged ends it without polling', async () => {
    const portal = await servePortal();
    const busy = watch(createGnomeDndProbe(link));
    expect((await busy.refresh()).active).toEqual([]);
    portal.set('org.gnome.desktop.notifications', 'show-banners', new dbus.Variant('b', false));
    await vi.waitFor(() => expect(lastChange()?.active).toEqual(['do-not-disturb']), { timeout: 5000 });
    portal.set('org.gnome.desktop.notifications', 'show-banners', new dbus.Variant('b', true));
    await vi.waitFor(() => expect(lastChange()?.active).toEqual([]), { timeout: 5000 });
  });

  it('changes to other settings do not cause a read', async () => {
    const portal = await servePortal();
    const busy = watch(createGnomeDndProbe(link));
    await busy.refresh();
    const readsBefore = portal.reads;
    portal.set('org.gnome.desktop.interface', 'color-scheme', new dbus.Variant('s', 'prefer-dark'));
    portal.set('org.gnome.desktop.notifications', 'show-banners', new dbus.Variant('b', false));
    await vi.waitFor(() => expect(lastChange()?.active).toEqual(['do-not-disturb']), { timeout: 5000 });
    expect(portal.reads - readsBefore).toBe(1);
  });

  it('a portal without the GNOME key (another desktop) is unknown; a string value is garbage', async () => {
    const portal = await servePortal();
    portal.values.clear();
    const busy = watch(createGnomeDndProbe(link));
    expect((await busy.refresh()).unknown).toEqual(['do-not-disturb']);
    portal.values.set('org.gnome.desktop.notifications show-banners', new dbus.Variant('b', true));
    portal.behaviour = 'garbage';
    expect((await busy.refresh()).unknown).toEqual(['do-not-disturb']);
    portal.behaviour = 'normal';
    expect(await busy.refresh()).toEqual({ active: [], unknown: [], sampled: false });
    expect(log.lines).toContain('info busy: gnome-do-not-disturb answers again');
  });
});

describe('freedesktop notifications Inhibited (KDE Plasma)', () => {
  it('Inhibited true is Do Not Disturb; PropertiesChanged ends it', async () => {
    const server = await serveNotifications();
    const busy = watch(createNotificationsInhibitedProbe(link));
    expect((await busy.refresh()).active).toEqual([]);
    server.setInhibited(true);
    await vi.waitFor(() => expect(lastChange()?.active).toEqual(['do-not-disturb']), { timeout: 5000 });
    server.setInhibited(false);
    await vi.waitFor(() => expect(lastChange()?.active).toEqual([]), { timeout: 5000 });
  });

  it('on GNOME (portal answers, no Inhibited property) Do Not Disturb is known, not unknown', async () => {
    await servePortal();
    const busy = watch(createNotificationsInhibitedProbe(link), createGnomeDndProbe(link));
    expect(await busy.refresh()).toEqual({ active: [], unknown: [], sampled: false });
    expect(busy.sources().get('notifications-inhibited')?.state).toBe('unknown');
  });
});

describe('no session bus at all', () => {
  it('without DBUS_SESSION_BUS_ADDRESS every D-Bus reason is unknown and nothing throws', async () => {
    const none = connectSessionBus(undefined);
    const busy = watch(
      createGnomeSessionProbe(none),
      createGnomeDndProbe(none),
      createNotificationsInhibitedProbe(none),
    );
    expect(await busy.refresh()).toEqual({
      active: [],
      unknown: ['presentation', 'do-not-disturb'],
      sampled: false,
    });
    none.close();
  });

  it('a bus that goes away is unknown on the next look and nothing throws', async () => {
    const manager = await serveSession();
    manager.inhibit(INHIBIT_IDLE);
    const busy = watch(createGnomeSessionProbe(link));
    expect((await busy.refresh()).active).toEqual(['presentation']);
    await bus.stop();
    expect((await busy.refresh()).unknown).toEqual(['presentation']);
    bus = await startPrivateBus();
  });
});
