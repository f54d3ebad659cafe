import type { AutostartState } from '../../shared/ipc-contract.ts';
import type { Autostart } from './autostart.ts';

/**
 * Start at login changes one at a time, and a read waits for the changes asked before it.
 * Settings changes apply autostart after `settings:update` has answered, and the preferences
 * read `autostart:get` right after that answer; without the wait the toggle shows the old state.
 * In order, too: on Linux an "on" (write a file) racing an "off" (remove it) could end either way.
 */
export function serializeAutostart(inner: Autostart): Autostart {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work);
    // The queue moves on after a failure; the caller still sees it through `result`.
    tail = result.catch(() => {});
    return result;
  };
  return {
    get: (): Promise<AutostartState> => queued(() => inner.get()),
    set: (enabled): Promise<AutostartState> => queued(() => inner.set(enabled)),
    launchedAtLogin: () => inner.launchedAtLogin(),
  };
}
