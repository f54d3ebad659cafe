import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type IpcResult, invokeChannels } from '../../../shared/ipc-contract.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { type FakeBrowserWindow, ipcMain } from '../fakes/fake-electron.ts';
import { type BootedApp, bootAppWithWindow } from './booted-app.ts';
import { badPayload } from './fuzz-payloads.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('../fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('../fakes/module-mocks.ts')).memoryElectronLog());

const RUNS_PER_CHANNEL = 10_000;

let booted: BootedApp;

beforeAll(async () => {
  booted = await bootAppWithWindow('br-fuzz-');
});

afterAll(() => booted.restore());

async function call(channel: string, contents: FakeBrowserWindow['webContents'], ...args: unknown[]) {
  return (await ipcMain.invoke(channel, contents.invokeEvent(), ...args)) as IpcResult<unknown>;
}

describe('IPC fuzz: every channel, 10,000 bad payloads each', () => {
  it('answers each with a clear error value and changes no state', async () => {
    const { appWindow } = booted;
    const state = () => booted.state((channel, ...args) => call(channel, appWindow.webContents, ...args));
    const before = await state();
    expect(before.settings.ok && before.scheduler.ok && before.stats.ok).toBe(true);

    const codes = new Map<string, number>();
    for (const [index, channel] of invokeChannels.entries()) {
      const random = seededRandom(1000 + index);
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
