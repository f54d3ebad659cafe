import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type InvokeChannel,
  type IpcResult,
  invokeChannels,
  pushChannels,
} from '../../../shared/ipc-contract.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import type { FakeBrowserWindow } from '../fakes/fake-electron.ts';
import { type BootedApp, bootAppWithWindow } from './booted-app.ts';
import { badPayload, deep, HUGE, validExamples } from './fuzz-payloads.ts';

/**
 * Issue 7: the fuzz of main's gateway (ipc-fuzz.spec.ts), one door earlier. The real preload
 * runs on a fake renderer side of Electron whose `ipcRenderer.invoke` forwards into the fake
 * ipcMain as the app window, so every call crosses preload, Electron's clone and main's gateway
 * exactly as a page's `window.api` call would, against the real composition root.
 */

// The renderer half of Electron, as the preload sees it; hoisted so the electron mock can use it.
const renderer = vi.hoisted(() => {
  const standardPrototypes: ReadonlySet<unknown> = new Set([
    Object.prototype,
    Array.prototype,
    Date.prototype,
    Map.prototype,
    Set.prototype,
  ]);
  /** Why `value` is not structured data (a function, a symbol, a foreign prototype), or null. */
  function leakIn(root: unknown): string | null {
    // Iterative: payloads may nest thousands deep.
    const seen = new Set<object>();
    const pending: unknown[] = [root];
    while (pending.length > 0) {
      const value = pending.pop();
      if (typeof value === 'function') return 'a function';
      if (typeof value === 'symbol') return 'a symbol';
      if (value === null || typeof value !== 'object' || seen.has(value)) continue;
      seen.add(value);
      if (!standardPrototypes.has(Object.getPrototypeOf(value))) return 'an object with a foreign prototype';
      if (value instanceof Map) pending.push(...value.keys(), ...value.values());
      else pending.push(...Object.values(value));
    }
    return null;
  }
  return {
    exposed: new Map<string, unknown>(),
    /** Channels of every call that left the preload for main, in order. */
    forwarded: [] as string[],
    /** What reached main that is not plain data; must stay empty. */
    leaks: [] as string[],
    subscriptions: new Map<string, Set<unknown>>(),
    /** Builds the IPC event main sees for a call from the page; set once the app window exists. */
    senderEvent: null as (() => Electron.IpcMainInvokeEvent) | null,
    leakIn,
  };
});

vi.mock('electron', async () => {
  const fake = await import('../fakes/fake-electron.ts');
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown): void {
      renderer.exposed.set(key, api);
    },
  } satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>;
  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      renderer.forwarded.push(channel);
      for (const arg of args) {
        const leak = renderer.leakIn(arg);
        if (leak) renderer.leaks.push(`${channel}: ${leak}`);
      }
      const event = renderer.senderEvent?.();
      if (!event) throw new Error('no app window to send from');
      // Electron serializes the arguments once more on their way to main.
      return fake.ipcMain.invoke(channel, event, ...args.map((arg) => structuredClone(arg)));
    },
    on(channel: string, listener: unknown) {
      const set = renderer.subscriptions.get(channel) ?? new Set();
      set.add(listener);
      renderer.subscriptions.set(channel, set);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: unknown) {
      renderer.subscriptions.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  return { ...fake.electronModule, contextBridge, ipcRenderer };
});
vi.mock('electron-store', async () => (await import('../fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('../fakes/module-mocks.ts')).memoryElectronLog());

const RUNS_PER_CHANNEL = 2_000;
const RUNS_OF_BAD_CHANNELS = 2_000;
const RUNS_OF_BAD_SUBSCRIPTIONS = 2_000;
// Well past the 256-character limit main puts on strings, and big enough to cost real copying.
const GIANT = 'y'.repeat(1_000_000);
const MAIN_CODES: ReadonlySet<string> = new Set(['invalid-payload', 'invalid-settings']);

/** `window.api` as a hostile page can call it: any channel, any arguments. */
interface LooseApi {
  invoke(channel: unknown, ...args: unknown[]): unknown;
  on(channel: unknown, listener: unknown): unknown;
}

/** Who must refuse a call: the preload (nothing reaches main) or main's gateway. */
type Refuser = 'preload' | 'main' | 'either';

interface HostileCall {
  readonly kind: string;
  readonly args: readonly unknown[];
  readonly refusedBy: Refuser;
}

// Only prototype members: a structured clone keeps own fields and drops these.
class Intruder {
  method(): string {
    return 'must not cross';
  }
  get derived(): string {
    return this.method();
  }
}

/** `data` (a plain object) with every field behind an enumerable getter. */
function behindGetters(data: Readonly<Record<string, unknown>>): object {
  const target = {};
  for (const [key, value] of Object.entries(data)) {
    Object.defineProperty(target, key, { get: () => value, enumerable: true, configurable: true });
  }
  return target;
}

/** `data`'s own fields on an instance of a class, with methods and getters on its prototype. */
function asInstance(data: Readonly<Record<string, unknown>>): object {
  const instance = new Intruder();
  for (const [key, value] of Object.entries(data)) {
    Object.defineProperty(instance, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return instance;
}

const deepCache = new Map<string, unknown>();

/** `deep(depth, leaf)`, built once per channel: rebuilding 200,000 levels per call would dominate the run. */
function deepOnce(channel: InvokeChannel, depth: number, leaf: unknown): unknown {
  const key = `${channel}:${depth}`;
  if (!deepCache.has(key)) deepCache.set(key, deep(depth, leaf));
  return deepCache.get(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function withThrowingGetter(data: object): object {
  const copy = { ...data };
  Object.defineProperty(copy, 'trap', {
    get() {
      throw new Error('read me and fail');
    },
    enumerable: true,
  });
  return copy;
}

/** `data` with an own "__proto__" key, as JSON.parse delivers it from a hostile page. */
function withProtoKey(data: Readonly<Record<string, unknown>>): unknown {
  const fields = JSON.stringify(data).slice(1, -1);
  return JSON.parse(`{"__proto__": {"polluted": true}${fields === '' ? '' : `, ${fields}`}}`);
}

function circular(data: unknown): unknown {
  if (isRecord(data) && !(data instanceof Map)) {
    const copy: Record<string, unknown> = { ...data };
    copy.self = copy;
    return copy;
  }
  const list: unknown[] = [data];
  list.push(list);
  return list;
}

/**
 * A call that must be refused. Uncloneable variants wrap the channel's VALID example, so the
 * preload's own check is all that stops them: a leak shows up as a call that reached main. The
 * cloneable disguises wrap a payload that is wrong as data (badPayload): the preload may pass
 * them on, but only as plain data, and main must refuse them.
 */
function hostileCall(channel: InvokeChannel, random: () => number): HostileCall {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const valid: unknown = validExamples[channel];
  const validObject: Record<string, unknown> = isRecord(valid) ? { ...valid } : {};
  const bad = badPayload(channel, random);
  const badObject: Record<string, unknown> | null = isRecord(bad) && !(bad instanceof Map) ? bad : null;
  const firstKey = Object.keys(validObject)[0] ?? 'value';

  const uncloneable: readonly (() => HostileCall)[] = [
    () => ({ kind: 'function', args: [() => valid], refusedBy: 'preload' }),
    () => ({ kind: 'function field', args: [{ ...validObject, callback: () => 1 }], refusedBy: 'preload' }),
    () => ({ kind: 'symbol', args: [Symbol(channel)], refusedBy: 'preload' }),
    () => ({ kind: 'symbol field', args: [{ ...validObject, tag: Symbol('x') }], refusedBy: 'preload' }),
    () => ({ kind: 'throwing getter', args: [withThrowingGetter(validObject)], refusedBy: 'preload' }),
    () => ({
      kind: 'getter returning a function',
      args: [behindGetters({ ...validObject, [firstKey]: () => valid })],
      refusedBy: 'preload',
    }),
    () => ({
      kind: 'instance with own function',
      args: [
        {
          ...validObject,
          own: new (class {
            readonly run = () => 1;
          })(),
        },
      ],
      refusedBy: 'preload',
    }),
    () => ({ kind: 'weak map', args: [new WeakMap()], refusedBy: 'preload' }),
    () => ({ kind: 'promise', args: [Promise.resolve(valid)], refusedBy: 'preload' }),
    () => ({ kind: 'proxy', args: [new Proxy(validObject, {})], refusedBy: 'preload' }),
    // Deeper than any stack can clone; the clone fails with a RangeError the preload must catch.
    () => ({ kind: 'very deep', args: [deepOnce(channel, 200_000, valid ?? 1)], refusedBy: 'either' }),
    () => ({ kind: 'extra argument', args: [valid, valid], refusedBy: 'preload' }),
    () => ({ kind: 'extra undefined', args: [bad, undefined], refusedBy: 'preload' }),
  ];
  const disguised: readonly (() => HostileCall)[] = [
    () => ({ kind: 'plain bad data', args: [bad], refusedBy: 'main' }),
    () => ({
      kind: 'bad data behind getters',
      args: [badObject ? behindGetters(badObject) : bad],
      refusedBy: 'main',
    }),
    () => ({
      kind: 'bad data as class instance',
      args: [badObject ? asInstance(badObject) : bad],
      refusedBy: 'main',
    }),
    () => ({
      kind: 'bad data with symbol keys',
      args: [badObject ? { ...badObject, [Symbol('hidden')]: valid } : bad],
      refusedBy: 'main',
    }),
    () => ({ kind: 'circular', args: [circular(bad)], refusedBy: 'main' }),
    () => ({
      kind: 'null prototype',
      args: [Object.assign(Object.create(null), badObject ?? { bad })],
      refusedBy: 'main',
    }),
    () => ({ kind: 'deep but cloneable', args: [deepOnce(channel, 250, valid ?? 1)], refusedBy: 'main' }),
    () => ({
      kind: 'bigint',
      args: [isRecord(valid) ? { ...validObject, [firstKey]: 10n } : 10n],
      refusedBy: 'main',
    }),
    () => ({
      kind: 'giant string',
      args: [isRecord(valid) ? { ...validObject, [firstKey]: GIANT } : GIANT],
      refusedBy: 'main',
    }),
    () => ({
      kind: 'constructor key',
      args: [{ ...validObject, constructor: { prototype: { polluted: true } } }],
      refusedBy: 'main',
    }),
    () => ({
      kind: 'proto key',
      args: [withProtoKey(validObject)],
      refusedBy: 'main',
    }),
    () => ({ kind: 'huge string', args: [HUGE], refusedBy: 'main' }),
  ];
  return pick(random() < 0.5 ? uncloneable : disguised)();
}

/** Names that are not invoke channels, some one character away from real ones. */
function badChannel(random: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const real = pick(invokeChannels);
  return pick<unknown>([
    `${real} `,
    ` ${real}`,
    real.toUpperCase(),
    real.replace(':', '.'),
    `${real}\u0000`,
    pick(pushChannels),
    'settings:set',
    'electron-store-get-data',
    'ELECTRON_BROWSER_WINDOW_CLOSE',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '',
    HUGE,
    `x${Math.floor(random() * 1e9).toString(36)}`,
    42,
    null,
    undefined,
    true,
    Symbol(real),
    { toString: () => real },
    [real],
    Object(real),
    () => real,
  ]);
}

/** A bad name for `on`: anything but a push channel, invoke channels included. */
function badPushChannel(random: () => number): unknown {
  const channel = badChannel(random);
  const isPush = pushChannels.some((name) => name === channel);
  return isPush ? invokeChannels[Math.floor(random() * invokeChannels.length)] : channel;
}

function describeValue(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return text.slice(0, 200);
  } catch {
    // Circular or BigInt: fall back to the tag below.
  }
  return typeof value === 'symbol'
    ? value.toString()
    : `${typeof value} ${Object.prototype.toString.call(value)}`;
}

/** Calls `window.api.invoke` and insists on the contract: a promise that resolves to a refusal. */
async function refusal(api: LooseApi, channel: unknown, args: readonly unknown[], shown: () => string) {
  let returned: unknown;
  try {
    returned = api.invoke(channel, ...args);
  } catch (error) {
    throw new Error(`threw synchronously (${String(error)}): ${shown()}`);
  }
  if (!(returned instanceof Promise)) throw new Error(`did not return a promise: ${shown()}`);
  let result: IpcResult<unknown>;
  try {
    result = (await returned) as IpcResult<unknown>;
  } catch (error) {
    throw new Error(`rejected (${String(error)}): ${shown()}`);
  }
  if (typeof result !== 'object' || result === null) throw new Error(`not an IpcResult: ${shown()}`);
  if (result.ok) throw new Error(`accepted: ${shown()}`);
  const { code, message } = result.error;
  if (typeof message !== 'string' || message.length < 5 || message.length > 500) {
    throw new Error(`unclear message "${String(message).slice(0, 80)}": ${shown()}`);
  }
  return { code, message };
}

let booted: BootedApp;
let api: LooseApi;
let appWindow: FakeBrowserWindow;

beforeAll(async () => {
  booted = await bootAppWithWindow('br-preload-fuzz-');
  appWindow = booted.appWindow;
  renderer.senderEvent = () => appWindow.webContents.invokeEvent();

  await import('../../../main/preload.ts');
  api = renderer.exposed.get('api') as LooseApi;
});

afterAll(() => booted.restore());

function state() {
  return booted.state((channel, ...args) => api.invoke(channel, ...args) as Promise<IpcResult<unknown>>);
}

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.prototype).not.toHaveProperty('prototype');
}

describe('preload fuzz: window.api against the real main', () => {
  it('exposes window.api and reaches main as the trusted app window', async () => {
    expect([...renderer.exposed.keys()]).toEqual(['api']);
    const settings = (await api.invoke('settings:get')) as IpcResult<unknown>;
    expect(settings.ok).toBe(true);
    expect(renderer.forwarded.at(-1)).toBe('settings:get');
  });

  it(`refuses ${RUNS_PER_CHANNEL} hostile calls per channel as values and changes no state`, async () => {
    const before = await state();
    expect(before.settings.ok && before.scheduler.ok && before.stats.ok).toBe(true);

    const kinds = new Map<string, number>();
    for (const [index, channel] of invokeChannels.entries()) {
      const random = seededRandom(7000 + index);
      for (let run = 0; run < RUNS_PER_CHANNEL; run += 1) {
        const call = hostileCall(channel, random);
        const shown = () => `${channel} [${call.kind}] ${call.args.map(describeValue).join(', ')}`;
        const forwardedBefore = renderer.forwarded.length;
        const { code, message } = await refusal(api, channel, call.args, shown);
        const reachedMain = renderer.forwarded.length > forwardedBefore;
        // Plain checks, not expect(): tens of thousands of expect() calls would dominate the run time.
        if (call.refusedBy === 'preload' && reachedMain) throw new Error(`reached main: ${shown()}`);
        if (call.refusedBy === 'main' && !reachedMain) throw new Error(`never reached main: ${shown()}`);
        if (reachedMain ? !MAIN_CODES.has(code) : code !== 'invalid-payload') {
          throw new Error(`unexpected code ${code} (${message}): ${shown()}`);
        }
        kinds.set(call.kind, (kinds.get(call.kind) ?? 0) + 1);
      }
    }
    // Every variant ran often enough to mean something.
    expect(kinds.size).toBe(25);
    expect(Math.min(...kinds.values())).toBeGreaterThan(500);
    expect(renderer.leaks).toEqual([]);
    const contract: ReadonlySet<string> = new Set(invokeChannels);
    expect(renderer.forwarded.filter((channel) => !contract.has(channel))).toEqual([]);

    const after = await state();
    expect(after).toEqual(before);
    expectNoPollution();
    // A correctness fuzz, not a speed check (speed is npm run bench): on a loaded 2-core machine
    // the 23 channels' 46,000 calls take over two minutes, so the limit only catches a hang.
  }, 600_000);

  it('refuses channels outside the contract without ever reaching main', async () => {
    const before = await state();
    const forwardedBefore = renderer.forwarded.length;
    const random = seededRandom(4242);
    for (let run = 0; run < RUNS_OF_BAD_CHANNELS; run += 1) {
      const channel = badChannel(random);
      const channelName = describeValue(channel);
      const known = invokeChannels.find((name) => name === channel);
      if (known) throw new Error(`generator produced a real channel: ${known}`);
      const payload =
        run % 3 === 0 ? [] : [validExamples[invokeChannels[run % invokeChannels.length] ?? 'settings:get']];
      const { message } = await refusal(api, channel, payload, () => `channel ${channelName}`);
      if (message !== 'unknown channel') throw new Error(`unclear refusal "${message}" for ${channelName}`);
    }
    expect(renderer.forwarded.length).toBe(forwardedBefore);
    expect(await state()).toEqual(before);
    expectNoPollution();
  });

  it('refuses bad subscriptions with a TypeError at the call and subscribes nothing', async () => {
    const random = seededRandom(99);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const badListeners: readonly unknown[] = [
      null,
      undefined,
      'listener',
      42,
      {},
      { call: () => 1 },
      { handleEvent: () => 1 },
      [() => 1],
      Symbol('listener'),
      new Proxy({}, {}),
    ];
    const thrown = new Map<string, number>();
    for (let run = 0; run < RUNS_OF_BAD_SUBSCRIPTIONS; run += 1) {
      const goodChannel = pick(pushChannels);
      const [channel, listener] =
        run % 2 === 0 ? [badPushChannel(random), () => {}] : [goodChannel, pick(badListeners)];
      const shown = () => `on(${describeValue(channel)}, ${describeValue(listener)})`;
      let error: unknown = null;
      try {
        api.on(channel, listener);
      } catch (caught) {
        error = caught;
      }
      // `on` returns an unsubscribe function, not a promise, so a bad call can only fail at the call.
      if (!(error instanceof TypeError)) throw new Error(`no TypeError: ${shown()}`);
      thrown.set(error.message, (thrown.get(error.message) ?? 0) + 1);
    }
    expect([...thrown.keys()].sort()).toEqual(['listener must be a function', 'unknown push channel']);
    expect([...renderer.subscriptions.values()].every((set) => set.size === 0)).toBe(true);

    // The door still works for a real subscription afterwards, and closes again.
    for (const channel of pushChannels) {
      const off = api.on(channel, () => {}) as () => void;
      expect(renderer.subscriptions.get(channel)?.size).toBe(1);
      off();
      expect(renderer.subscriptions.get(channel)?.size).toBe(0);
    }
    expectNoPollution();
  });

  it('hands main only plain data: a class instance arrives without its prototype', async () => {
    const forwardedBefore = renderer.forwarded.length;
    const result = (await api.invoke('stats:days', asInstance({ days: 7 }))) as IpcResult<unknown[]>;
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toHaveLength(7);
    expect(renderer.forwarded.slice(forwardedBefore)).toEqual(['stats:days']);
    expect(renderer.leaks).toEqual([]);
  });
});
