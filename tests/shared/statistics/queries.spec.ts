import { describe, expect, it } from 'vitest';
import { emptyDay, lastDays, streak, totals } from '../../../shared/statistics/queries.ts';
import type { DayStats } from '../../../shared/statistics-types.ts';

const answers = {
  'deep-breath-hard': 1,
  'belly-back-pressure': 0,
  'tired-despite-rest': 2,
  'breath-high': 1,
  'short-of-breath': 0,
} as const;

function day(date: string, fields: Partial<DayStats> = {}): DayStats {
  return { ...emptyDay(date), ...fields };
}

describe('emptyDay', () => {
  it('is a day of the given date with every count at zero', () => {
    expect(emptyDay('2026-05-03')).toEqual({
      date: '2026-05-03',
      offered: 0,
      taken: 0,
      postponed: 0,
      skipped: 0,
      natural: 0,
      breathingSeconds: 0,
      feelings: { calmer: 0, same: 0, tenser: 0 },
      checkins: [],
    });
  });
});

describe('lastDays', () => {
  it('returns exactly N days ending today, filling empty days', () => {
    const result = lastDays([day('2026-05-01', { taken: 2 })], '2026-05-03', 4);
    expect(result.map((entry) => [entry.date, entry.taken])).toEqual([
      ['2026-04-30', 0],
      ['2026-05-01', 2],
      ['2026-05-02', 0],
      ['2026-05-03', 0],
    ]);
  });

  it('steps back across a month end', () => {
    expect(lastDays([], '2026-03-01', 2).map((entry) => entry.date)).toEqual(['2026-02-28', '2026-03-01']);
  });
});

describe('totals', () => {
  it('sums every field and counts active days', () => {
    const result = totals([
      day('2026-05-01', {
        offered: 3,
        taken: 2,
        breathingSeconds: 120,
        feelings: { calmer: 1, same: 0, tenser: 1 },
      }),
      day('2026-05-02'),
      day('2026-05-03', {
        offered: 1,
        skipped: 1,
        postponed: 2,
        natural: 1,
        checkins: [{ atMs: 1, answers }],
      }),
    ]);
    expect(result).toEqual({
      activeDays: 2,
      offered: 4,
      taken: 2,
      postponed: 2,
      skipped: 1,
      natural: 1,
      breathingSeconds: 120,
      feelings: { calmer: 1, same: 0, tenser: 1 },
      checkins: 1,
    });
  });
});

describe('streak', () => {
  const taken = { taken: 1 };

  it('counts consecutive days ending today', () => {
    expect(
      streak([day('2026-05-01', taken), day('2026-05-02', taken), day('2026-05-03', taken)], '2026-05-03'),
    ).toBe(3);
  });

  it('counts natural breaks', () => {
    expect(streak([day('2026-05-02', { natural: 1 }), day('2026-05-03', taken)], '2026-05-03')).toBe(2);
  });

  it('is not broken by a today that has no break yet', () => {
    expect(
      streak(
        [day('2026-05-01', taken), day('2026-05-02', taken), day('2026-05-03', { offered: 2 })],
        '2026-05-03',
      ),
    ).toBe(2);
  });

  it('is broken by a whole day without a taken or natural break', () => {
    expect(
      streak(
        [day('2026-05-01', taken), day('2026-05-02', { skipped: 3, postponed: 1 }), day('2026-05-03', taken)],
        '2026-05-03',
      ),
    ).toBe(1);
    expect(streak([day('2026-05-01', taken)], '2026-05-03')).toBe(0);
  });

  it('is zero without data', () => {
    expect(streak([], '2026-05-03')).toBe(0);
  });

  it('is zero when today has only skipped breaks and yesterday none', () => {
    expect(streak([day('2026-05-03', { skipped: 3 })], '2026-05-03')).toBe(0);
  });
});
