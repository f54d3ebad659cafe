import type { BusyProbe } from './busy-probe.ts';
import { createCameraDeviceProbe } from './probes/camera-device-probe.ts';
import { connectSessionBus } from './probes/dbus-link.ts';
import { createGnomeDndProbe } from './probes/gnome-dnd-probe.ts';
import { createGnomeSessionProbe } from './probes/gnome-session-probe.ts';
import { createNotificationsInhibitedProbe } from './probes/notifications-inhibited-probe.ts';
import { importKoffi, lazyWindowsApi } from './probes/windows-api.ts';
import { createWindowsConsentStoreProbe } from './probes/windows-consent-store-probe.ts';
import { createWindowsForegroundProbe } from './probes/windows-foreground-probe.ts';
import { createWindowsNotificationStateProbe } from './probes/windows-notification-state-probe.ts';
import { openX11 } from './probes/x11-connection.ts';
import { createX11FullscreenProbe } from './probes/x11-fullscreen-probe.ts';

/**
 * The probes each platform has (README "While you are busy" lists what each sees). Nothing here
 * connects yet: the D-Bus link, the X connection and koffi open on the first read.
 */
export interface PlatformProbes {
  readonly probes: readonly BusyProbe[];
  dispose(): void;
}

export function platformProbes(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): PlatformProbes {
  if (platform === 'linux') {
    const link = connectSessionBus(env.DBUS_SESSION_BUS_ADDRESS);
    const probes: BusyProbe[] = [
      createGnomeSessionProbe(link),
      createGnomeDndProbe(link),
      createNotificationsInhibitedProbe(link),
      createCameraDeviceProbe(),
    ];
    // On Wayland, X11 sees only XWayland windows, and no compositor keeps _NET_ACTIVE_WINDOW for
    // native ones: it would answer "not full screen" for every native app. Wayland relies on
    // the session inhibitors (players and slide shows set them) instead.
    if (env.XDG_SESSION_TYPE !== 'wayland') {
      probes.push(createX11FullscreenProbe({ open: () => openX11(env.DISPLAY) }));
    }
    return { probes, dispose: () => link.close() };
  }
  if (platform === 'win32') {
    const api = lazyWindowsApi(importKoffi);
    return {
      probes: [
        createWindowsNotificationStateProbe(api),
        createWindowsForegroundProbe(api),
        createWindowsConsentStoreProbe(),
      ],
      dispose: () => {},
    };
  }
  // macOS: no public API tells another app's full-screen or presentation state, or Focus.
  return { probes: [], dispose: () => {} };
}
