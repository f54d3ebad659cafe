import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WINDOW_FADE_MS } from '../../shared/window-fade.ts';
import { bootUnpackaged, invokeFrom, liveWindow } from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import { platformViolations } from './fakes/fake-electron.ts';

// The real composition root on a Wayland session, started from a checkout with `npm start`.
// Electron 38+ may never send ready-to-show there (electron/electron#48859), and Wayland has no
// showInactive, always-on-top or cursor position (electron.d.ts): every window must still appear.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
const PLATFORM = { os: 'linux', session: 'wayland' } as const;
let booted: { restore(): void };

beforeAll(async () => {
  booted = await bootUnpackaged(PLATFORM, [
    '/home/ann/src/breathing-room/node_modules/electron/dist/electron',
    '.',
  ]);
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => booted.restore());

describe(`${platformLabel(PLATFORM)} first launch without ready-to-show`, () => {
  it('the welcome window appears and has the focus', () => {
    const welcome = liveWindow('index.html');
    expect(welcome.urls).toEqual(['app://bundle/index.html#/welcome']);
    expect(welcome.readyToShowSent).toBe(false);
    expect(welcome.visible && welcome.focused).toBe(true);
  });

  it('the notice window appears without taking the focus, and Start now brings the break window', async () => {
    liveWindow('index.html').close();
    await vi.advanceTimersByTimeAsync(25 * MINUTE_MS - 30_000 + 1000);
    const notice = liveWindow('view=notice');
    expect(notice.visible).toBe(true);
    expect(notice.focused).toBe(false);
    expect(await invokeFrom(notice.webContents, 'break:start', { kind: 'breathing' })).toEqual({
      ok: true,
      value: null,
    });
    await vi.advanceTimersByTimeAsync(0);
    const breakWindow = liveWindow('view=break');
    expect(breakWindow.visible).toBe(true);
    expect(breakWindow.alwaysOnTopLevel).toBeNull();
    // The notice fades out beside the break window, which never waits for it.
    expect(notice.webContents.sent.some((m) => m.channel === 'window:closing')).toBe(true);
    await vi.advanceTimersByTimeAsync(WINDOW_FADE_MS);
    expect(notice.isDestroyed()).toBe(true);
    expect(breakWindow.isDestroyed()).toBe(false);
  });
});
