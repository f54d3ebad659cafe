import { pickStretchRoutine } from '../shared/exercises/routine.ts';
import type { BreakSession } from '../shared/ipc-contract.ts';
import type {
  BreakKind,
  CurrentBreakInfo,
  NoticeEvent,
  SchedulerEvent,
  SchedulerSnapshot,
} from '../shared/scheduler-types.ts';
import type { Settings } from '../shared/settings/types.ts';
import type { Logger } from './logger.ts';
import type { StatisticsStore } from './statistics/statistics-store.ts';

/**
 * Turns scheduler events into what the user sees and what statistics keep: the notice, the break
 * window, the session the break window asks for, and the day's counts. Electron-free; the
 * windows and notice are ports.
 */

export interface BreakFlowDeps {
  readonly settings: () => Settings;
  readonly stats: Pick<StatisticsStore, 'recordOffered' | 'recordPostponed' | 'recordBreakEnded'>;
  readonly wallNowMs: () => number;
  readonly notice: { show(event: NoticeEvent): void; dismiss(): void };
  readonly windows: { showBreak(options: { readonly focus: boolean }): void; closeBreakWindows(): void };
  readonly onSnapshot: (snapshot: SchedulerSnapshot) => void;
  readonly log: Logger;
}

export interface BreakFlow {
  handle(event: SchedulerEvent): void;
  /** What the break window shows: the running break, or the one the notice announces. */
  session(): BreakSession | null;
}

/**
 * The break window began the break with its chosen pattern and length (`break:begin`): a reload
 * of the window must show that, not the length the break started with. The exercises of a
 * stretch break stay as they are, so the routine on screen never changes under the user.
 */
function followBegin(session: BreakSession | null, current: CurrentBreakInfo | null): BreakSession | null {
  if (session === null || current === null || current.kind !== session.kind) return session;
  const patternId = current.patternId ?? session.patternId;
  if (current.durationMs === session.durationMs && patternId === session.patternId) return session;
  return { ...session, patternId, durationMs: current.durationMs };
}

export function createBreakFlow(deps: BreakFlowDeps): BreakFlow {
  let session: BreakSession | null = null;
  let offeredKind: BreakKind | null = null;
  let noticeShown = false;
  // The break window that finished the last break may still show its done screen.
  let doneScreenUp = false;
  let rotation = 0;

  function sessionFor(
    kind: BreakKind,
    durationMs: number,
    source: BreakSession['source'],
    patternId?: BreakSession['patternId'],
  ): BreakSession {
    const settings = deps.settings();
    const exerciseIds =
      kind === 'stretch'
        ? pickStretchRoutine({
            durationSeconds: Math.round(durationMs / 1000),
            includeFloor: settings.stretch.includeFloor,
            rotation,
          }).map((exercise) => exercise.id)
        : [];
    return {
      kind,
      patternId: patternId ?? settings.breathing.patternId,
      durationMs,
      exerciseIds,
      // Strict mode binds the breaks the app offers, never one the user started by hand.
      strict: settings.strictMode && source === 'scheduled',
      source,
    };
  }

  function plannedDurationMs(kind: BreakKind): number {
    const settings = deps.settings();
    return kind === 'breathing'
      ? settings.breathing.durationSeconds * 1000
      : settings.stretch.durationMinutes * 60_000;
  }

  function check(result: { ok: boolean; error?: string }, what: string): void {
    if (!result.ok) deps.log.warn(`statistics: could not record ${what}: ${result.error ?? 'unknown'}`);
  }

  return {
    handle(event) {
      const now = deps.wallNowMs();
      switch (event.type) {
        case 'notice':
          // A done screen left untouched must not hold the screen (or block the notice window)
          // when the next break is announced.
          if (doneScreenUp) deps.windows.closeBreakWindows();
          doneScreenUp = false;
          if (offeredKind === null) check(deps.stats.recordOffered(event.kind, now), 'an offered break');
          offeredKind = event.kind;
          noticeShown = true;
          session = sessionFor(event.kind, plannedDurationMs(event.kind), 'scheduled');
          deps.notice.show(event);
          return;
        case 'break-started': {
          if (event.source === 'scheduled' && offeredKind === null) {
            check(deps.stats.recordOffered(event.kind, now), 'an offered break');
            offeredKind = event.kind;
          }
          session = sessionFor(event.kind, event.durationMs, event.source, event.patternId);
          // A done screen still open is reloaded for this break by showBreak.
          doneScreenUp = false;
          deps.notice.dismiss();
          // Someone who saw the notice (or asked for the break) is ready for it; an unannounced
          // break must not grab the keyboard from someone typing.
          deps.windows.showBreak({ focus: noticeShown || event.source === 'manual' });
          return;
        }
        case 'break-ended':
          deps.notice.dismiss();
          // The break window that finished the break shows its done screen and closes itself
          // (window:close, or its own calm timeout); any other end takes the window away.
          if (event.endedBy === 'window') doneScreenUp = true;
          else deps.windows.closeBreakWindows();
          session = null;
          noticeShown = false;
          // Skipping or postponing a scheduled break nobody announced yet (tray "Skip next break"
          // before its notice) still declined an offer: count it, so skipped never exceeds offered.
          if (
            event.source === 'scheduled' &&
            event.outcome !== 'natural' &&
            event.outcome !== 'taken' &&
            offeredKind === null
          ) {
            check(deps.stats.recordOffered(event.kind, now), 'an offered break');
            offeredKind = event.kind;
          }
          if (event.outcome === 'postponed') {
            check(deps.stats.recordPostponed(event.kind, now), 'a postponed break');
            return;
          }
          offeredKind = null;
          if (event.kind === 'stretch' && event.outcome === 'taken') rotation += 1;
          check(
            deps.stats.recordBreakEnded(event.kind, event.outcome, (event.breathedMs ?? 0) / 1000, now),
            'a finished break',
          );
          return;
        case 'state-changed':
          // A notice that ends without a break (skipped, paused, locked) must not leave the notice up.
          if (event.snapshot.notice === null && event.snapshot.current === null && noticeShown) {
            deps.notice.dismiss();
            deps.windows.closeBreakWindows();
            noticeShown = false;
            session = null;
          }
          session = followBegin(session, event.snapshot.current);
          deps.onSnapshot(event.snapshot);
          return;
      }
    },
    session: () => session,
  };
}
