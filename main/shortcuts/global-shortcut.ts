import type { GlobalShortcut } from 'electron';
import { echoInput } from '../../shared/bounded-text.ts';
import { isGlobalShortcut } from '../../shared/settings/accelerator.ts';
import type { Logger } from '../logger.ts';
import type { ShortcutAvailability } from './shortcut-availability.ts';

/**
 * The one global shortcut ("Breathe now"). Re-applying with the same accelerator is a no-op, a
 * change releases the old one first, and `release` on quit frees it for other apps.
 */

export type ShortcutStatus = 'registered' | 'off' | 'invalid' | 'taken' | 'unavailable';

export interface ShortcutBinding {
  apply(options: { readonly enabled: boolean; readonly accelerator: string }): ShortcutStatus;
  current(): string | null;
  release(): void;
}

export function createShortcutBinding(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
  onPressed: () => void,
  log: Logger,
  availability: ShortcutAvailability = 'available',
): ShortcutBinding {
  let registered: string | null = null;
  let lastStatus: ShortcutStatus = 'off';

  function settle(status: ShortcutStatus): ShortcutStatus {
    lastStatus = status;
    return status;
  }

  function release(): void {
    if (registered !== null) globalShortcut.unregister(registered);
    registered = null;
  }

  return {
    apply({ enabled, accelerator }) {
      if (enabled && registered === accelerator) return lastStatus;
      release();
      if (!enabled) return settle('off');
      // No key grab exists in this session: asking would only earn a misleading "taken".
      if (availability !== 'available') return settle('unavailable');
      // Never grab a typing key system-wide, whatever reached us.
      if (!isGlobalShortcut(accelerator)) {
        log.warn(`shortcut: "${echoInput(accelerator)}" is not an accelerator with a modifier`);
        return settle('invalid');
      }
      let ok = false;
      try {
        ok = globalShortcut.register(accelerator, onPressed);
      } catch (error) {
        log.warn(`shortcut: registering ${accelerator} threw`, error);
      }
      if (!ok) {
        log.warn(`shortcut: ${accelerator} is taken by another application`);
        return settle('taken');
      }
      registered = accelerator;
      return settle('registered');
    },
    current: () => registered,
    release,
  };
}
