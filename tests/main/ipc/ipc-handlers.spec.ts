import { describe, expect, it } from 'vitest';
import type { AppCommands } from '../../../main/app-commands.ts';
import { createAppCommands } from '../../../main/app-commands.ts';
import { createBreakSessionOwner } from '../../../main/break-session.ts';
import { createIpcGateway } from '../../../main/ipc/ipc-gateway.ts';
import { type IpcHandlerDeps, setupIpcHandlers } from '../../../main/ipc/ipc-handlers.ts';
import { createMemoryLogger } from '../../../main/logger.ts';
import { plannedBreathingMs, plannedSchedulerConfig } from '../../../main/planned-scheduler-config.ts';
import type { WindowKind } from '../../../main/windows/window-options.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/types.ts';
import { EVENING, settingsWithPatterns } from '../../support/custom-patterns.ts';
import { FakeWebContents, ipcMain, resetFakeElectron } from '../fakes/fake-electron.ts';
import { configWith } from '../scheduler/config-helpers.ts';
import { createHarness, MINUTE, SECOND } from '../scheduler/fakes.ts';

// The real gateway (validation) and handlers over the real scheduler on a simulated clock, with
// main's real session owner between them; only the services the break channels do not touch are
// left out.
function setup(settings: Settings = DEFAULT_SETTINGS) {
  resetFakeElectron();
  const log = createMemoryLogger();
  const h = createHarness(plannedSchedulerConfigFor(settings));
  const floorMarks: boolean[] = [];
  const windows = new Map<FakeWebContents, WindowKind>();
  const open = (kind: WindowKind) => {
    const contents = new FakeWebContents();
    windows.set(contents, kind);
    return contents;
  };
  const sessions = createBreakSessionOwner({
    settings: () => settings,
    nowMs: () => h.clock.monotonic.nowMs(),
    scheduler: h.scheduler,
  });
  const commands: AppCommands = createAppCommands({
    scheduler: h.scheduler,
    plannedBreathingMs: (patternId, requestedMs) =>
      plannedBreathingMs(settings, patternId ?? settings.breathing.patternId, requestedMs),
    openWindow: () => {},
    expectFloor: (floor) => floorMarks.push(floor),
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
    settings: { get: () => settings, update: unused, reset: unused, consumeResetNotice: unused },
    stats: { lastDays: unused, recordFeeling: unused, recordCheckin: unused, exportCsv: unused },
    commands,
    sessions,
    autostart: unused,
    appInfo: unused,
    wallNowMs: () => h.clock.wall.nowMs(),
    saveCsv: unused,
    windowKindOf: (sender) => windows.get(sender as unknown as FakeWebContents) ?? null,
    closeWindowOf: () => {},
  };
  setupIpcHandlers(createIpcGateway({ ipcMain, isTrustedSender: () => true, log }), deps);
  const invoke = (contents: FakeWebContents, channel: string, payload?: unknown) =>
    ipcMain.invoke(channel, contents.invokeEvent(), payload);
  /** What the break flow does on break-started: main opens the session for the break window. */
  const openSession = () => {
    const started = h.ofType('break-started').at(-1);
    if (started) sessions.open(started);
  };
  return { h, open, invoke, openSession, sessions, floorMarks };
}

function plannedSchedulerConfigFor(settings: Settings) {
  return {
    ...configWith(),
    breathing: { ...configWith().breathing, ...plannedSchedulerConfig(settings).breathing },
  };
}

describe('the break intents (break:choose, :started, :paused, :resumed, :complete)', () => {
  it('a hand-started break runs the plan main makes for the setup choice, from the window start', async () => {
    const { h, open, invoke, openSession } = setup();
    const breakWindow = open('break');
    expect(await invoke(open('panel'), 'break:start', { kind: 'breathing' })).toEqual({
      ok: true,
      value: null,
    });
    openSession();
    h.work(20 * SECOND);
    const chosen = await invoke(breakWindow, 'break:choose', { patternId: 'box', requestedMs: 300_000 });
    // Box at 5 minutes: 19 whole cycles of 16 s, plus the pre-roll.
    expect(chosen).toMatchObject({
      ok: true,
      value: { patternId: 'box', durationMs: 307_000, plan: { cycles: 19 } },
    });
    expect(await invoke(breakWindow, 'break:started')).toEqual({ ok: true, value: null });
    expect(h.snap().current).toEqual(
      expect.objectContaining({ patternId: 'box', durationMs: 307_000, source: 'manual' }),
    );
    // Past the default length plus the overrun, the break the user chose is still running.
    h.work(4 * MINUTE);
    expect(h.snap().state).toBe('in-break');
    expect(await invoke(breakWindow, 'break:complete', { outcome: 'taken', breathedSeconds: 400 })).toEqual({
      ok: true,
      value: null,
    });
    // Statistics count what the plan breathes at most (19 x 16 s), not what the window claims.
    expect(h.ofType('break-ended').at(-1)).toMatchObject({ outcome: 'taken', breathedMs: 304_000 });
  });

  it('main keeps the end of a paused break: time left plus the allowance, then the time left', async () => {
    const { h, open, invoke, openSession } = setup();
    const breakWindow = open('break');
    h.scheduler.startNow('breathing', undefined, 63_000);
    openSession();
    await invoke(breakWindow, 'break:started');
    h.work(20 * SECOND);
    expect(await invoke(breakWindow, 'break:paused')).toEqual({
      ok: true,
      value: { endsInMs: 43 * SECOND + 10 * MINUTE },
    });
    // Longer than the whole break plus its overrun: the paused break is still there.
    h.work(8 * MINUTE);
    expect(h.snap().state).toBe('in-break');
    expect(await invoke(breakWindow, 'break:resumed')).toEqual({ ok: true, value: null });
    expect(h.snap().current?.durationMs).toBe(43_000);
  });

  it('are refused from any window but the break window, and change nothing', async () => {
    const { h, open, invoke, openSession } = setup();
    h.scheduler.startNow('breathing');
    openSession();
    const before = h.snap();
    for (const kind of ['panel', 'app', 'notice'] as const) {
      for (const [channel, payload] of [
        ['break:started', undefined],
        ['break:paused', undefined],
        ['break:resumed', undefined],
        ['break:choose', { patternId: 'box', requestedMs: 60_000 }],
        ['break:complete', { outcome: 'taken', breathedSeconds: 1 }],
      ] as const) {
        expect(await invoke(open(kind), channel, payload)).toEqual({
          ok: false,
          error: { code: 'forbidden', message: expect.any(String) },
        });
      }
    }
    expect(await invoke(new FakeWebContents(), 'break:started')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(h.snap()).toEqual(before);
  });

  it('answers a refusal as a not-allowed value, and a bad payload before any handler', async () => {
    const { h, open, invoke, openSession } = setup();
    const breakWindow = open('break');
    expect(await invoke(breakWindow, 'break:started')).toEqual({
      ok: false,
      error: { code: 'not-allowed', message: 'No break is running.' },
    });
    h.scheduler.startNow('breathing');
    openSession();
    expect(await invoke(breakWindow, 'break:choose', { patternId: 'box', requestedMs: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await invoke(breakWindow, 'break:started', { durationMs: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('a strict scheduled break cannot be finished early: the refusal reaches the window as a value', async () => {
    const strict = { ...DEFAULT_SETTINGS, strictMode: true };
    const { h, open, invoke, openSession } = setup(strict);
    h.scheduler.updateConfig({ ...plannedSchedulerConfigFor(strict), strict: true });
    h.work(25 * MINUTE);
    openSession();
    expect(h.snap().current?.source).toBe('scheduled');
    const breakWindow = open('break');
    expect(await invoke(breakWindow, 'break:started')).toEqual({ ok: true, value: null });
    h.work(30 * SECOND);
    expect(await invoke(breakWindow, 'break:complete', { outcome: 'taken', breathedSeconds: 27 })).toEqual({
      ok: false,
      error: { code: 'not-allowed', message: expect.stringContaining('Strict mode') },
    });
    expect(h.snap().state).toBe('in-break');
  });
});

describe('break:start', () => {
  it('starts a breathing break planned from durationSeconds: whole cycles plus the pre-roll', async () => {
    const { h, open, invoke } = setup();
    expect(
      await invoke(open('app'), 'break:start', { kind: 'breathing', patternId: 'box', durationSeconds: 300 }),
    ).toEqual({ ok: true, value: null });
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({ kind: 'breathing', patternId: 'box', durationMs: 3_000 + 19 * 16_000 }),
    ]);
    h.work(7 * MINUTE - 1);
    expect(h.snap().state).toBe('in-break');
  });

  it('starts a floor session as a breathing break, marked for the break flow around the start only', async () => {
    const { h, open, invoke, floorMarks } = setup();
    expect(
      await invoke(open('panel'), 'break:start', { kind: 'breathing', durationSeconds: 300, floor: true }),
    ).toEqual({ ok: true, value: null });
    expect(floorMarks).toEqual([true, false]);
    // Planned like any breathing break: whole breaths plus the pre-roll.
    expect(h.snap().current).toEqual(
      expect.objectContaining({ kind: 'breathing', durationMs: 5 * MINUTE + 3000 }),
    );
  });

  it('refuses a floor stretch or a floor flag that is not true/false, and changes nothing', async () => {
    const { h, open, invoke, floorMarks } = setup();
    for (const payload of [
      { kind: 'stretch', floor: true },
      { kind: 'breathing', floor: 'yes' },
    ]) {
      expect(await invoke(open('panel'), 'break:start', payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    expect(floorMarks).toEqual([]);
    expect(h.snap().current).toBeNull();
  });

  it('clears the floor mark when the scheduler refuses the start', async () => {
    const { h, open, invoke, floorMarks } = setup();
    h.scheduler.startNow('stretch');
    expect(await invoke(open('panel'), 'break:start', { kind: 'breathing', floor: true })).toMatchObject({
      ok: false,
    });
    expect(floorMarks).toEqual([true, false]);
    expect(h.snap().current?.kind).toBe('stretch');
  });

  it('uses the configured length without durationSeconds', async () => {
    const { h, open, invoke } = setup();
    await invoke(open('panel'), 'break:start', { kind: 'stretch' });
    expect(h.snap().current).toEqual(expect.objectContaining({ kind: 'stretch', durationMs: 5 * MINUTE }));
  });
});

describe('4-7-8 from the IPC entry point', () => {
  it('never runs more than its four rounds, however long a break:start asks for', async () => {
    for (const durationSeconds of [60, 90, 600, 3600]) {
      const { h, open, invoke, openSession, sessions } = setup();
      await invoke(open('panel'), 'break:start', {
        kind: 'breathing',
        patternId: 'four-seven-eight',
        durationSeconds,
      });
      openSession();
      expect(sessions.current()?.plan?.cycles).toBeLessThanOrEqual(4);
      expect(h.snap().current?.durationMs).toBeLessThanOrEqual(3_000 + 4 * 19_000);
    }
  });
});

describe('custom patterns over IPC: accepted only while the settings have them', () => {
  const withEvening = settingsWithPatterns([EVENING]);

  it('break:start and break:choose run an existing custom pattern, planned in whole 11.5 s cycles', async () => {
    const { h, open, invoke, openSession } = setup(withEvening);
    const breakWindow = open('break');
    expect(
      await invoke(open('panel'), 'break:start', {
        kind: 'breathing',
        patternId: 'evening',
        durationSeconds: 60,
      }),
    ).toEqual({ ok: true, value: null });
    expect(h.ofType('break-started')).toEqual([
      expect.objectContaining({ patternId: 'evening', durationMs: 3_000 + 5 * 11_500 }),
    ]);
    openSession();
    const chosen = await invoke(breakWindow, 'break:choose', { patternId: 'evening', requestedMs: 120_000 });
    expect(chosen).toMatchObject({
      ok: true,
      value: { patternId: 'evening', plan: { cycles: 10, cycleMs: 11_500, pattern: { id: 'evening' } } },
    });
  });

  it('refuses a custom id these settings do not have, as a bad payload, and changes nothing', async () => {
    const { h, open, invoke, openSession } = setup(withEvening);
    const refusal = {
      ok: false,
      error: { code: 'invalid-payload', message: 'Unknown breathing pattern "morning".' },
    };
    expect(await invoke(open('panel'), 'break:start', { kind: 'breathing', patternId: 'morning' })).toEqual(
      refusal,
    );
    expect(h.ofType('break-started')).toEqual([]);
    h.scheduler.startNow('breathing');
    openSession();
    const before = h.snap();
    expect(
      await invoke(open('break'), 'break:choose', { patternId: 'morning', requestedMs: 60_000 }),
    ).toEqual(refusal);
    expect(h.snap()).toEqual(before);
  });

  it('refuses a custom id once its pattern was deleted from the settings', async () => {
    const { h, open, invoke } = setup(DEFAULT_SETTINGS);
    expect(
      await invoke(open('panel'), 'break:start', { kind: 'breathing', patternId: 'evening' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(h.ofType('break-started')).toEqual([]);
  });
});
