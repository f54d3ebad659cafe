import dbus from 'dbus-next';

/**
 * Stand-ins for what desktops publish, with the real names, paths, signatures and signals:
 * gnome-session's org.gnome.SessionManager (IsInhibited, InhibitorAdded/Removed), the desktop
 * portal's org.freedesktop.portal.Settings (Read, SettingChanged) and a notification server's
 * org.freedesktop.Notifications `Inhibited` property (KDE Plasma).
 */

const { Interface } = dbus.interface;

/** How a stand-in answers: as the desktop does, too late, or with a value of the wrong type. */
export type Behaviour = 'normal' | 'slow' | 'garbage';

const SLOW_MS = 600;

/** Slow answers; tests await `settled()` so no reply is sent into a bus that has stopped. */
class SlowReplies {
  private readonly pending = new Set<Promise<unknown>>();

  later<T>(value: T): Promise<T> {
    const reply = new Promise<T>((resolve) => setTimeout(() => resolve(value), SLOW_MS));
    this.pending.add(reply);
    return reply;
  }

  async settled(): Promise<void> {
    await Promise.all(this.pending);
    // One more turn, for dbus-next to write the reply after the promise settled.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export class GnomeSessionManager extends Interface {
  behaviour: Exclude<Behaviour, 'garbage'> = 'normal';
  readonly slow = new SlowReplies();
  private readonly inhibitors = new Map<number, number>();
  private nextId = 1;

  constructor() {
    super('org.gnome.SessionManager');
  }

  IsInhibited(flags: number): boolean | Promise<boolean> {
    const inhibited = [...this.inhibitors.values()].some((held) => (held & flags) !== 0);
    return this.behaviour === 'slow' ? this.slow.later(inhibited) : inhibited;
  }

  /** As gnome-session does for Inhibit(app_id, toplevel_xid, reason, flags). */
  inhibit(flags: number): number {
    const id = this.nextId++;
    this.inhibitors.set(id, flags);
    this.InhibitorAdded(`/org/gnome/SessionManager/Inhibitor${id}`);
    return id;
  }

  uninhibit(id: number): void {
    this.inhibitors.delete(id);
    this.InhibitorRemoved(`/org/gnome/SessionManager/Inhibitor${id}`);
  }

  InhibitorAdded(path: string): string {
    return path;
  }

  InhibitorRemoved(path: string): string {
    return path;
  }
}
GnomeSessionManager.configureMembers({
  methods: { IsInhibited: { inSignature: 'u', outSignature: 'b' } },
  signals: { InhibitorAdded: { signature: 'o' }, InhibitorRemoved: { signature: 'o' } },
});

/** A garbage session manager declares the wrong out-signature, as a broken service would. */
export class GarbageSessionManager extends Interface {
  constructor() {
    super('org.gnome.SessionManager');
  }

  IsInhibited(_flags: number): string {
    return 'yes';
  }
}
GarbageSessionManager.configureMembers({
  methods: { IsInhibited: { inSignature: 'u', outSignature: 's' } },
});

export class PortalSettings extends Interface {
  behaviour: Behaviour = 'normal';
  reads = 0;
  readonly slow = new SlowReplies();
  readonly values = new Map<string, dbus.Variant>([
    ['org.gnome.desktop.notifications show-banners', new dbus.Variant('b', true)],
  ]);

  constructor() {
    super('org.freedesktop.portal.Settings');
  }

  /** Version 1 of the portal answers the value wrapped in one more variant. */
  Read(namespace: string, key: string): dbus.Variant | Promise<dbus.Variant> {
    this.reads += 1;
    const value = this.values.get(`${namespace} ${key}`);
    if (!value) {
      throw new dbus.DBusError('org.freedesktop.portal.Error.NotFound', 'Requested setting not found');
    }
    const wrapped =
      this.behaviour === 'garbage'
        ? new dbus.Variant('v', new dbus.Variant('s', 'off'))
        : new dbus.Variant('v', value);
    return this.behaviour === 'slow' ? this.slow.later(wrapped) : wrapped;
  }

  set(namespace: string, key: string, value: dbus.Variant): void {
    this.values.set(`${namespace} ${key}`, value);
    this.SettingChanged(namespace, key, value);
  }

  SettingChanged(namespace: string, key: string, value: dbus.Variant): [string, string, dbus.Variant] {
    return [namespace, key, value];
  }
}
PortalSettings.configureMembers({
  methods: { Read: { inSignature: 'ss', outSignature: 'v' } },
  signals: { SettingChanged: { signature: 'ssv' } },
});

export class NotificationServer extends Interface {
  private inhibited = false;

  constructor() {
    super('org.freedesktop.Notifications');
  }

  get Inhibited(): boolean {
    return this.inhibited;
  }

  setInhibited(value: boolean): void {
    this.inhibited = value;
    Interface.emitPropertiesChanged(this, { Inhibited: value }, []);
  }
}
NotificationServer.configureMembers({
  properties: { Inhibited: { signature: 'b', access: 'read' } },
});
