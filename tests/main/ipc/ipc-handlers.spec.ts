import { describe, expect, it } from 'vitest';
import type { AppCommands } from '../../../main/app-commands.ts';
import { createAppCommands } from '../../../main/app-commands.ts';
import { createIpcGateway } from '../../../main/ipc/ipc-gateway.ts';
import { type IpcHandlerDeps, setupIpcHandlers } from '../../../main/ipc/ipc-handlers.ts';
import { createMemoryLogger } from '../../../main/logger.ts';
import type { WindowKind } from '../../../main/windows/window-options.ts';
import { FakeWebContents, ipcMain, resetFakeElectron } from '../fakes/fake-electron.ts';
import { configWith } from '../scheduler/config-helpers.ts';
import { createHarness, MINUTE, SECOND } from '../scheduler/fakes.ts';

// The real gateway (validation) and handlers over the real scheduler on a simulated clock; only
// the services the break channels do not touch are left out.
function setup() {
  resetFakeElectron();
  const log = createMemoryLogger();
  const h = createHarness(configWith());
  const windows = new Map<FakeWebContents, WindowKind>();
  const open = (kind: WindowKind) => {
    const contents = new FakeWebContents();
    windows.set(contents, kind);
    return contents;
  };
  const commands: AppCommands = createAppCommands({
    scheduler: h.scheduler,
    openWindow: () => {},
    setAutostart: async () => {},
    autostartEnabled: async () => false,
    quit: () => {},
    log,
  });
  const unused = () => {
    throw new Error('not used by these tests');
  };
  const deps: IpcHandlerDeps = {
    scheduler: h.scheduler,
    settings: { get: unused, update: unused, reset: unused, consumeResetNotice: unused },
    stats: { lastDays: unused, recordFeeling: unused, recordCheckin: unused, exportCsv: unused },
    commands,
    session: () => null,
    autostart: unused,
    appInfo: unused,
    wallNowMs: () => h.clock.wall.nowMs(),
    saveCsv: unused,
    windowKindOf: (sender) => windows.get(sender as unknown as FakeWebContents) ?? null,
    closeWindowOf: () => {},
  };
  setupIpcHandlers(createIpcGateway({ ipcMain, isTrustedSender: () => true, log }), deps);
  const invoke = (contents: FakeWebContents, channel: string, payload: unknown) =>
    ipcMain.invoke(channel, contents.invokeEvent(), payload);
  return { h, open, invoke };
}

describe('break:begin', () => {
  it('re-bases the running break on the chosen pattern and length when the break window asks', async () => {
    const { h, open, invoke } = setup();
    const breakWindow = open('break');
    h.scheduler.startNow('breathing');
    h.work(20 * SECOND);
    expect(await invoke(breakWindow, 'break:begin', { patternId: 'box', durationMs: 303_000 })).toEqual({
      ok: true,
      value: null,
    });
    expect(h.snap().current).toEqual(
      expect.objectContaining({ patternId: 'box', durationMs: 303_000, source: 'manual' }),
    );
    // Past the default length plus the overrun, the break the user chose is still running.
    h.work(4 * MINUTE);
    expect(h.snap().state).toBe('in-break');
    expect(await invoke(breakWindow, 'break:complete', { outcome: 'taken', breathedSeconds: 300 })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('is refused from any window but the break window, and changes nothing', async () => {
    const { h, open, invoke } = setup();
    h.scheduler.startNow('breathing');
    const before = h.snap();
    for (const kind of ['panel', 'app', 'notice'] as const) {
      expect(await invoke(open(kind), 'break:begin', { durationMs: 303_000 })).toEqual({
        ok: false,
        error: { code: 'forbidden', message: expect.any(String) },
      });
    }
    expect(await invoke(new FakeWebContents(), 'break:begin', { durationMs: 303_000 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(h.snap()).toEqual(before);
  });

  it('answers a scheduler refusal as a not-allowed value, and a bad payload before any handler', async () => {
    const { h, open, invoke } = setup();
    const breakWindow = open('break');
    expect(await invoke(breakWindow, 'break:begin', { durationMs: 60_000 })).toEqual({
      ok: false,
      error: { code: 'not-allowed', message: 'No break is running.' },
    });
    h.scheduler.startNow('breathing');
    expect(await invoke(breakWindow, 'break:begin', { durationMs: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(h.snap().current?.durationMs).toBe(MINUTE);
  });

  it('refuses to shorten a scheduled break in strict mode', async () => {
    const { h, open, invoke } = setup();
    h.scheduler.updateConfig(configWith({ strict: true }));
    h.work(25 * MINUTE);
    expect(h.snap().current?.source).toBe('scheduled');
    expect(await invoke(open('break'), 'break:begin', { durationMs: 30_000 })).toEqual({
      ok: false,
      error: { code: 'not-allowed', message: expect.stringContaining('Strict mode') },
    });
    expect(h.snap().current?.durationMs).toBe(MINUTE);
  });
});

describe('break:start', () => {
  it('starts the break with durationSeconds as its length', async () => {
    const { h, open, invoke } = setup();
    expect(
      await invoke(open('app'), 'break:start', { kind: 'breathing', patternId: 'box', durationSeconds: 300 }),
    ).toEqual({ ok: true, value: null });
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({ kind: 'breathing', patternId: 'box', durationMs: 300_000 }),
    ]);
    h.work(7 * MINUTE - 1);
    expect(h.snap().state).toBe('in-break');
  });

  it('uses the configured length without durationSeconds', async () => {
    const { h, open, invoke } = setup();
    await invoke(open('panel'), 'break:start', { kind: 'stretch' });
    expect(h.snap().current).toEqual(expect.objectContaining({ kind: 'stretch', durationMs: 5 * MINUTE }));
  });
});

describe('break:complete', () => {
  it('is refused from the panel', async () => {
    const { h, open, invoke } = setup();
    h.scheduler.startNow('breathing');
    expect(
      await invoke(open('panel'), 'break:complete', { outcome: 'taken', breathedSeconds: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h.snap().state).toBe('in-break');
  });
});
