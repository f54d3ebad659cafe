import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BreakSession } from '../../shared/ipc-contract.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { bootApp, invokeFrom as invoke, secondLaunch } from './fakes/boot-harness.ts';
import { FakeBrowserWindow, FakeNotification, platformViolations } from './fakes/fake-electron.ts';

// The real composition root with a settings file whose default pattern is the user's own, with
// half seconds and both holds: scheduled breaks, the command line and the break window all use it.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
const EXE = '/usr/bin/breathing-room';
const evening = {
  id: 'evening',
  name: 'Evening',
  inhaleSeconds: 3.5,
  holdInSeconds: 1.5,
  exhaleSeconds: 5.5,
  holdOutSeconds: 1,
};
let booted: Awaited<ReturnType<typeof bootApp>>;

async function sessionOf(win: FakeBrowserWindow): Promise<BreakSession> {
  const answer = await invoke<BreakSession>(win.webContents, 'break:session');
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

async function closeBreak(win: FakeBrowserWindow): Promise<void> {
  await invoke(win.webContents, 'break:complete', { outcome: 'skipped', breathedSeconds: 0 });
  await invoke(win.webContents, 'window:close');
  await vi.advanceTimersByTimeAsync(0);
}

beforeAll(async () => {
  booted = await bootApp({ os: 'win32' }, [EXE, '--hidden'], {
    tempPrefix: 'br-boot-custom-',
    prepare: (base) => {
      mkdirSync(join(base, 'userData'), { recursive: true });
      const settings = {
        ...DEFAULT_SETTINGS,
        breathing: { ...DEFAULT_SETTINGS.breathing, patternId: 'evening', customPatterns: [evening] },
      };
      writeFileSync(join(base, 'userData', 'settings.json'), JSON.stringify(settings), 'utf8');
    },
  });
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => booted.restore());

describe('a custom default pattern, booted', () => {
  it("a scheduled break opens the break window with the custom pattern's phases in the plan", async () => {
    // The notice comes 30 s before the 25-minute mark; Start now opens the break window.
    await vi.advanceTimersByTimeAsync(25 * MINUTE_MS - 30_000);
    const notice = FakeNotification.all.find((n) => n.shown && n.options.actions !== undefined);
    if (notice === undefined) throw new Error('no break notice');
    notice.pressAction(0);
    await vi.advanceTimersByTimeAsync(0);
    const [win] = FakeBrowserWindow.live();
    if (win === undefined) throw new Error('no break window');
    const session = await sessionOf(win);
    expect(session).toMatchObject({ kind: 'breathing', patternId: 'evening', source: 'scheduled' });
    // The configured minute in whole 11.5 s cycles: 5 (57.5 s), plus the 3 s pre-roll.
    expect(session.plan).toMatchObject({ cycles: 5, cycleMs: 11_500, breathingMs: 57_500 });
    expect(session.durationMs).toBe(60_500);
    expect(session.plan?.pattern).toMatchObject({
      id: 'evening',
      name: { en: 'Evening', nl: 'Evening' },
      phases: [
        { kind: 'inhale', ms: 3500 },
        { kind: 'hold-in', ms: 1500 },
        { kind: 'exhale', ms: 5500 },
        { kind: 'hold-out', ms: 1000 },
      ],
    });
    await closeBreak(win);
  });

  it('a second launch with --breathe evening starts it; an unknown id starts nothing and says so', async () => {
    expect(secondLaunch([EXE, '--breathe', 'evening'])).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    const [win] = FakeBrowserWindow.live();
    if (win === undefined) throw new Error('no break window');
    expect(await sessionOf(win)).toMatchObject({ patternId: 'evening', source: 'manual' });
    await closeBreak(win);

    const shownBefore = FakeNotification.all.filter((n) => n.shown).length;
    expect(secondLaunch([EXE, '--breathe', 'morning'])).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    const told = FakeNotification.all.filter((n) => n.shown).slice(shownBefore);
    expect(told.map((n) => n.options.body)).toEqual([
      'There is no breathing pattern called "morning". Preferences › Breathing lists yours.',
    ]);
  });
});
