import type { AppInfo, AutostartState, BreakSession } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';
import type { DayStats } from '../../shared/statistics-types.ts';
import type { AppCommands } from '../app-commands.ts';
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
  readonly scheduler: Pick<Scheduler, 'snapshot' | 'beginBreak' | 'completeBreak'>;
  readonly settings: Pick<SettingsService, 'get' | 'update' | 'reset' | 'consumeResetNotice'>;
  readonly stats: Pick<StatisticsStore, 'lastDays' | 'recordFeeling' | 'recordCheckin' | 'exportCsv'>;
  readonly commands: AppCommands;
  readonly session: () => BreakSession | null;
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
function schedulerAnswer(action: () => void) {
  try {
    action();
    return ok(null);
  } catch (error) {
    if (isSchedulerError(error)) return fail('not-allowed', error.message);
    throw error;
  }
}

export function setupIpcHandlers(gateway: IpcGateway, deps: IpcHandlerDeps): void {
  gateway.handle('settings:get', () => ok(deps.settings.get()));
  gateway.handle('settings:update', (patch) => settingsAnswer(deps.settings.update(patch)));
  gateway.handle('settings:reset', () => settingsAnswer(deps.settings.reset()));
  gateway.handle('scheduler:get', () => ok(deps.scheduler.snapshot()));
  gateway.handle('break:session', () => ok(deps.session()));
  gateway.handle('break:start', ({ kind, patternId, durationSeconds }) =>
    refusedOr(
      deps.commands.startBreak(
        kind,
        patternId,
        durationSeconds === undefined ? undefined : durationSeconds * 1000,
      ),
    ),
  );
  // Only the break window can begin or finish a break; the panel or app window asking is a bug or worse.
  gateway.handle('break:begin', ({ durationMs, patternId }, { event }) => {
    if (deps.windowKindOf(event.sender) !== 'break')
      return fail('forbidden', 'Only the break window can begin a break.');
    return schedulerAnswer(() =>
      deps.scheduler.beginBreak(patternId === undefined ? { durationMs } : { durationMs, patternId }),
    );
  });
  gateway.handle('break:complete', ({ outcome, breathedSeconds }, { event }) => {
    if (deps.windowKindOf(event.sender) !== 'break')
      return fail('forbidden', 'Only the break window can finish a break.');
    return schedulerAnswer(() => deps.scheduler.completeBreak(outcome, Math.round(breathedSeconds * 1000)));
  });
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
