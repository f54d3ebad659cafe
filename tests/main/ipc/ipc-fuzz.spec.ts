import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type InvokeChannel,
  type InvokeMap,
  type IpcResult,
  invokeChannels,
} from '../../../shared/ipc-contract.ts';
import {
  app,
  FakeBrowserWindow,
  type FakeMenu,
  FakeTray,
  ipcMain,
  resetFakeElectron,
} from '../fakes/fake-electron.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('../fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/main', async () => (await import('../fakes/module-mocks.ts')).memoryElectronLog());

const RUNS_PER_CHANNEL = 10_000;

/** One valid payload per channel: the fuzzer corrupts these so shapes stay close to real ones. */
const validExamples: { readonly [K in InvokeChannel]: InvokeMap[K]['req'] } = {
  'settings:get': undefined,
  'settings:update': { language: 'nl' },
  'settings:reset': undefined,
  'scheduler:get': undefined,
  'break:session': undefined,
  'break:start': { kind: 'breathing', patternId: 'box' },
  'break:begin': { patternId: 'box', durationMs: 303_000 },
  'break:complete': { outcome: 'taken', breathedSeconds: 60 },
  'break:feeling': { feeling: 'calmer' },
  'break:postpone': undefined,
  'break:skip': undefined,
  'schedule:pause': { minutes: 30 },
  'schedule:resume': undefined,
  'stats:days': { days: 14 },
  'stats:export-csv': undefined,
  'checkin:save': {
    answers: {
      'deep-breath-hard': 0,
      'belly-back-pressure': 1,
      'tired-despite-rest': 2,
      'breath-high': 0,
      'short-of-breath': 1,
    },
  },
  'window:open': { route: 'statistics' },
  'window:close': undefined,
  'app:info': undefined,
  'autostart:get': undefined,
};

/** Small deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUGE = 'x'.repeat(300_000);
const pollutionKeys = ['__proto__', 'constructor', 'prototype'];

function deep(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/** A payload that is wrong for the channel by construction (never `undefined`, never valid). */
function badPayload(channel: InvokeChannel, random: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const example = validExamples[channel];
  const wrongValue = () =>
    pick<unknown>([
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      1e308,
      1e6 + random(),
      '',
      HUGE,
      'breathing\u0000',
      true,
      null,
      [],
      [1, 2, 3],
      {},
      deep(60, 'x'),
      new Date(0),
      new Map([['a', 1]]),
      JSON.parse('{"__proto__": {"polluted": true}}'),
    ]);
  const strategy = Math.floor(random() * 7);
  if (example === undefined || strategy === 0) {
    // An empty object is a valid (empty) settings patch, so it is only wrong for the other channels.
    const empty = channel === 'settings:update' ? [] : [{}];
    return pick<unknown>([
      0,
      1,
      -1,
      Number.NaN,
      '',
      HUGE,
      'settings:get',
      true,
      false,
      null,
      [],
      [example],
      ...empty,
      deep(80, 1),
    ]);
  }
  const base = JSON.parse(JSON.stringify(example)) as Record<string, unknown>;
  if (strategy === 1) {
    // Prototype-pollution key beside otherwise valid fields, as JSON.parse would deliver it.
    const key = pick(pollutionKeys);
    return JSON.parse(`{"${key}": {"polluted": true}, ${JSON.stringify(base).slice(1)}`);
  }
  if (strategy === 2) return { ...base, [`extra${Math.floor(random() * 1e6)}`]: wrongValue() };
  if (strategy === 3) {
    const key = pick(Object.keys(base));
    return { ...base, [key]: wrongValue() };
  }
  if (strategy === 4) return deep(10 + Math.floor(random() * 200), base);
  if (strategy === 5) return { ...base, nested: deep(20, { __proto__: null, constructor: HUGE }) };
  // Drop a required field (settings:update has none: nest it into something invalid instead).
  const keys = Object.keys(base);
  if (channel === 'settings:update') return { [keys[0] ?? 'language']: HUGE };
  // patternId is optional on break:start and break:begin; dropping it would leave a valid request.
  const required = channel === 'break:start' ? ['kind'] : channel === 'break:begin' ? ['durationMs'] : keys;
  const { [pick(required)]: _dropped, ...rest } = base;
  return rest;
}

let base: string;
const originalArgv = process.argv;
const originalXdg = process.env.XDG_CONFIG_HOME;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'br-fuzz-'));
  resetFakeElectron();
  app.paths = { userData: join(base, 'userData'), home: join(base, 'home'), documents: join(base, 'docs') };
  app.appPath = join(base, 'app');
  process.env.XDG_CONFIG_HOME = join(base, 'config');
  process.argv = ['/opt/Breathing Room/breathing-room', '--hidden'];
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  vi.setSystemTime(new Date(2026, 2, 10, 9, 0, 0));
  await import('../../../main/index.ts');
  await app.becomeReady();
  await vi.advanceTimersByTimeAsync(5 * 60_000);
});

afterAll(() => {
  vi.useRealTimers();
  process.argv = originalArgv;
  if (originalXdg === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = originalXdg;
  rmSync(base, { recursive: true, force: true });
});

async function call(channel: string, contents: FakeBrowserWindow['webContents'], ...args: unknown[]) {
  return (await ipcMain.invoke(channel, contents.invokeEvent(), ...args)) as IpcResult<unknown>;
}

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '<missing>';
  }
}

describe('IPC fuzz: every channel, 10,000 bad payloads each', () => {
  it('answers each with a clear error value and changes no state', async () => {
    const menu = FakeTray.all[0]?.menu as FakeMenu;
    const open = menu.template.find((item) => item.label === 'Open Breathing Room');
    if (!open?.click) throw new Error('Linux menus offer "Open Breathing Room"');
    (open.click as () => void)();
    await vi.advanceTimersByTimeAsync(0);
    const appWindow = FakeBrowserWindow.live()[0] as FakeBrowserWindow;
    expect(appWindow).toBeDefined();

    const state = async () => ({
      settings: await call('settings:get', appWindow.webContents),
      scheduler: await call('scheduler:get', appWindow.webContents),
      stats: await call('stats:days', appWindow.webContents, { days: 400 }),
      settingsFile: readIfThere(join(base, 'userData', 'settings.json')),
      statsFile: readIfThere(join(base, 'userData', 'statistics.json')),
      windows: FakeBrowserWindow.live().map((win) => win.urls.join(' ')),
      tooltip: FakeTray.all[0]?.tooltip,
    });
    const before = await state();
    expect(before.settings.ok && before.scheduler.ok && before.stats.ok).toBe(true);

    const codes = new Map<string, number>();
    for (const [index, channel] of invokeChannels.entries()) {
      const random = prng(1000 + index);
      for (let run = 0; run < RUNS_PER_CHANNEL; run += 1) {
        const payload = badPayload(channel, random);
        const extraArg = run % 97 === 0;
        const result = extraArg
          ? await call(channel, appWindow.webContents, payload, payload)
          : await call(channel, appWindow.webContents, payload);
        // Plain checks, not expect(): 190,000 assertions through expect() would dominate the run time.
        const shown = () => `${channel} ${String(JSON.stringify(payload)).slice(0, 200)}`;
        if (result.ok) throw new Error(`accepted: ${shown()}`);
        if (result.error.code !== 'invalid-payload' && result.error.code !== 'invalid-settings') {
          throw new Error(`unexpected code ${result.error.code}: ${shown()}`);
        }
        if (result.error.message.length < 5 || result.error.message.length > 500) {
          throw new Error(`unclear message "${result.error.message.slice(0, 80)}": ${shown()}`);
        }
        codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
      }
    }
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(invokeChannels.length * RUNS_PER_CHANNEL);

    const after = await state();
    expect(after.scheduler).toEqual(before.scheduler);
    expect(after.settings).toEqual(before.settings);
    expect(after.stats).toEqual(before.stats);
    expect(after.settingsFile).toBe(before.settingsFile);
    expect(after.statsFile).toBe(before.statsFile);
    expect(after.windows).toEqual(before.windows);
    expect(after.tooltip).toBe(before.tooltip);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 120_000);
});
