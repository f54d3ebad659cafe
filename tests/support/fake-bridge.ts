import { isPlainObject } from '../../shared/domain/plain-data.ts';
import type {
  AppInfo,
  BridgeApi,
  InvokeChannel,
  InvokeMap,
  IpcResult,
  PushChannel,
  PushMap,
} from '../../shared/ipc-contract.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/types.ts';

/**
 * An in-memory `window.api` of the real `BridgeApi` type, for component tests and the e2e pages.
 * Settings and app info are built in (every window loads them); every other channel answers from
 * the `handlers` a test passes, or with a clear 'not faked' error. Every call is recorded.
 */
export type FakeHandlers = {
  readonly [K in InvokeChannel]?: (
    payload: InvokeMap[K]['req'],
  ) => InvokeMap[K]['res'] | IpcResult<InvokeMap[K]['res']>;
};

export interface FakeBridgeOptions {
  readonly settings?: Settings;
  readonly appInfo?: Partial<AppInfo>;
  readonly handlers?: FakeHandlers;
  /** Optional validation of a settings patch; return field errors to refuse it. */
  readonly validatePatch?: (current: Settings, patch: unknown) => IpcResult<Settings>;
}

export interface FakeCall {
  readonly channel: InvokeChannel;
  readonly payload: unknown;
}

export interface FakeBridge extends BridgeApi {
  readonly calls: FakeCall[];
  settings(): Settings;
  emit<K extends PushChannel>(channel: K, payload: PushMap[K]): void;
  callsTo(channel: InvokeChannel): unknown[];
  listenerCount(channel: PushChannel): number;
}

export function mergePatch<T>(base: T, patch: unknown): T {
  if (!isPlainObject(patch) || !isPlainObject(base)) return patch as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergePatch(out[key], value) : value;
  }
  return out as T;
}

function isResult(value: unknown): value is IpcResult<unknown> {
  return isPlainObject(value) && typeof value.ok === 'boolean' && ('value' in value || 'error' in value);
}

export function createFakeBridge(options: FakeBridgeOptions = {}): FakeBridge {
  let settings: Settings = options.settings ?? DEFAULT_SETTINGS;
  const appInfo: AppInfo = {
    name: 'Breathing Room',
    version: '0.0.0-test',
    platform: 'linux',
    systemLocale: 'en',
    settingsWereReset: false,
    defaultPatternFellBack: false,
    ...options.appInfo,
  };
  const listeners = new Map<PushChannel, Set<(payload: never) => void>>();
  const calls: FakeCall[] = [];

  const emit = <K extends PushChannel>(channel: K, payload: PushMap[K]) => {
    for (const listener of listeners.get(channel) ?? []) (listener as (p: PushMap[K]) => void)(payload);
  };

  const builtIn = (channel: InvokeChannel, payload: unknown): IpcResult<unknown> | undefined => {
    if (channel === 'settings:get') return { ok: true, value: settings };
    if (channel === 'app:info') return { ok: true, value: appInfo };
    if (channel === 'settings:reset') {
      settings = DEFAULT_SETTINGS;
      emit('settings:changed', settings);
      return { ok: true, value: settings };
    }
    if (channel === 'settings:update') {
      const result = options.validatePatch
        ? options.validatePatch(settings, payload)
        : { ok: true as const, value: mergePatch(settings, payload) };
      if (result.ok) {
        settings = result.value;
        emit('settings:changed', settings);
      }
      return result;
    }
    return undefined;
  };

  const bridge: FakeBridge = {
    calls,
    settings: () => settings,
    emit,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.payload),
    listenerCount: (channel) => listeners.get(channel)?.size ?? 0,
    async invoke(channel, ...args) {
      const payload: unknown = args[0];
      calls.push({ channel, payload });
      const handler = options.handlers?.[channel] as ((p: unknown) => unknown) | undefined;
      if (handler) {
        const answer = handler(payload);
        return (isResult(answer) ? answer : { ok: true, value: answer }) as never;
      }
      const answer = builtIn(channel, payload);
      if (answer) return answer as never;
      return { ok: false, error: { code: 'failed', message: `not faked: ${channel}` } } as never;
    },
    on(channel, listener) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
      }
      const entry = listener as (payload: never) => void;
      set.add(entry);
      return () => set.delete(entry);
    },
  };
  return bridge;
}
