import type { Translate } from '../../shared/i18n/index.ts';
import { createCheckinReminder } from '../checkin-reminder.ts';
import { createCheckinNotifier } from '../notifications/checkin-notification.ts';
import { createSystemTimer, systemWallClock } from '../scheduler/index.ts';
import type { Timer, WallClock } from '../scheduler/ports.ts';
import type { SettingsService } from '../settings/settings-service.ts';

export interface CheckinSetupDeps {
  readonly settings: Pick<SettingsService, 'get' | 'onChange'>;
  /** The system's by default. */
  readonly wall?: WallClock;
  readonly timer?: Timer;
  readonly t: () => Translate;
  readonly openCheckin: () => void;
}

/** The weekly check-in reminder, following its settings; `refresh` after the wall time moved. */
export function setupCheckin(deps: CheckinSetupDeps): { refresh(): void; dispose(): void } {
  const notifier = createCheckinNotifier(deps.openCheckin);
  const reminder = createCheckinReminder(
    {
      wall: deps.wall ?? systemWallClock,
      timer: deps.timer ?? createSystemTimer(),
      remind: () =>
        notifier.show(
          deps.t()('notifications.checkin-reminder-title'),
          deps.t()('notifications.checkin-reminder-body'),
        ),
    },
    deps.settings.get().checkinReminder,
  );
  const stopFollowing = deps.settings.onChange((next) => reminder.update(next.checkinReminder));
  return {
    refresh: () => reminder.refresh(),
    dispose() {
      stopFollowing();
      reminder.dispose();
      notifier.dismiss();
    },
  };
}
