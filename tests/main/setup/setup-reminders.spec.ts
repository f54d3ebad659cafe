import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsChangeListener } from '../../../main/settings/settings-service.ts';
import { createEventHub } from '../../../main/setup/event-hub.ts';

import { isQuietForInvitation, setupReminders } from '../../../main/setup/setup-reminders.ts';
import { createTranslator } from '../../../shared/i18n/index.ts';
import type { SchedulerSnapshot } from '../../../shared/scheduler-types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/types.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';
import { FakeNotification, resetFakeElectron } from '../fakes/fake-electron.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Local times of the process's own zone, which the system wall clock reads too.
const local = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const INVITATION_TITLE = 'A few minutes on your back?';
const invitations = () => FakeNotification.all.filter((n) => n.options.title === INVITATION_TITLE);

function setup(initial: Partial<Settings> = {}) {
  let settings: Settings = {
    ...DEFAULT_SETTINGS,
    floorInvitation: { enabled: true, minutes: 20 * 60 + 30 },
    ...initial,
  };
  const listeners: SettingsChangeListener[] = [];
  let snapshot: SchedulerSnapshot = runningSnapshot(Date.now(), 10 * MINUTE, { state: 'outside-hours' });
  const started: string[] = [];
  const wallMoves = createEventHub<void>();
  const reminders = setupReminders({
    settings: {
      get: () => settings,
      onChange: (listener) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    },
    t: () => createTranslator('en'),
    windows: { openApp: (route) => started.push(route) },
    commands: {
      startBreak: (kind, patternId, durationMs, floor) => {
        started.push(`${kind} ${String(patternId)} ${String(durationMs)} ms floor: ${String(floor)}`);
        return null;
      },
    },
    scheduler: { snapshot: () => snapshot },
    wallMoves,
  });
  return {
    reminders,
    started,
    wallMoves,
    change(patch: Partial<Settings>) {
      const previous = settings;
      settings = { ...settings, ...patch };
      for (const listener of [...listeners]) listener(settings, previous);
    },
    setSnapshot(next: Partial<SchedulerSnapshot>) {
      snapshot = { ...snapshot, ...next };
    },
  };
}

beforeEach(() => {
  resetFakeElectron();
  vi.useFakeTimers();
  // Monday 16 November 2026, 18:00 local.
  vi.setSystemTime(local(16, 18));
});

afterEach(() => vi.useRealTimers());

describe('the evening invitation to lie down and breathe', () => {
  it('shows once at 20:30, and a click starts the floor session', async () => {
    const { started } = setup();
    await vi.advanceTimersByTimeAsync(2 * HOUR + 29 * MINUTE);
    expect(invitations()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(invitations()).toHaveLength(1);
    const [invitation] = invitations();
    expect(invitation?.options).toMatchObject({
      body: 'Lie down, knees bent, a hand on your belly, and let the breath go low. Click here to begin.',
      silent: true,
    });
    expect(started).toEqual([]);
    invitation?.emit('click');
    expect(started).toEqual(['breathing belly 300000 ms floor: true']);
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(invitations()).toHaveLength(1);
    // The next evening again.
    await vi.advanceTimersByTimeAsync(DAY - 3 * HOUR);
    expect(invitations()).toHaveLength(2);
  });

  it('is off by default, and follows the setting on and off', async () => {
    const { change } = setup({ floorInvitation: DEFAULT_SETTINGS.floorInvitation });
    expect(DEFAULT_SETTINGS.floorInvitation.enabled).toBe(false);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(invitations()).toHaveLength(0);
    change({ floorInvitation: { enabled: true, minutes: 21 * 60 } });
    // 18:00 the next day; 21:00 is three hours away.
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(invitations()).toHaveLength(1);
    change({ floorInvitation: { enabled: false, minutes: 21 * 60 } });
    await vi.advanceTimersByTimeAsync(2 * DAY);
    expect(invitations()).toHaveLength(1);
  });

  it('stays away for the evening while breaks are paused or held, and comes the next evening', async () => {
    const { setSnapshot } = setup();
    setSnapshot({ state: 'paused', paused: true, pausedUntilWallMs: null });
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(invitations()).toHaveLength(0);
    setSnapshot({ state: 'outside-hours', paused: false });
    await vi.advanceTimersByTimeAsync(DAY);
    expect(invitations()).toHaveLength(1);
  });

  it('the check-in reminder keeps its own timer beside it', async () => {
    // Monday at 19:00 for the check-in, 20:30 for the invitation: both come.
    const { started } = setup({ checkinReminder: { enabled: true, weekday: 1, minutes: 19 * 60 } });
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    const titles = FakeNotification.all.map((n) => n.options.title);
    expect(titles).toEqual(['Time for your weekly check-in', INVITATION_TITLE]);
    FakeNotification.all[0]?.emit('click');
    expect(started).toEqual(['checkin']);
  });

  it('looks again when main says the wall time moved: an evening slept through shows on waking', async () => {
    const { wallMoves } = setup();
    // The machine sleeps from 18:00 to 21:00; timers did not run, the wall clock did.
    vi.setSystemTime(local(16, 21));
    expect(invitations()).toHaveLength(0);
    wallMoves.emit();
    expect(invitations()).toHaveLength(1);
  });

  it('dispose stops both and closes what is on screen', async () => {
    const { reminders } = setup();
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    reminders.dispose();
    expect(invitations()[0]?.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(2 * DAY);
    expect(invitations()).toHaveLength(1);
  });
});

describe('isQuietForInvitation', () => {
  const at = Date.UTC(2026, 10, 16, 19, 30);
  it.each([
    ['outside working hours', runningSnapshot(at, HOUR, { state: 'outside-hours' }), false],
    ['working, nothing due soon', runningSnapshot(at, HOUR), false],
    ['away from the keyboard', runningSnapshot(at, HOUR, { state: 'idle' }), false],
    ['paused', runningSnapshot(at, HOUR, { state: 'paused', paused: true }), true],
    [
      'paused, shown as outside hours',
      runningSnapshot(at, HOUR, { state: 'outside-hours', paused: true }),
      true,
    ],
    ['in a break', runningSnapshot(at, HOUR, { state: 'in-break' }), true],
    ['a break notice on screen', runningSnapshot(at, HOUR, { state: 'notice' }), true],
    ['locked', runningSnapshot(at, HOUR, { state: 'locked' }), true],
    ['asleep', runningSnapshot(at, HOUR, { state: 'suspended' }), true],
    ['presenting', runningSnapshot(at, HOUR, { state: 'busy', busy: ['presentation'] }), true],
  ])('%s: quiet is %s', (_name, snapshot, quiet) => {
    expect(isQuietForInvitation(snapshot)).toBe(quiet);
  });
});
