import type { BusyProbe } from '../busy-probe.ts';
import type { DbusLink } from './dbus-link.ts';

/**
 * GNOME session inhibitors: video players, browsers playing video and slideshow modes ask
 * org.gnome.SessionManager not to go idle (Inhibit with flag 8). `IsInhibited(8)` tells whether
 * any such inhibitor exists; InhibitorAdded / InhibitorRemoved signal every change.
 */

export const GNOME_SESSION = {
  destination: 'org.gnome.SessionManager',
  path: '/org/gnome/SessionManager',
  interface: 'org.gnome.SessionManager',
} as const;

/** GsmInhibitorFlag: 1 logout, 2 switch user, 4 suspend, 8 idle, 16 automount. */
export const INHIBIT_IDLE = 8;

export function createGnomeSessionProbe(link: DbusLink): BusyProbe {
  return {
    source: 'gnome-session-inhibitor',
    reasons: ['presentation'],
    read: async () => {
      const [inhibited] = await link.call({
        ...GNOME_SESSION,
        member: 'IsInhibited',
        signature: 'u',
        body: [INHIBIT_IDLE],
      });
      if (typeof inhibited !== 'boolean') throw new Error('IsInhibited did not answer a boolean');
      return { on: inhibited ? ['presentation'] : [] };
    },
    watch: (onChange) => {
      const added = link.onSignal({ ...GNOME_SESSION, member: 'InhibitorAdded' }, onChange);
      const removed = link.onSignal({ ...GNOME_SESSION, member: 'InhibitorRemoved' }, onChange);
      return () => {
        added();
        removed();
      };
    },
    dispose: () => {},
  };
}
