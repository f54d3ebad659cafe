import { describe, expect, it } from 'vitest';
import {
  createLocalReminder,
  type LocalReminderSettings,
  MAX_REMINDER_WAIT_MS,
  nextReminder,
  weekKeyOf,
} from '../../../main/reminders/local-reminder.ts';
import { createSimulatedClock } from '../scheduler/fakes.ts';

const ZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONDAY = 1;
const SUNDAY = 0;
// Expected instants are written in UTC by hand: Amsterdam is UTC+1 in winter, UTC+2 in summer,
// and in 2026 summer time starts on Sunday 29 March at 02:00 local.
const utc = (month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(2026, month - 1, day, hour, minute);

const mondayAtTen: LocalReminderSettings = { enabled: true, weekday: MONDAY, minutes: 10 * 60 };

describe('nextReminder', () => {
  it('is the coming weekday at the chosen local time, today if still ahead, else next week', () => {
    // Wednesday 11 March, 09:00 local: the coming Monday is 16 March.
    expect(nextReminder(utc(3, 11, 8), mondayAtTen, ZONE).atMs).toBe(utc(3, 16, 9));
    // Monday 16 March 09:59 local: today at 10:00.
    expect(nextReminder(utc(3, 16, 8, 59), mondayAtTen, ZONE).atMs).toBe(utc(3, 16, 9));
    // At 10:00 exactly it is no longer "after now": next week.
    expect(nextReminder(utc(3, 16, 9), mondayAtTen, ZONE)).toEqual({
      atMs: utc(3, 23, 9),
      date: { year: 2026, month: 3, day: 23 },
    });
  });

  it('keeps the local time across the start of summer time', () => {
    // Friday 27 March 12:00 CET; Monday 30 March 10:00 is already CEST (08:00 UTC, not 09:00).
    expect(nextReminder(utc(3, 27, 11), mondayAtTen, ZONE).atMs).toBe(utc(3, 30, 8));
  });

  it('a time inside the DST gap moves forward by the gap, and is back to normal the week after', () => {
    const sundayHalfPastTwo = { weekday: SUNDAY, minutes: 2 * 60 + 30 } as const;
    // 02:30 does not exist on 29 March: it becomes 03:30 CEST = 01:30 UTC.
    expect(nextReminder(utc(3, 28, 12), sundayHalfPastTwo, ZONE).atMs).toBe(utc(3, 29, 1, 30));
    // The Sunday after: 02:30 CEST = 00:30 UTC.
    expect(nextReminder(utc(3, 29, 2), sundayHalfPastTwo, ZONE).atMs).toBe(utc(4, 5, 0, 30));
  });

  it('a time that happens twice when summer time ends is the first one', () => {
    // 25 October 2026: 02:30 CEST (00:30 UTC) and 02:30 CET (01:30 UTC).
    const at = nextReminder(utc(10, 24, 12), { weekday: SUNDAY, minutes: 150 }, ZONE).atMs;
    expect(at).toBe(utc(10, 25, 0, 30));
  });
});

describe('weekKeyOf', () => {
  it('gives every day of one Monday-to-Sunday week the same key', () => {
    expect(weekKeyOf({ year: 2026, month: 3, day: 30 })).toBe('2026-03-30');
    expect(weekKeyOf({ year: 2026, month: 4, day: 5 })).toBe('2026-03-30');
    expect(weekKeyOf({ year: 2026, month: 3, day: 29 })).toBe('2026-03-23');
    expect(weekKeyOf({ year: 2027, month: 1, day: 1 })).toBe('2026-12-28');
  });
});

function setup(startWallMs: number, settings: LocalReminderSettings = mondayAtTen) {
  const clock = createSimulatedClock({ wallMs: startWallMs, timeZone: ZONE });
  const reminders: number[] = [];
  const controller = createLocalReminder(
    { wall: clock.wall, timer: clock.timer, remind: () => reminders.push(clock.wall.nowMs()) },
    settings,
  );
  return { clock, reminders, controller };
}

describe('check-in reminder controller', () => {
  it('reminds once at 10:00 local on the Monday after summer time starts, then a week later', () => {
    const { clock, reminders } = setup(utc(3, 27, 11));
    // Never waits more than the cap, so a changed clock is seen in time.
    expect(clock.deadline()).toBe(1_000_000 + MAX_REMINDER_WAIT_MS);
    clock.advance(utc(3, 30, 8) - utc(3, 27, 11) - MINUTE);
    expect(reminders).toEqual([]);
    clock.advance(MINUTE);
    expect(reminders).toEqual([utc(3, 30, 8)]);
    clock.advance(7 * DAY - MINUTE);
    expect(reminders).toHaveLength(1);
    clock.advance(MINUTE);
    expect(reminders).toEqual([utc(3, 30, 8), utc(4, 6, 8)]);
    expect(clock.armedCount()).toBe(1);
  });

  it('a clock jump of three days over the reminder time reminds once, soon after, then next week', () => {
    // Sunday 15 March 12:00 local; the reminder is Monday 16 March 10:00.
    const { clock, reminders } = setup(utc(3, 15, 11));
    clock.advance(HOUR);
    clock.jumpWall(3 * DAY);
    clock.advance(MAX_REMINDER_WAIT_MS);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toBeGreaterThan(utc(3, 18, 11));
    clock.advance(2 * DAY);
    expect(reminders).toHaveLength(1);
    // Next Monday 23 March 10:00 local.
    clock.advance(utc(3, 23, 9) - clock.wall.nowMs());
    expect(reminders).toHaveLength(2);
    expect(reminders[1]).toBe(utc(3, 23, 9));
  });

  it('a reminder that came due during sleep shows on resume', () => {
    const { clock, reminders, controller } = setup(utc(3, 16, 8));
    clock.passUnseen(3 * HOUR, { monotonicAdvances: false });
    controller.refresh();
    expect(reminders).toEqual([utc(3, 16, 11)]);
  });

  it('never reminds twice in one week: not when the clock goes back, not when the time moves later', () => {
    const { clock, reminders, controller } = setup(utc(3, 16, 8));
    clock.advance(HOUR);
    expect(reminders).toEqual([utc(3, 16, 9)]);
    // Back to 09:00 local, before the reminder time again; the resume hint re-reads the clock.
    clock.jumpWall(-2 * HOUR);
    controller.refresh();
    clock.advance(4 * HOUR);
    expect(reminders).toHaveLength(1);
    controller.update({ enabled: true, weekday: MONDAY, minutes: 18 * 60 });
    controller.update({ enabled: true, weekday: 3, minutes: 18 * 60 });
    clock.advance(5 * DAY);
    expect(reminders).toHaveLength(1);
    // Wednesday of the next week, 18:00 local.
    clock.advance(utc(3, 25, 17) - clock.wall.nowMs());
    expect(reminders).toEqual([utc(3, 16, 9), utc(3, 25, 17)]);
  });

  it('follows settings: off cancels the timer, on re-arms at the new time', () => {
    const { clock, reminders, controller } = setup(utc(3, 16, 8), { ...mondayAtTen, enabled: false });
    expect(clock.armedCount()).toBe(0);
    clock.advance(2 * HOUR);
    expect(reminders).toEqual([]);
    controller.update({ enabled: true, weekday: MONDAY, minutes: 11 * 60 + 30 });
    clock.advance(30 * MINUTE);
    expect(reminders).toEqual([utc(3, 16, 10, 30)]);
    controller.update({ ...mondayAtTen, enabled: false });
    expect(clock.armedCount()).toBe(0);
  });

  it('an unrelated settings change does not drop a reminder that is due', () => {
    const { clock, reminders, controller } = setup(utc(3, 16, 8));
    clock.passUnseen(2 * HOUR, { monotonicAdvances: false });
    controller.update({ ...mondayAtTen });
    expect(reminders).toEqual([utc(3, 16, 10)]);
  });

  it('is released on dispose', () => {
    const { clock, reminders, controller } = setup(utc(3, 16, 8));
    controller.dispose();
    expect(clock.armedCount()).toBe(0);
    controller.refresh();
    controller.update({ ...mondayAtTen, minutes: 9 * 60 + 30 });
    clock.advance(DAY);
    expect(reminders).toEqual([]);
    expect(clock.armedCount()).toBe(0);
  });
});

describe('a daily reminder (the evening invitation to lie down and breathe)', () => {
  const eveningAtHalfPastEight: LocalReminderSettings = { enabled: true, minutes: 20 * 60 + 30 };

  it('is today at the chosen time while still ahead, else tomorrow, in local time across DST', () => {
    // Saturday 28 March 12:00 CET: today at 20:30 CET.
    expect(nextReminder(utc(3, 28, 11), eveningAtHalfPastEight, ZONE).atMs).toBe(utc(3, 28, 19, 30));
    // 20:30 exactly is no longer ahead: Sunday 29 March at 20:30, which is already CEST.
    expect(nextReminder(utc(3, 28, 19, 30), eveningAtHalfPastEight, ZONE)).toEqual({
      atMs: utc(3, 29, 18, 30),
      date: { year: 2026, month: 3, day: 29 },
    });
  });

  it('comes once every evening, never twice in a day, and keeps one timer', () => {
    const clock = createSimulatedClock({ wallMs: utc(3, 27, 11), timeZone: ZONE });
    const shown: number[] = [];
    createLocalReminder(
      { wall: clock.wall, timer: clock.timer, remind: () => shown.push(clock.wall.nowMs()) },
      eveningAtHalfPastEight,
    );
    clock.advance(utc(3, 30, 12) - utc(3, 27, 11));
    // Friday, Saturday (CET), Sunday and Monday after the change (CEST): 20:30 local each time.
    expect(shown).toEqual([utc(3, 27, 19, 30), utc(3, 28, 19, 30), utc(3, 29, 18, 30)]);
    expect(clock.armedCount()).toBe(1);
  });

  it('the clock set back after it came does not bring it again the same evening', () => {
    const clock = createSimulatedClock({ wallMs: utc(3, 16, 19), timeZone: ZONE });
    const shown: number[] = [];
    const controller = createLocalReminder(
      { wall: clock.wall, timer: clock.timer, remind: () => shown.push(clock.wall.nowMs()) },
      eveningAtHalfPastEight,
    );
    clock.advance(HOUR);
    expect(shown).toEqual([utc(3, 16, 19, 30)]);
    clock.jumpWall(-HOUR);
    controller.refresh();
    clock.advance(3 * HOUR);
    expect(shown).toHaveLength(1);
    clock.advance(DAY);
    expect(shown).toEqual([utc(3, 16, 19, 30), utc(3, 17, 19, 30)]);
  });

  it('with staleAfterMs, one found too late (slept through the evening) is let go for that day only', () => {
    const clock = createSimulatedClock({ wallMs: utc(3, 16, 17), timeZone: ZONE });
    const shown: number[] = [];
    const controller = createLocalReminder(
      {
        wall: clock.wall,
        timer: clock.timer,
        staleAfterMs: 2 * HOUR,
        remind: () => shown.push(clock.wall.nowMs()),
      },
      eveningAtHalfPastEight,
    );
    // Asleep from 18:00 to 23:00 local: 20:30 passed two and a half hours ago.
    clock.passUnseen(5 * HOUR, { monotonicAdvances: false });
    controller.refresh();
    expect(shown).toEqual([]);
    clock.advance(DAY);
    expect(shown).toEqual([utc(3, 17, 19, 30)]);
    // Asleep over it again, but back within the two hours: it still shows, late.
    clock.advance(utc(3, 18, 19) - clock.wall.nowMs());
    clock.passUnseen(2 * HOUR, { monotonicAdvances: false });
    controller.refresh();
    expect(shown).toEqual([utc(3, 17, 19, 30), utc(3, 18, 21)]);
  });
});
