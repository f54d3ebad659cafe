import type { BusyProbe } from '../busy-probe.ts';
import { type DbusLink, variantValue } from './dbus-link.ts';

/**
 * GNOME's Do Not Disturb is the setting `org.gnome.desktop.notifications show-banners` (false
 * while DND is on). It is read through the desktop portal's Settings interface rather than
 * gsettings: the portal is on the session bus on every GNOME (and most other) desktops, works
 * inside Flatpak, and signals SettingChanged, so DND ending releases a held break at once.
 */

export const PORTAL_SETTINGS = {
  destination: 'org.freedesktop.portal.Desktop',
  path: '/org/freedesktop/portal/desktop',
  interface: 'org.freedesktop.portal.Settings',
} as const;

export const DND_NAMESPACE = 'org.gnome.desktop.notifications';
export const DND_KEY = 'show-banners';

export function createGnomeDndProbe(link: DbusLink): BusyProbe {
  return {
    source: 'gnome-do-not-disturb',
    reasons: ['do-not-disturb'],
    read: async () => {
      // `Read` (portal version 1) wraps the value in one variant more than `ReadOne` (version 2);
      // variantValue takes off both, so old and new portals answer alike.
      const [value] = await link.call({
        ...PORTAL_SETTINGS,
        member: 'Read',
        signature: 'ss',
        body: [DND_NAMESPACE, DND_KEY],
      });
      const showBanners = variantValue(value);
      if (typeof showBanners !== 'boolean') throw new Error(`${DND_KEY} is not a boolean`);
      return { on: showBanners ? [] : ['do-not-disturb'] };
    },
    watch: (onChange) =>
      link.onSignal({ ...PORTAL_SETTINGS, member: 'SettingChanged' }, (body) => {
        if (body[0] === DND_NAMESPACE && body[1] === DND_KEY) onChange();
      }),
    dispose: () => {},
  };
}
