import { describe, expect, it } from 'vitest';
import {
  emptyDay,
  lastDays,
  pruneDays,
  recordEvent,
  streak,
  totals,
} from '../../../main/statistics/aggregate.ts';
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

describe('recordEvent', () => {
  it('counts each kind of event in the bucket of its date', () => {
    let days: DayStats[] = [];
    days = recordEvent(days, '2026-05-03', { type: 'offered' });
    days = recordEvent(days, '2026-05-03', { type: 'postponed' });
    days = recordEvent(days, '2026-05-03', { type: 'ended', outcome: 'taken', breathingSeconds: 60 });
    days = recordEvent(days, '2026-05-03', { type: 'ended', outcome: 'natural', breathingSeconds: 0 });
    days = recordEvent(days, '2026-05-03', { type: 'ended', outcome: 'skipped', breathingSeconds: 5 });
    days = recordEvent(days, '2026-05-03', { type: 'feeling', feeling: 'calmer' });
    days = recordEvent(days, '2026-05-03', { type: 'checkin', atMs: 42, answers });
    expect(days).toEqual([
      {
        date: '2026-05-03',
        offered: 1,
        postponed: 1,
        taken: 1,
        natural: 1,
        skipped: 1,
        breathingSeconds: 65,
        feelings: { calmer: 1, same: 0, tenser: 0 },
        checkins: [{ atMs: 42, answers }],
      },
    ]);
  });

  it('keeps days sorted and never changes its input', () => {
    const start = [day('2026-05-01'), day('2026-05-05')];
    const next = recordEvent(recordEvent(start, '2026-05-03', { type: 'offered' }), '2026-04-30', {
      type: 'offered',
    });
    expect(next.map((entry) => entry.date)).toEqual(['2026-04-30', '2026-05-01', '2026-05-03', '2026-05-05']);
    expect(start.map((entry) => entry.date)).toEqual(['2026-05-01', '2026-05-05']);
    expect(start[0]?.offered).toBe(0);
  });

  it('caps check-ins per day, keeping the newest', () => {
    let days: DayStats[] = [];
    for (let index = 0; index < 30; index += 1) {
      days = recordEvent(days, '2026-05-03', { type: 'checkin', atMs: index, answers });
    }
    expect(days[0]?.checkins).toHaveLength(24);
    expect(days[0]?.checkins[0]?.atMs).toBe(6);
    expect(days[0]?.checkins.at(-1)?.atMs).toBe(29);
  });
});

describe('pruneDays', () => {
  it('keeps the 400 calendar days ending today', () => {
    const days = [day('2025-03-29'), day('2025-03-30'), day('2026-05-02')];
    // 2026-05-02 minus 399 days is 2025-03-29.
    expect(pruneDays(days, '2026-05-02').map((entry) => entry.date)).toEqual([
      '2025-03-29',
      '2025-03-30',
      '2026-05-02',
    ]);
    expect(pruneDays(days, '2026-05-03').map((entry) => entry.date)).toEqual(['2025-03-30', '2026-05-02']);
  });

  it('never keeps more than the limit, even with days in the future', () => {
    const days = [day('2026-05-01'), day('2026-05-02'), day('2026-06-01')];
    expect(pruneDays(days, '2026-05-02', 2).map((entry) => entry.date)).toEqual(['2026-05-02', '2026-06-01']);
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
});
