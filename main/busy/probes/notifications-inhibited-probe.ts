import type { BusyProbe } from '../busy-probe.ts';
import { type DbusLink, variantValue } from './dbus-link.ts';

/**
 * KDE Plasma (and other servers that implement it) publish Do Not Disturb as the `Inhibited`
 * property of the freedesktop notification server, with PropertiesChanged on every change.
 * GNOME Shell's server has no such property; it answers an error, which only makes this source
 * unknown while the GNOME source answers for the same reason.
 */

export const NOTIFICATIONS = {
  destination: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  interface: 'org.freedesktop.Notifications',
} as const;

const PROPERTIES = 'org.freedesktop.DBus.Properties';

export function createNotificationsInhibitedProbe(link: DbusLink): BusyProbe {
  return {
    source: 'notifications-inhibited',
    reasons: ['do-not-disturb'],
    read: async () => {
      const [value] = await link.call({
        destination: NOTIFICATIONS.destination,
        path: NOTIFICATIONS.path,
        interface: PROPERTIES,
        member: 'Get',
        signature: 'ss',
        body: [NOTIFICATIONS.interface, 'Inhibited'],
      });
      const inhibited = variantValue(value, 1);
      if (typeof inhibited !== 'boolean') throw new Error('Inhibited is not a boolean');
      return { on: inhibited ? ['do-not-disturb'] : [] };
    },
    watch: (onChange) =>
      link.onSignal(
        { path: NOTIFICATIONS.path, interface: PROPERTIES, member: 'PropertiesChanged' },
        (body) => {
          if (body[0] === NOTIFICATIONS.interface) onChange();
        },
      ),
    dispose: () => {},
  };
}
