import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels, pushChannels } from '../../shared/ipc-contract.ts';

// The preload's only door to main; recorded so the test sees exactly what crosses it.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api),
  } satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>,
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      bridge.invoked.push(args);
      return { ok: true, value: null };
    },
    on(channel: string, listener: (...args: unknown[]) => void) {
      const set = bridge.listeners.get(channel) ?? new Set();
      set.add(listener);
      bridge.listeners.set(channel, set);
      return this;
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      bridge.listeners.get(channel)?.delete(listener);
      return this;
    },
  },
}));

type Api = {
  invoke: (channel: unknown, ...args: unknown[]) => Promise<{ ok: boolean; error?: { code: string } }>;
  on: (channel: unknown, listener: unknown) => () => void;
};

async function loadApi(): Promise<Api> {
  await import('../../main/preload.ts');
  return bridge.exposed.get('api') as Api;
}

beforeEach(() => {
  bridge.invoked.length = 0;
});

describe('preload', () => {
  it('exposes exactly one global, window.api, with only invoke and on', async () => {
    const api = await loadApi();
    expect([...bridge.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    // No raw ipcRenderer, no send/sendSync, nothing from process.
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|send|process/);
  });

  it('forwards every contract channel, with the payload cloned', async () => {
    const api = await loadApi();
    for (const channel of invokeChannels) await api.invoke(channel);
    expect(bridge.invoked.map((args) => args[0])).toEqual([...invokeChannels]);
    expect(bridge.invoked.every((args) => args.length === 1)).toBe(true);

    bridge.invoked.length = 0;
    const payload = { minutes: 30 };
    await api.invoke('schedule:pause', payload);
    expect(bridge.invoked[0]?.[1]).toEqual(payload);
    expect(bridge.invoked[0]?.[1]).not.toBe(payload);
  });

  it('refuses channels outside the contract and payloads that are not plain data, without calling main', async () => {
    const api = await loadApi();
    for (const channel of [
      'electron-store-get-data',
      'settings:delete',
      '',
      42,
      null,
      { toString: () => 'settings:get' },
    ]) {
      const result = await api.invoke(channel);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(await api.invoke('schedule:pause', { minutes: 30, callback: () => 1 })).toMatchObject({
      ok: false,
    });
    expect(await api.invoke('schedule:pause', { minutes: 30 }, 'extra')).toMatchObject({ ok: false });
    expect(bridge.invoked).toHaveLength(0);
  });

  it('subscribes only to push channels and unsubscribes again', async () => {
    const api = await loadApi();
    expect(() => api.on('settings:get', () => {})).toThrow(TypeError);
    expect(() => api.on('scheduler:changed', 'not a function')).toThrow(TypeError);
    for (const channel of pushChannels) {
      const received: unknown[] = [];
      const off = api.on(channel, (payload: unknown) => received.push(payload));
      const [listener] = [...(bridge.listeners.get(channel) ?? [])];
      const sent = { state: 'running' };
      listener?.({ sender: 'event object must not reach the page' }, sent);
      expect(received).toEqual([sent]);
      expect(received[0]).not.toBe(sent);
      off();
      expect(bridge.listeners.get(channel)?.size).toBe(0);
    }
  });
});
