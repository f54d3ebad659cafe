import type { GlobalShortcut } from 'electron';
import type { Settings } from '../../shared/settings/types.ts';
import type { Logger } from '../logger.ts';
import type { OnceMarker } from '../notifications/once-marker.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import { createShortcutBinding } from '../shortcuts/global-shortcut.ts';
import { shortcutAvailability, startedThroughXWayland } from '../shortcuts/shortcut-availability.ts';

export interface ShortcutSetupDeps {
  readonly globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>;
  readonly settings: Pick<SettingsService, 'get' | 'onChange'>;
  /** Facts about the session that decide whether global shortcuts exist at all. */
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly argv: readonly string[];
  readonly breatheNow: () => void;
  /** Another app holds the key combination. */
  readonly announceTaken: (accelerator: string) => void;
  /** This session has no global shortcuts (Wayland): said once ever, kept by the marker. */
  readonly announceUnavailable: () => void;
  readonly told: Pick<OnceMarker, 'first'>;
  readonly log: Logger;
}

/**
 * The Breathe-now shortcut, registered from the settings and again whenever they change it.
 * Another app holding the key combination is worth one word to the user; a session without
 * global shortcuts is worth one word ever; nothing else is. Returns the disposer.
 */
export function setupShortcut(deps: ShortcutSetupDeps): () => void {
  const availability = shortcutAvailability({
    platform: deps.platform,
    sessionType: deps.env.XDG_SESSION_TYPE,
    currentDesktop: deps.env.XDG_CURRENT_DESKTOP,
    throughXWayland: startedThroughXWayland(deps.argv),
  });
  const binding = createShortcutBinding(deps.globalShortcut, deps.breatheNow, deps.log, availability);
  const apply = (next: Settings['shortcut']) => {
    const status = binding.apply({ enabled: next.enabled, accelerator: next.breatheNow });
    if (status === 'taken') deps.announceTaken(next.breatheNow);
    else if (status === 'unavailable' && deps.told.first('shortcut-unavailable-on-wayland')) {
      deps.log.info('shortcut: no global shortcuts in this Wayland session; said so once');
      deps.announceUnavailable();
    }
  };
  apply(deps.settings.get().shortcut);
  const stop = deps.settings.onChange((next, previous) => {
    if (
      next.shortcut.enabled !== previous.shortcut.enabled ||
      next.shortcut.breatheNow !== previous.shortcut.breatheNow
    ) {
      apply(next.shortcut);
    }
  });
  return () => {
    stop();
    binding.release();
  };
}
