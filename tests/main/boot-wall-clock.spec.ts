import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootUnpackaged, invokeFrom, liveWindow } from './fakes/boot-harness.ts';
import { FakeNotification } from './fakes/fake-electron.ts';

// Electron has no "the clock changed" event, so main compares the wall clock with the monotonic
// one at every scheduler timer and power event (main/scheduler/wall-drift.ts) and tells the
// scheduler and the weekly check-in reminder. The fake timers move Date alone with setSystemTime,
// as NTP or a user setting the clock does; performance.now() keeps its pace.
vi.mock('electron', async () => (await import('./fakes/fake-electron.ts')).electronModule);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const MINUTE_MS = 60_000;
let booted: { restore(): void };

beforeAll(async () => {
  booted = await bootUnpackaged({ os: 'linux', session: 'x11' }, ['/usr/bin/breathing-room']);
}, 60_000);

afterAll(() => booted.restore());

describe('a wall-clock jump with no event from the OS', () => {
  it('is noticed at the next scheduler timer: a check-in reminder it skipped past shows within minutes, not hours', async () => {
    const updated = await invokeFrom(liveWindow('index.html').webContents, 'settings:update', {
      checkinReminder: { enabled: true, weekday: 2, minutes: 14 * 60 },
    });
    expect(updated.ok).toBe(true);
    const reminders = () =>
      FakeNotification.all.filter((n) => n.options.title === 'Time for your weekly check-in');
    const monoBefore = performance.now();
    // Tuesday 09:00 → 14:05 in one step.
    vi.setSystemTime(new Date(2026, 2, 10, 14, 5, 0));
    expect(performance.now() - monoBefore).toBeLessThan(MINUTE_MS);
    expect(reminders()).toHaveLength(0);
    // The scheduler looks at idle every 10 minutes while the user works; the reminder's own timer
    // would wait until 14:00 on the monotonic clock, 5 hours away.
    await vi.advanceTimersByTimeAsync(11 * MINUTE_MS);
    expect(reminders()).toHaveLength(1);
  }, 60_000);
});
