import type {
  BusyQuietNoticeEvent,
  NoticeEvent,
  SchedulerEvent,
  SchedulerSnapshot,
} from '../shared/scheduler-types.ts';
import type { BreakSessionOwner } from './break-session.ts';
import type { Logger } from './logger.ts';
import { account, initialAccounting, writeRecords } from './statistics/break-accounting.ts';
import type { StatisticsStore } from './statistics/statistics-store.ts';

/**
 * Drives what the user sees from the scheduler's events: the notice, the break window and the
 * session main hands it. What the statistics keep is decided by the pure `account` step.
 * Electron-free; the windows and the notice are ports.
 */

export interface BreakFlowDeps {
  readonly sessions: Pick<BreakSessionOwner, 'open' | 'close'>;
  readonly stats: Pick<
    StatisticsStore,
    'recordOffered' | 'recordPostponed' | 'recordBreakEnded' | 'recordHeld' | 'recordFloorSession'
  >;
  readonly wallNowMs: () => number;
  readonly notice: { show(event: NoticeEvent): void; dismiss(): void };
  /** The one quiet notification after a break has been held for an hour (never a window). */
  readonly quietNotice: (event: BusyQuietNoticeEvent) => void;
  readonly windows: {
    /** `floor`: the break window opens at the floor session's size. */
    showBreak(options: { readonly focus: boolean; readonly floor: boolean }): void;
    closeBreakWindows(): void;
  };
  readonly onSnapshot: (snapshot: SchedulerSnapshot) => void;
  readonly log: Logger;
}

export interface BreakFlow {
  handle(event: SchedulerEvent): void;
  /**
   * Set just before the user's own start of a breathing break that is a floor session, cleared
   * right after: the scheduler does not know floor sessions, the session and statistics do.
   */
  expectFloor(floor: boolean): void;
}

export function createBreakFlow(deps: BreakFlowDeps): BreakFlow {
  let accounting = initialAccounting;
  let noticeShown = false;
  // The break window that finished the last break may still show its done screen.
  let doneScreenUp = false;
  let floorExpected = false;
  // The running break is a floor session: it ends as its own kind in the statistics.
  let floorRunning = false;

  function keepStatistics(event: SchedulerEvent): void {
    const step = account(accounting, event, floorRunning);
    accounting = step.state;
    writeRecords(deps.stats, step.records, deps.wallNowMs(), (message) => deps.log.warn(message));
  }

  return {
    handle(event) {
      keepStatistics(event);
      switch (event.type) {
        case 'notice':
          // A done screen left untouched must not hold the screen (or block the notice window)
          // when the next break is announced.
          if (doneScreenUp) deps.windows.closeBreakWindows();
          doneScreenUp = false;
          noticeShown = true;
          deps.sessions.open({ kind: event.kind, source: 'scheduled' });
          deps.notice.show(event);
          return;
        case 'break-started':
          floorRunning = floorExpected && event.kind === 'breathing';
          floorExpected = false;
          deps.sessions.open({ ...event, floor: floorRunning });
          // A done screen still open is reloaded for this break by showBreak.
          doneScreenUp = false;
          deps.notice.dismiss();
          // Someone who saw the notice (or asked for the break) is ready for it; an unannounced
          // break must not grab the keyboard from someone typing.
          deps.windows.showBreak({ focus: noticeShown || event.source === 'manual', floor: floorRunning });
          return;
        case 'break-ended':
          deps.notice.dismiss();
          // The break window that finished the break shows its done screen and closes itself
          // (window:close, or its own calm timeout); any other end takes the window away.
          if (event.endedBy === 'window') doneScreenUp = true;
          else deps.windows.closeBreakWindows();
          noticeShown = false;
          floorRunning = false;
          if (event.outcome !== 'postponed') deps.sessions.close(event);
          else deps.sessions.close();
          return;
        case 'busy-quiet-notice':
          deps.quietNotice(event);
          return;
        case 'busy-held':
        case 'busy-check':
          // Held breaks are counted by `account`; main's busy monitor answers the check (setupBusy).
          return;
        case 'state-changed':
          // A notice that ends without a break (skipped, paused, locked) must not leave the notice up.
          if (event.snapshot.notice === null && event.snapshot.current === null && noticeShown) {
            deps.notice.dismiss();
            deps.windows.closeBreakWindows();
            noticeShown = false;
            deps.sessions.close();
          }
          deps.onSnapshot(event.snapshot);
          return;
      }
    },
    expectFloor(floor) {
      floorExpected = floor;
    },
  };
}
