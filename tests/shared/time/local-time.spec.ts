import { describe, expect, it } from 'vitest';
import { addDays, dayKeyIn, localParts, wallMsAtLocal } from '../../../shared/time/local-time.ts';

const AMS = 'Europe/Amsterdam';

describe('localParts', () => {
  it('reads the local date, weekday and minute in the given zone', () => {
    // 2026-03-27 23:30 UTC is Saturday 00:30 in Amsterdam (CET, +01:00).
    expect(localParts(Date.UTC(2026, 2, 27, 23, 30), AMS)).toEqual({
      year: 2026,
      month: 3,
      day: 28,
      weekday: 6,
      minuteOfDay: 30,
      second: 0,
    });
    expect(localParts(Date.UTC(2026, 2, 27, 23, 30), 'UTC').minuteOfDay).toBe(23 * 60 + 30);
  });
});

describe('wallMsAtLocal', () => {
  it('finds the instant of a local time on ordinary days on both sides of DST', () => {
    expect(wallMsAtLocal({ year: 2026, month: 3, day: 27 }, 9 * 60, AMS)).toBe(Date.UTC(2026, 2, 27, 8, 0));
    expect(wallMsAtLocal({ year: 2026, month: 3, day: 30 }, 9 * 60, AMS)).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });

  it('moves a time in the spring gap forward by the gap', () => {
    // 02:30 does not exist on 2026-03-29; 03:30 CEST is 01:30 UTC.
    expect(wallMsAtLocal({ year: 2026, month: 3, day: 29 }, 2 * 60 + 30, AMS)).toBe(
      Date.UTC(2026, 2, 29, 1, 30),
    );
  });

  it('takes the earlier instant of a time that happens twice in autumn', () => {
    // 02:30 on 2026-10-25 happens at 00:30 UTC (CEST) and 01:30 UTC (CET).
    expect(wallMsAtLocal({ year: 2026, month: 10, day: 25 }, 2 * 60 + 30, AMS)).toBe(
      Date.UTC(2026, 9, 25, 0, 30),
    );
  });

  it('handles midnight at the end of the day', () => {
    expect(wallMsAtLocal({ year: 2026, month: 12, day: 31 }, 24 * 60, AMS)).toBe(
      Date.UTC(2026, 11, 31, 23, 0),
    );
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('dayKeyIn: which day it is, in an injected time zone', () => {
  it.each([
    // 22:30 UTC is already the next day in Amsterdam (UTC+2 in summer), still the same day in New York.
    ['2026-05-03T22:30:00Z', AMS, '2026-05-04'],
    ['2026-05-03T22:30:00Z', 'America/New_York', '2026-05-03'],
    ['2026-05-03T22:30:00Z', 'UTC', '2026-05-03'],
    // Around the autumn DST change in Amsterdam (03:00 CEST -> 02:00 CET on 25 Oct 2026).
    ['2026-10-24T21:59:59Z', AMS, '2026-10-24'],
    ['2026-10-24T22:00:00Z', AMS, '2026-10-25'],
    ['2026-10-25T22:59:59Z', AMS, '2026-10-25'],
    ['2026-10-25T23:00:00Z', AMS, '2026-10-26'],
  ])('%s in %s is %s', (instant, zone, key) => {
    expect(dayKeyIn(Date.parse(instant), zone)).toBe(key);
  });
});
