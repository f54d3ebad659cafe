import { describe, expect, it } from 'vitest';
import type { Autostart } from '../../../main/autostart/autostart.ts';
import { serializeAutostart } from '../../../main/autostart/serialized-autostart.ts';
import type { AutostartState } from '../../../shared/ipc-contract.ts';

// An autostart whose changes finish only when the test says so, like a slow disk on Linux.
function slowAutostart() {
  let enabled = false;
  const log: string[] = [];
  const waiting: (() => void)[] = [];
  const inner: Autostart = {
    get: async (): Promise<AutostartState> => {
      log.push(`get ${enabled}`);
      return { supported: true, enabled };
    },
    set: (next) =>
      new Promise<AutostartState>((resolve) => {
        log.push(`set ${next} started`);
        waiting.push(() => {
          enabled = next;
          log.push(`set ${next} done`);
          resolve({ supported: true, enabled });
        });
      }),
    launchedAtLogin: () => true,
  };
  const finishNext = async () => {
    await Promise.resolve();
    await Promise.resolve();
    waiting.shift()?.();
    await Promise.resolve();
  };
  return { inner, log, finishNext, waiting };
}

describe('serializeAutostart', () => {
  it('a read asked right after a change answers with the changed state', async () => {
    const slow = slowAutostart();
    const autostart = serializeAutostart(slow.inner);
    void autostart.set(true);
    const read = autostart.get();
    await slow.finishNext();
    expect(await read).toEqual({ supported: true, enabled: true });
    expect(slow.log).toEqual(['set true started', 'set true done', 'get true']);
  });

  it('changes run one after another in the order asked', async () => {
    const slow = slowAutostart();
    const autostart = serializeAutostart(slow.inner);
    const on = autostart.set(true);
    const off = autostart.set(false);
    await Promise.resolve();
    expect(slow.log).toEqual(['set true started']);
    await slow.finishNext();
    await slow.finishNext();
    expect(await on).toEqual({ supported: true, enabled: true });
    expect(await off).toEqual({ supported: true, enabled: false });
    expect(slow.log).toEqual(['set true started', 'set true done', 'set false started', 'set false done']);
    expect(autostart.launchedAtLogin()).toBe(true);
  });

  it('a failed change is reported to its caller and does not block what comes after', async () => {
    let calls = 0;
    const autostart = serializeAutostart({
      get: async () => ({ supported: true, enabled: calls > 1 }),
      set: async () => {
        calls += 1;
        if (calls === 1) throw new Error('disk full');
        return { supported: true, enabled: true };
      },
      launchedAtLogin: () => false,
    });
    await expect(autostart.set(true)).rejects.toThrow('disk full');
    expect(await autostart.set(true)).toEqual({ supported: true, enabled: true });
    expect(await autostart.get()).toEqual({ supported: true, enabled: true });
  });
});
