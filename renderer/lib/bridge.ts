import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BridgeApi, InvokeChannel, InvokeMap } from '../../shared/ipc-contract.ts';
import { withGentleClose } from './gentle-close.ts';

declare global {
  interface Window {
    /** Exposed by the sandboxed preload (main/preload.ts); a fake one in tests and e2e. */
    readonly api?: BridgeApi;
  }
}

/** Components reach main only through this context, never through `window` directly. */
export const BridgeCtx = createContext<BridgeApi | null>(null);

export function useBridge(): BridgeApi {
  const bridge = useContext(BridgeCtx);
  if (!bridge) throw new Error('BridgeCtx is missing: wrap the view in <BridgeCtx.Provider>.');
  return bridge;
}

export function windowBridge(): BridgeApi {
  if (!window.api) throw new Error('window.api is missing: the preload did not run.');
  return withGentleClose(window.api, document.documentElement);
}

/** Invokes a channel and unwraps the result, throwing the IPC error's message on failure. */
export async function call<K extends InvokeChannel>(
  bridge: BridgeApi,
  channel: K,
  ...args: InvokeMap[K]['req'] extends undefined ? [] : [payload: InvokeMap[K]['req']]
): Promise<InvokeMap[K]['res']> {
  const result = await bridge.invoke(channel, ...args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
