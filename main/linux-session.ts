import type { App } from 'electron';
import { XWAYLAND_FLAG } from './autostart/desktop-entry.ts';
import type { Logger } from './logger.ts';
import type { SettingsService } from './settings/settings-service.ts';

/**
 * Which display backend the app should run on, decided before any window exists. The packaged
 * launchers start it through XWayland (`--ozone-platform=x11`, see electron-builder.yml). Chromium
 * picks its backend before our code runs, so a user who chose "run natively on Wayland" is
 * served by one restart without the flag (appendSwitch would be too late).
 *
 * Not from an AppImage: Electron's relauncher runs from the AppImage's FUSE mount, which goes
 * away with this process, so the new one would never start. There the choice reaches the start
 * at login entry only (README, Linux).
 */
export interface SessionStart {
  readonly platform: NodeJS.Platform;
  readonly sessionType: string | undefined;
  readonly argv: readonly string[];
  readonly appImage: string | undefined;
  readonly runNativelyOnWayland: boolean;
}

/** The arguments to restart with (argv without the executable), or null to carry on. */
export function nativeWaylandRelaunchArgs(start: SessionStart): readonly string[] | null {
  if (start.platform !== 'linux' || start.sessionType?.toLowerCase() !== 'wayland') return null;
  if (!start.runNativelyOnWayland || start.appImage) return null;
  if (!start.argv.includes(XWAYLAND_FLAG)) return null;
  return start.argv.slice(1).filter((arg) => arg !== XWAYLAND_FLAG);
}

/** Restarts without the XWayland flag when the user chose native Wayland; true when it did. */
export function restartForNativeWayland(deps: {
  readonly app: Pick<App, 'relaunch' | 'exit'>;
  readonly log: Logger;
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly argv: readonly string[];
  readonly settings: Pick<SettingsService, 'get'>;
}): boolean {
  const args = nativeWaylandRelaunchArgs({
    platform: deps.platform,
    sessionType: deps.env.XDG_SESSION_TYPE,
    argv: deps.argv,
    appImage: deps.env.APPIMAGE,
    runNativelyOnWayland: deps.settings.get().runNativelyOnWayland,
  });
  if (args === null) return false;
  deps.log.info('session: native Wayland chosen; restarting without --ozone-platform=x11');
  deps.app.relaunch({ args: [...args] });
  deps.app.exit(0);
  return true;
}
