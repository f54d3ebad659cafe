import { describe, expect, it } from 'vitest';
import { createIpcGateway } from '../../../main/ipc/ipc-gateway.ts';
import { type IpcHandlerDeps, setupIpcHandlers } from '../../../main/ipc/ipc-handlers.ts';
import { createMemoryLogger } from '../../../main/logger.ts';
import type { WindowKind } from '../../../main/windows/window-options.ts';
import { FakeWebContents, ipcMain, resetFakeElectron } from '../fakes/fake-electron.ts';

// The app:info handler over the real gateway; the settings service is reduced to its notice.
function setup(noticePending: boolean) {
  resetFakeElectron();
  let pending = noticePending;
  let consumed = 0;
  const windows = new Map<FakeWebContents, WindowKind>();
  const open = (kind: WindowKind) => {
    const contents = new FakeWebContents();
    windows.set(contents, kind);
    return contents;
  };
  const unused = () => {
    throw new Error('not used by these tests');
  };
  const deps: IpcHandlerDeps = {
    scheduler: { snapshot: unused },
    settings: {
      get: unused,
      update: unused,
      reset: unused,
      consumeResetNotice: () => {
        consumed += 1;
        const was = pending;
        pending = false;
        return was;
      },
    },
    stats: { lastDays: unused, recordFeeling: unused, recordCheckin: unused, exportCsv: unused },
    commands: {
      startBreak: unused,
      postpone: unused,
      skip: unused,
      pause: unused,
      resume: unused,
      openWindow: unused,
      toggleAutostart: unused,
      quit: unused,
    },
    sessions: {
      current: () => null,
      choose: unused,
      started: unused,
      paused: unused,
      resumed: unused,
      finish: unused,
    },
    autostart: unused,
    appInfo: () => ({
      name: 'Breathing Room',
      version: '1.2.3',
      platform: 'linux',
      systemLocale: 'nl',
      defaultPatternFellBack: false,
    }),
    wallNowMs: () => 0,
    saveCsv: unused,
    windowKindOf: (sender) => windows.get(sender as unknown as FakeWebContents) ?? null,
    closeWindowOf: () => {},
  };
  setupIpcHandlers(
    createIpcGateway({ ipcMain, isTrustedSender: () => true, log: createMemoryLogger() }),
    deps,
  );
  const wasReset = async (contents: FakeWebContents) => {
    const answer = (await ipcMain.invoke('app:info', contents.invokeEvent())) as {
      ok: boolean;
      value: { settingsWereReset: boolean; version: string };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.version).toBe('1.2.3');
    return answer.value.settingsWereReset;
  };
  return { open, wasReset, consumedCount: () => consumed };
}

describe('app:info and the settings-reset notice', () => {
  it('the panel and break window asking first do not use up the notice; the app window gets it', async () => {
    const { open, wasReset, consumedCount } = setup(true);
    expect(await wasReset(open('panel'))).toBe(false);
    expect(await wasReset(open('break'))).toBe(false);
    expect(await wasReset(open('notice'))).toBe(false);
    expect(consumedCount()).toBe(0);
    const app = open('app');
    expect(await wasReset(app)).toBe(true);
  });

  it('every part of that app window that asks sees it; a later app window does not', async () => {
    const { open, wasReset } = setup(true);
    const app = open('app');
    expect(await wasReset(app)).toBe(true);
    expect(await wasReset(app)).toBe(true);
    expect(await wasReset(open('app'))).toBe(false);
  });

  it('is false everywhere when the settings were read fine', async () => {
    const { open, wasReset } = setup(false);
    expect(await wasReset(open('app'))).toBe(false);
    expect(await wasReset(open('panel'))).toBe(false);
  });
});
