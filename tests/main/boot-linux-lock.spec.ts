import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { bootUnpackaged, invokeFrom, liveWindow } from './fakes/boot-harness.ts';
import { platformLabel } from './fakes/boot-platform.ts';
import { clearPlatformViolations, platformViolations, powerMonitor } from './fakes/fake-electron.ts';

// Linux sends no 'lock-screen'/'unlock-screen' (electron.d.ts: macOS and Windows only; the fake
// refuses to emit them here). The screen lock is only visible through
// powerMonitor.getSystemIdleState(threshold) === 'locked', and the scheduler must still hear it.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
const PLATFORM = { os: 'linux', session: 'x11' } as const;
let booted: { restore(): void };
let lastInputMs = 0;

async function snapshot(): Promise<SchedulerSnapshot> {
  const result = await invokeFrom<SchedulerSnapshot>(liveWindow('index.html').webContents, 'scheduler:get');
  if (!result.ok) throw new Error('scheduler:get failed');
  return result.value;
}

beforeAll(async () => {
  booted = await bootUnpackaged(PLATFORM, ['/usr/bin/breathing-room']);
  // The system idle time grows from the user's last input, as the real one does.
  lastInputMs = Date.now();
  Object.defineProperty(powerMonitor, 'idleSeconds', {
    configurable: true,
    get: () => Math.floor((Date.now() - lastInputMs) / 1000),
    set: () => {},
  });
});

afterEach(() => {
  expect(platformViolations()).toEqual([]);
});

afterAll(() => {
  delete (powerMonitor as { idleSeconds?: number }).idleSeconds;
  powerMonitor.idleSeconds = 0;
  booted.restore();
});

describe(`${platformLabel(PLATFORM)} screen lock without lock events`, () => {
  it('the scheduler hears the lock once the idle it reads is long enough, and the unlock after', async () => {
    expect(() => powerMonitor.emit('lock-screen')).toThrow(/does not exist/);
    clearPlatformViolations();
    await vi.advanceTimersByTimeAsync(5 * MINUTE_MS);
    lastInputMs = Date.now();
    powerMonitor.screenLocked = true;
    await vi.advanceTimersByTimeAsync(15 * MINUTE_MS);
    expect((await snapshot()).state).toBe('locked');
    // Back at 09:40: input, and the lock screen is gone; the next slow poll notices.
    await vi.advanceTimersByTimeAsync(20 * MINUTE_MS);
    expect((await snapshot()).state).toBe('locked');
    powerMonitor.screenLocked = false;
    lastInputMs = Date.now();
    await vi.advanceTimersByTimeAsync(15_000);
    const after = await snapshot();
    expect(after.state).not.toBe('locked');
    // The 35-minute lock stood in for the breathing break due at 09:25: the next is a full interval away.
    expect(after.next?.kind).toBe('breathing');
    expect(after.next?.dueInMs).toBeGreaterThan(20 * MINUTE_MS);
  });
});
