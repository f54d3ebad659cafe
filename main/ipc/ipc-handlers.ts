import type { AppInfo, AutostartState } from '../../shared/ipc-contract.ts';
import { unknownPatternError } from '../../shared/ipc-validate.ts';
import type { Settings } from '../../shared/settings/types.ts';
import type { DayStats } from '../../shared/statistics-types.ts';
import type { AppCommands } from '../app-commands.ts';
import type { BreakSessionOwner } from '../break-session.ts';
import { isSchedulerError } from '../scheduler/errors.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { SettingsService, SettingsUpdateResult } from '../settings/settings-service.ts';
import type { StatisticsStore } from '../statistics/statistics-store.ts';
import type { WindowKind } from '../windows/window-options.ts';
import { fail, type IpcGateway, ok } from './ipc-gateway.ts';

/**
 * Every invoke channel of the contract, wired to the services. Payloads arrive validated (the
 * gateway did that); here each request becomes one service call and its answer an IpcResult.
 */

export interface IpcHandlerDeps {
  readonly scheduler: Pick<Scheduler, 'snapshot'>;
  readonly settings: Pick<SettingsService, 'get' | 'update' | 'reset' | 'consumeResetNotice'>;
  readonly stats: Pick<StatisticsStore, 'lastDays' | 'recordFeeling' | 'recordCheckin' | 'exportCsv'>;
  readonly commands: AppCommands;
  readonly sessions: Pick<
    BreakSessionOwner,
    'current' | 'choose' | 'started' | 'paused' | 'resumed' | 'finish'
  >;
  readonly autostart: () => Promise<AutostartState>;
  readonly appInfo: () => Omit<AppInfo, 'settingsWereReset'>;
  readonly wallNowMs: () => number;
  /** Asks where to save and writes the file; resolves to the path, or null when cancelled. */
  readonly saveCsv: (csv: string, sender: Electron.WebContents) => Promise<string | null>;
  readonly windowKindOf: (sender: Electron.WebContents) => WindowKind | null;
  readonly closeWindowOf: (sender: Electron.WebContents) => void;
}

function settingsAnswer(result: SettingsUpdateResult) {
  if (result.ok) return ok<Settings>(result.settings);
  return fail('invalid-settings', result.message, result.errors);
}

function refusedOr(reason: string | null) {
  return reason === null ? ok(null) : fail('not-allowed', reason);
}

/** A scheduler refusal (no break, strict mode, bad length) is an answer; anything else is a bug. */
function schedulerAnswer<T>(action: () => T) {
  try {
    return ok(action());
  } catch (error) {
    if (isSchedulerError(error)) return fail('not-allowed', error.message);
    throw error;
  }
}

function schedulerDone(action: () => void) {
  return schedulerAnswer(() => {
    action();
    return null;
  });
}

export function setupIpcHandlers(gateway: IpcGateway, deps: IpcHandlerDeps): void {
  gateway.handle('settings:get', () => ok(deps.settings.get()));
  gateway.handle('settings:update', (patch) => settingsAnswer(deps.settings.update(patch)));
  gateway.handle('settings:reset', () => settingsAnswer(deps.settings.reset()));
  gateway.handle('scheduler:get', () => ok(deps.scheduler.snapshot()));
  gateway.handle('break:session', () => ok(deps.sessions.current()));
  // A pattern id passed the payload's shape check; whether it exists depends on the settings now.
  const unknownPattern = (patternId: string | undefined) => {
    const error = unknownPatternError(deps.settings.get(), patternId);
    return error === null ? null : ({ ok: false, error } as const);
  };
  gateway.handle(
    'break:start',
    ({ kind, patternId, durationSeconds, floor }) =>
      unknownPattern(patternId) ??
      refusedOr(
        deps.commands.startBreak(
          kind,
          patternId,
          durationSeconds === undefined ? undefined : durationSeconds * 1000,
          floor === true,
        ),
      ),
  );
  // Only the break window tells main what happens in a break; the panel or app window asking is a bug or worse.
  const fromBreakWindow = (sender: Electron.WebContents) => deps.windowKindOf(sender) === 'break';
  const breakWindowOnly = fail('forbidden', 'Only the break window can do this.');
  gateway.handle('break:choose', ({ patternId, requestedMs }, { event }) =>
    fromBreakWindow(event.sender)
      ? (unknownPattern(patternId) ?? schedulerAnswer(() => deps.sessions.choose(patternId, requestedMs)))
      : breakWindowOnly,
  );
  gateway.handle('break:started', (_payload, { event }) =>
    fromBreakWindow(event.sender) ? schedulerDone(() => deps.sessions.started()) : breakWindowOnly,
  );
  gateway.handle('break:paused', (_payload, { event }) =>
    fromBreakWindow(event.sender)
      ? schedulerAnswer(() => ({ endsInMs: deps.sessions.paused() }))
      : breakWindowOnly,
  );
  gateway.handle('break:resumed', (_payload, { event }) =>
    fromBreakWindow(event.sender) ? schedulerDone(() => deps.sessions.resumed()) : breakWindowOnly,
  );
  gateway.handle('break:complete', ({ outcome, breathedSeconds }, { event }) =>
    fromBreakWindow(event.sender)
      ? schedulerDone(() => deps.sessions.finish(outcome, breathedSeconds))
      : breakWindowOnly,
  );
  gateway.handle('break:feeling', ({ feeling }) => {
    const result = deps.stats.recordFeeling(feeling, deps.wallNowMs());
    return result.ok ? ok(null) : fail('failed', result.error);
  });
  gateway.handle('break:postpone', () => refusedOr(deps.commands.postpone()));
  gateway.handle('break:skip', () => refusedOr(deps.commands.skip()));
  gateway.handle('schedule:pause', (request) => refusedOr(deps.commands.pause(request)));
  gateway.handle('schedule:resume', () => refusedOr(deps.commands.resume()));
  gateway.handle('stats:days', ({ days }) => ok<readonly DayStats[]>(deps.stats.lastDays(days)));
  gateway.handle('stats:export-csv', async (_payload, { event }) => {
    const path = await deps.saveCsv(deps.stats.exportCsv(), event.sender);
    return ok(path === null ? { saved: false } : { saved: true, path });
  });
  gateway.handle('checkin:save', ({ answers }) => {
    const result = deps.stats.recordCheckin(answers, deps.wallNowMs());
    return result.ok ? ok(null) : fail('failed', result.error);
  });
  gateway.handle('window:open', ({ route }) => {
    deps.commands.openWindow(route);
    return ok(null);
  });
  gateway.handle('window:close', (_payload, { event }) => {
    deps.closeWindowOf(event.sender);
    return ok(null);
  });
  // The settings-reset notice is for the app window, which shows it; the panel and break window
  // also ask for app:info and must not use it up. The app window asks from several places (root,
  // views), so the one that received it keeps getting it for as long as it lives.
  let resetNoticeHolder: Electron.WebContents | null = null;
  gateway.handle('app:info', (_payload, { event }) => {
    let settingsWereReset = false;
    if (deps.windowKindOf(event.sender) === 'app') {
      if (resetNoticeHolder === event.sender) settingsWereReset = true;
      else if (deps.settings.consumeResetNotice()) {
        resetNoticeHolder = event.sender;
        settingsWereReset = true;
      }
    }
    return ok({ ...deps.appInfo(), settingsWereReset });
  });
  gateway.handle('autostart:get', async () => ok(await deps.autostart()));
}
