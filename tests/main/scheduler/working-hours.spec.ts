import { describe, expect, it } from 'vitest';
import type { WorkingHoursConfig } from '../../../main/scheduler/config.ts';
import {
  createWorkingHoursLookup,
  isWithinWorkingHours,
  nextWorkingStart,
  untilTomorrowWallMs,
} from '../../../main/scheduler/working-hours.ts';

const AMS = 'Europe/Amsterdam';
const OFFICE: WorkingHoursConfig = { days: [1, 2, 3, 4, 5], startMinutes: 9 * 60, endMinutes: 17 * 60 + 30 };
// Local Amsterdam time on a date in late March 2026 (CET before the 29th, CEST from it).
const cet = (day: number, hour: number, minute = 0) => Date.UTC(2026, 2, day, hour - 1, minute);
const cest = (day: number, hour: number, minute = 0) => Date.UTC(2026, 2, day, hour - 2, minute);

describe('isWithinWorkingHours', () => {
  it('is true from start up to (not including) end on enabled days only', () => {
    expect(isWithinWorkingHours(cet(27, 8, 59), OFFICE, AMS)).toBe(false);
    expect(isWithinWorkingHours(cet(27, 9), OFFICE, AMS)).toBe(true);
    expect(isWithinWorkingHours(cet(27, 17, 29), OFFICE, AMS)).toBe(true);
    expect(isWithinWorkingHours(cet(27, 17, 30), OFFICE, AMS)).toBe(false);
    expect(isWithinWorkingHours(cet(28, 12), OFFICE, AMS)).toBe(false);
  });

  it('is always true without working hours', () => {
    expect(isWithinWorkingHours(cet(28, 3), null, AMS)).toBe(true);
  });

  it('supports a window past midnight, owned by the day it starts', () => {
    const night: WorkingHoursConfig = { days: [5], startMinutes: 22 * 60, endMinutes: 6 * 60 };
    expect(isWithinWorkingHours(cet(27, 23), night, AMS)).toBe(true);
    expect(isWithinWorkingHours(cet(28, 5, 59), night, AMS)).toBe(true);
    expect(isWithinWorkingHours(cet(28, 6), night, AMS)).toBe(false);
    expect(isWithinWorkingHours(cet(26, 23), night, AMS)).toBe(false);
  });
});

describe('nextWorkingStart', () => {
  it('skips the weekend and follows the DST change', () => {
    expect(nextWorkingStart(cet(27, 18), OFFICE, AMS)).toBe(cest(30, 9));
    expect(nextWorkingStart(cet(27, 7), OFFICE, AMS)).toBe(cet(27, 9));
  });

  it('returns null with no enabled day', () => {
    expect(nextWorkingStart(cet(27, 7), { ...OFFICE, days: [] }, AMS)).toBeNull();
  });
});

describe('untilTomorrowWallMs', () => {
  it('is 08:00 local tomorrow without working hours', () => {
    expect(untilTomorrowWallMs(cet(27, 23, 50), null, 8 * 60, AMS)).toBe(cet(28, 8));
    expect(untilTomorrowWallMs(cet(28, 10), null, 8 * 60, AMS)).toBe(cest(29, 8));
  });

  it('is the start of the next working day with working hours', () => {
    expect(untilTomorrowWallMs(cet(26, 10), OFFICE, 8 * 60, AMS)).toBe(cet(27, 9));
    expect(untilTomorrowWallMs(cet(27, 10), OFFICE, 8 * 60, AMS)).toBe(cest(30, 9));
  });
});

describe('createWorkingHoursLookup', () => {
  it('answers like the direct computation through edges, a clock set back, and a new zone or hours', () => {
    const lookup = createWorkingHoursLookup();
    const direct = (wallMs: number, hours: WorkingHoursConfig, zone: string) => ({
      inside: isWithinWorkingHours(wallMs, hours, zone),
    });
    const times = [
      cet(27, 8),
      cet(27, 9),
      cet(27, 12),
      cet(27, 17, 30),
      cet(27, 8, 59),
      cet(28, 10),
      cet(27, 9, 1),
    ];
    for (const wallMs of times)
      expect(lookup(wallMs, OFFICE, AMS).inside).toBe(direct(wallMs, OFFICE, AMS).inside);
    expect(lookup(cet(27, 12), OFFICE, AMS)).toEqual({ inside: true, edgeWallMs: cet(27, 17, 30) });
    expect(lookup(cet(27, 18), OFFICE, AMS)).toEqual({ inside: false, edgeWallMs: cest(30, 9) });
    // The same instant is 08:00 in London: before the office opens there.
    expect(lookup(cet(27, 9, 30), OFFICE, 'Europe/London').inside).toBe(false);
    const late = { ...OFFICE, startMinutes: 10 * 60 };
    expect(lookup(cet(27, 9, 30), late, AMS).inside).toBe(false);
  });
});
