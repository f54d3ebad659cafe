import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { BridgeApi, InvokeChannel, IpcResult, PushChannel } from '../shared/ipc-contract.ts';
import { invokeChannels, pushChannels } from '../shared/ipc-contract.ts';

/**
 * Sandboxed preload (bundled to one CommonJS file that requires only 'electron'). It exposes
 * exactly `BridgeApi` as `window.api`: invoke only on contract channels, subscribe only to push
 * channels. `ipcRenderer` itself never reaches the page, and payloads are cloned on the way in
 * and out so the page cannot hand over getters, functions or live objects.
 */

const invokable: ReadonlySet<string> = new Set<InvokeChannel>(invokeChannels);
const pushable: ReadonlySet<string> = new Set<PushChannel>(pushChannels);

function refused(message: string): Promise<IpcResult<never>> {
  return Promise.resolve({ ok: false, error: { code: 'invalid-payload', message } });
}

function invoke(channel: unknown, ...args: unknown[]): Promise<IpcResult<unknown>> {
  if (typeof channel !== 'string' || !invokable.has(channel)) return refused('unknown channel');
  if (args.length > 1) return refused('a channel takes at most one payload');
  let payload: unknown;
  try {
    payload = args[0] === undefined ? undefined : structuredClone(args[0]);
  } catch {
    return refused('payload must be plain data');
  }
  return args.length === 0 || payload === undefined
    ? ipcRenderer.invoke(channel)
    : ipcRenderer.invoke(channel, payload);
}

function on(channel: unknown, listener: unknown): () => void {
  if (typeof channel !== 'string' || !pushable.has(channel)) throw new TypeError('unknown push channel');
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  const forward = (_event: IpcRendererEvent, payload: unknown) => {
    listener(structuredClone(payload));
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

export const bridgeApi = { invoke, on } as BridgeApi;

contextBridge.exposeInMainWorld('api', bridgeApi);
