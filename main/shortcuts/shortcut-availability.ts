/**
 * Whether a global shortcut can work at all in this session. Wayland gives no app a system-wide
 * key grab: Electron's register() fails there when it runs as a native Wayland client, and on
 * GNOME's Wayland session a shortcut grabbed through XWayland never fires while a Wayland window
 * has the focus (electron/electron#15863). In both cases the honest answer is "not here", said
 * once, not "taken by another app" at every start.
 */

export type ShortcutAvailability = 'available' | 'unavailable-on-wayland';

export interface SessionFacts {
  readonly platform: NodeJS.Platform;
  /** XDG_SESSION_TYPE */
  readonly sessionType: string | undefined;
  /** XDG_CURRENT_DESKTOP, e.g. "ubuntu:GNOME" or "KDE" */
  readonly currentDesktop: string | undefined;
  /** Electron runs through XWayland (started with --ozone-platform=x11). */
  readonly throughXWayland: boolean;
}

export function shortcutAvailability(facts: SessionFacts): ShortcutAvailability {
  if (facts.platform !== 'linux' || facts.sessionType?.toLowerCase() !== 'wayland') return 'available';
  const gnome = (facts.currentDesktop ?? '').split(':').some((name) => name.trim().toUpperCase() === 'GNOME');
  return gnome || !facts.throughXWayland ? 'unavailable-on-wayland' : 'available';
}

/** True when the argv Chromium got asks for the X11 backend (the packaged Linux launchers do). */
export function startedThroughXWayland(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--ozone-platform=x11');
}
