import type { BusyReason } from '../../../shared/domain/busy.ts';
import type { BusyProbe } from '../busy-probe.ts';
import { QUNS, type WindowsApi } from './windows-api.ts';

/**
 * SHQueryUserNotificationState: Windows' own answer to "may an app bother the user now". It
 * sees full-screen apps (BUSY, D3D full screen, a full-screen Store app), presentation mode
 * (PowerPoint's slide show, `presentationsettings`), and the quiet time after a first sign-in.
 * Focus Assist / Do Not Disturb of Windows 10 and 11 is not part of it (no public API tells).
 * Windows sends no signal for it, so the probe is sampled.
 */

const REASONS_BY_STATE: ReadonlyMap<number, readonly BusyReason[]> = new Map([
  // Screen saver, lock or another user's session: the scheduler's lock handling covers it.
  [QUNS.NOT_PRESENT, []],
  [QUNS.BUSY, ['fullscreen']],
  [QUNS.RUNNING_D3D_FULL_SCREEN, ['fullscreen']],
  [QUNS.PRESENTATION_MODE, ['presentation']],
  [QUNS.ACCEPTS_NOTIFICATIONS, []],
  [QUNS.QUIET_TIME, ['do-not-disturb']],
  [QUNS.APP, ['fullscreen']],
]);

export function createWindowsNotificationStateProbe(api: () => Promise<WindowsApi>): BusyProbe {
  return {
    source: 'windows-notification-state',
    reasons: ['fullscreen', 'presentation', 'do-not-disturb'],
    read: async () => {
      const state = await (await api()).notificationState();
      const on = REASONS_BY_STATE.get(state);
      if (on === undefined) throw new Error(`unknown notification state ${state}`);
      return { on };
    },
    dispose: () => {},
  };
}
