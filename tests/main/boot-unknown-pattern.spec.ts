import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootApp } from './fakes/boot-harness.ts';
import { app, FakeBrowserWindow, FakeTray, platformViolations } from './fakes/fake-electron.ts';

// A first launch naming a pattern these settings do not have (a deleted custom one, a typo that is
// spelled like an id): the launching process could only check the spelling, so once the settings
// are read the app says so on stderr and exits 2, like a bad option, without tray or windows.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

let booted: Awaited<ReturnType<typeof bootApp>>;
let err = '';

beforeAll(async () => {
  booted = await bootApp({ os: 'win32' }, ['C:\\Breathing Room.exe', '--breathe', 'evening'], {
    tempPrefix: 'br-boot-unknown-',
    prepare: () => {
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
        err += String(chunk);
        return true;
      });
    },
  });
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => {
  vi.restoreAllMocks();
  booted.restore();
});

describe('--breathe with a pattern the settings do not have, on a first launch', () => {
  it('prints the known patterns on stderr and exits 2 before any tray or window', () => {
    expect(err).toBe(
      'Unknown breathing pattern "evening". Patterns: belly, resonance, extended-exhale, box, cyclic-sigh, four-seven-eight.\n',
    );
    expect(app.exitCode).toBe(2);
    expect(FakeTray.all).toHaveLength(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
  });
});
