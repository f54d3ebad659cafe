import type { Translate } from '../../shared/i18n/index.ts';
import type { SchedulerEvent, SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import type { AppCommands } from '../app-commands.ts';
import { createBreakFlow } from '../break-flow.ts';
import { type BreakSessionOwner, createBreakSessionOwner } from '../break-session.ts';
import type { Logger } from '../logger.ts';
import { createBreakNotifier } from '../notifications/break-notice.ts';
import { showInfoNotification } from '../notifications/info-notification.ts';
import { systemMonotonicClock } from '../scheduler/index.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { StatisticsStore } from '../statistics/statistics-store.ts';
import type { WindowManager } from '../windows/window-manager.ts';
import type { EventHub } from './event-hub.ts';

export interface BreaksSetupDeps {
  readonly platform: NodeJS.Platform;
  readonly log: Logger;
  readonly settings: Pick<SettingsService, 'get'>;
  readonly stats: Pick<
    StatisticsStore,
    'recordOffered' | 'recordPostponed' | 'recordBreakEnded' | 'recordHeld' | 'recordFloorSession'
  >;
  readonly windows: Pick<WindowManager, 'showBreak' | 'closeBreakWindows' | 'showNotice'>;
  readonly scheduler: Pick<Scheduler, 'beginBreak' | 'completeBreak'>;
  readonly commands: Pick<AppCommands, 'startBreak' | 'postpone' | 'skip'>;
  readonly events: EventHub<SchedulerEvent>;
  readonly snapshots: EventHub<SchedulerSnapshot>;
  /** The commands mark a floor session just around its start (BreakFlow.expectFloor). */
  readonly floorMarks: Pick<EventHub<boolean>, 'subscribe'>;
  readonly t: () => Translate;
}

/** The notice, the break session main owns, and the flow between the scheduler and the windows. */
export function setupBreaks(deps: BreaksSetupDeps): {
  readonly sessions: BreakSessionOwner;
  dispose(): void;
} {
  const sessions = createBreakSessionOwner({
    settings: () => deps.settings.get(),
    nowMs: () => systemMonotonicClock.nowMs(),
    scheduler: deps.scheduler,
  });
  const notifier = createBreakNotifier({
    platform: deps.platform,
    log: deps.log,
    showNoticeWindow: () => deps.windows.showNotice(),
    onAction: (action) => {
      if (action === 'start') deps.commands.startBreak(sessions.current()?.kind ?? 'breathing');
      else if (action === 'postpone') deps.commands.postpone();
      else if (action === 'skip') deps.commands.skip();
      else deps.windows.showNotice();
    },
  });
  const flow = createBreakFlow({
    sessions,
    stats: deps.stats,
    wallNowMs: () => Date.now(),
    notice: {
      show: (event) => notifier.show(event, deps.t(), deps.settings.get().postpone.minutes),
      dismiss: () => notifier.dismiss(),
    },
    windows: deps.windows,
    // Silent, like every info notification: a break has waited an hour; never a window.
    quietNotice: () =>
      showInfoNotification(deps.t()('busy.quiet-notice.title'), deps.t()('busy.quiet-notice.body')),
    onSnapshot: (snapshot) => deps.snapshots.emit(snapshot),
    log: deps.log,
  });
  const stop = deps.events.subscribe((event) => flow.handle(event));
  const stopFloorMarks = deps.floorMarks.subscribe((floor) => flow.expectFloor(floor));
  return {
    sessions,
    dispose() {
      stop();
      stopFloorMarks();
      notifier.dismiss();
    },
  };
}
