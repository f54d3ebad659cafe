import type { Translate } from '../../shared/i18n/index.ts';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import type { Settings } from '../../shared/settings/types.ts';
import type { AppCommands } from '../app-commands.ts';
import { startFloorSession } from '../floor-start.ts';
import { createClickNotifier } from '../notifications/click-notification.ts';
import { createLocalReminder, type LocalReminderSettings } from '../reminders/local-reminder.ts';
import { createSystemTimer, systemWallClock } from '../scheduler/index.ts';
import type { Timer, WallClock } from '../scheduler/ports.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { WindowManager } from '../windows/window-manager.ts';
import type { EventHub } from './event-hub.ts';

export interface RemindersSetupDeps {
  readonly settings: Pick<SettingsService, 'get' | 'onChange'>;
  /** The system's by default. */
  readonly wall?: WallClock;
  /** One timer per reminder; the system's by default. */
  readonly timers?: { readonly checkin: Timer; readonly floor: Timer };
  readonly t: () => Translate;
  /** Opens the check-in page when its reminder is clicked. */
  readonly windows: Pick<WindowManager, 'openApp'>;
  /** Starts the floor session when the evening invitation is clicked. */
  readonly commands: Pick<AppCommands, 'startBreak'>;
  /** What the scheduler says now; read only when the evening invitation is due. */
  readonly scheduler: Pick<Scheduler, 'snapshot'>;
  /** Hints that the wall time moved (resume, a clock change): both reminders look again. */
  readonly wallMoves: Pick<EventHub<void>, 'subscribe'>;
}

/**
 * An evening invitation found more than this late (the laptop slept through it) is let go for
 * that day: at midnight "lie down and breathe this evening" is no longer an invitation.
 */
export const FLOOR_INVITATION_STALE_MS = 2 * 60 * 60 * 1000;

/**
 * Not now: the user asked for quiet, is away behind a lock or asleep, is in a break or has a
 * break notice on screen, or breaks are held because they present or are in a call.
 */
export function isQuietForInvitation(snapshot: SchedulerSnapshot): boolean {
  const quietStates: readonly SchedulerSnapshot['state'][] = ['suspended', 'locked', 'in-break', 'notice'];
  return snapshot.paused || snapshot.busy.length > 0 || quietStates.includes(snapshot.state);
}

/**
 * The weekly check-in reminder and the daily evening invitation to lie down and breathe, each
 * following its settings and looking again whenever the wall time moved.
 */
export function setupReminders(deps: RemindersSetupDeps): { dispose(): void } {
  const wall = deps.wall ?? systemWallClock;
  const checkinNotifier = createClickNotifier(() => deps.windows.openApp('checkin'));
  const floorNotifier = createClickNotifier(() => startFloorSession(deps.commands));
  const checkin = createLocalReminder(
    {
      wall,
      timer: deps.timers?.checkin ?? createSystemTimer(),
      remind: () =>
        checkinNotifier.show(
          deps.t()('notifications.checkin-reminder-title'),
          deps.t()('notifications.checkin-reminder-body'),
        ),
    },
    deps.settings.get().checkinReminder,
  );
  const floor = createLocalReminder(
    {
      wall,
      timer: deps.timers?.floor ?? createSystemTimer(),
      staleAfterMs: FLOOR_INVITATION_STALE_MS,
      remind: () => {
        if (isQuietForInvitation(deps.scheduler.snapshot())) return;
        floorNotifier.show(
          deps.t()('notifications.floor-invitation-title'),
          deps.t()('notifications.floor-invitation-body'),
        );
      },
    },
    daily(deps.settings.get()),
  );
  const stopFollowing = deps.settings.onChange((next) => {
    checkin.update(next.checkinReminder);
    floor.update(daily(next));
  });
  const stopWatchingWall = deps.wallMoves.subscribe(() => {
    checkin.refresh();
    floor.refresh();
  });
  return {
    dispose() {
      stopWatchingWall();
      stopFollowing();
      checkin.dispose();
      floor.dispose();
      checkinNotifier.dismiss();
      floorNotifier.dismiss();
    },
  };
}

function daily(settings: Settings): LocalReminderSettings {
  return { enabled: settings.floorInvitation.enabled, minutes: settings.floorInvitation.minutes };
}
