import type { App } from 'electron';
import type { AutostartState } from '../../shared/ipc-contract.ts';
import { type Autostart, type AutostartDeps, createAutostart } from '../autostart/autostart.ts';
import { serializeAutostart } from '../autostart/serialized-autostart.ts';
import type { Logger } from '../logger.ts';
import type { SettingsService } from '../settings/settings-service.ts';

/**
 * Start at login, kept in step with the preference: turned on at the first start when the
 * preference says so, read at every other start, changed whenever the preference changes, and
 * toggled by the tray command (which updates the preference too). Every known state goes to the
 * listeners (the tray's checkbox); a failure is logged once, never thrown into a listener.
 */
export interface AutostartSetup {
  get(): Promise<AutostartState>;
  /** The tray's toggle: change it, then keep the preference in step. Rejects when the OS refuses. */
  set(enabled: boolean): Promise<void>;
  /** Called with every known state; the last one at once when there is one. */
  onState(listener: (state: AutostartState) => void): () => void;
  launchedAtLogin(): boolean;
  dispose(): void;
}

export interface AutostartSetupDeps {
  readonly autostart: Autostart;
  readonly settings: Pick<SettingsService, 'get' | 'update' | 'onChange'>;
  readonly firstRun: boolean;
  readonly log: Logger;
}

export function setupAutostart(deps: AutostartSetupDeps): AutostartSetup {
  const listeners = new Set<(state: AutostartState) => void>();
  let last: AutostartState | null = null;

  function publish(state: AutostartState): void {
    last = state;
    for (const listener of [...listeners]) listener(state);
  }

  function follow(request: Promise<AutostartState>, what: 'read' | 'change' | 'enable'): void {
    request.then(publish).catch((error: unknown) => deps.log.error(`autostart: could not ${what} it`, error));
  }

  follow(
    deps.firstRun && deps.settings.get().startAtLogin ? deps.autostart.set(true) : deps.autostart.get(),
    deps.firstRun && deps.settings.get().startAtLogin ? 'enable' : 'read',
  );
  const stopFollowing = deps.settings.onChange((next, previous) => {
    // The entry also carries the XWayland choice (Linux), so a change to it writes the entry again.
    const waylandChoice = next.runNativelyOnWayland !== previous.runNativelyOnWayland && next.startAtLogin;
    if (next.startAtLogin !== previous.startAtLogin || waylandChoice) {
      follow(deps.autostart.set(next.startAtLogin), 'change');
    }
  });

  return {
    get: () => deps.autostart.get(),
    async set(enabled) {
      publish(await deps.autostart.set(enabled));
      // Keep the preference in step; its change handler re-applies the same state, which is harmless.
      deps.settings.update({ startAtLogin: enabled });
    },
    onState(listener) {
      listeners.add(listener);
      if (last !== null) listener(last);
      return () => {
        listeners.delete(listener);
      };
    },
    launchedAtLogin: () => deps.autostart.launchedAtLogin(),
    dispose() {
      stopFollowing();
      listeners.clear();
    },
  };
}

/** The OS's start-at-login for this app, serialized (the preferences read it right after changing it). */
export function systemAutostart(deps: {
  readonly app: AutostartDeps['app'] & Pick<App, 'getPath'>;
  readonly platform: NodeJS.Platform;
  readonly tagline: string;
  readonly log: Logger;
  /** Linux: start at login through XWayland unless the user chose native Wayland. */
  readonly throughXWayland: () => boolean;
}): Autostart {
  return serializeAutostart(
    createAutostart({
      platform: deps.platform,
      app: deps.app,
      env: process.env,
      homeDir: deps.app.getPath('home'),
      execPath: process.execPath,
      entry: { name: 'Breathing Room', comment: deps.tagline, icon: 'breathing-room' },
      log: deps.log,
      throughXWayland: deps.throughXWayland,
    }),
  );
}
