import { describe, expect, it } from 'vitest';
import { emptyDay, lastDays, streak, totals } from '../../../shared/statistics/queries.ts';
import { type CheckinAnswers, SIGNAL_IDS } from '../../../shared/statistics-types.ts';
import { dayStats } from '../../support/app-fixtures.ts';

// Check-in content does not matter to these queries, only that a check-in is there.
const answers = Object.fromEntries(SIGNAL_IDS.map((id) => [id, 1])) as CheckinAnswers;
describe('emptyDay', () => {
  it('is a day of the given date with nothing in it', () => {
    const { date, feelings, checkins, held, ...counts } = emptyDay('2026-05-03');
    expect(date).toBe('2026-05-03');
    expect(Object.values(counts)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Object.values(feelings)).toEqual([0, 0, 0]);
    expect(checkins).toEqual([]);
    expect(held).toEqual({ presentation: 0, fullscreen: 0, call: 0, 'do-not-disturb': 0, 'excluded-app': 0 });
  });
});

describe('lastDays', () => {
  it('returns exactly N days ending today, filling empty days', () => {
    const result = lastDays([dayStats('2026-05-01', { taken: 2 })], '2026-05-03', 4);
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
      dayStats('2026-05-01', {
        offered: 3,
        taken: 2,
        breathingSeconds: 120,
        feelings: { calmer: 1, same: 0, tenser: 1 },
      }),
      dayStats('2026-05-02', { floorSessions: 1, floorSeconds: 600 }),
      dayStats('2026-05-04', { held: { ...emptyDay('x').held, call: 2, presentation: 1 } }),
      dayStats('2026-05-03', {
        offered: 1,
        skipped: 1,
        postponed: 2,
        natural: 1,
        checkins: [{ atMs: 1, answers }],
      }),
    ]);
    expect(result).toEqual({
      activeDays: 4,
      offered: 4,
      taken: 2,
      postponed: 2,
      skipped: 1,
      natural: 1,
      breathingSeconds: 120,
      floorSessions: 1,
      floorSeconds: 600,
      feelings: { calmer: 1, same: 0, tenser: 1 },
      held: { presentation: 1, fullscreen: 0, call: 2, 'do-not-disturb': 0, 'excluded-app': 0 },
      checkins: 1,
    });
  });
});

describe('streak', () => {
  const taken = { taken: 1 };

  it('counts consecutive days ending today', () => {
    expect(
      streak(
        [dayStats('2026-05-01', taken), dayStats('2026-05-02', taken), dayStats('2026-05-03', taken)],
        '2026-05-03',
      ),
    ).toBe(3);
  });

  it('counts natural breaks', () => {
    expect(
      streak([dayStats('2026-05-02', { natural: 1 }), dayStats('2026-05-03', taken)], '2026-05-03'),
    ).toBe(2);
  });

  it('counts a day with a floor session', () => {
    expect(
      streak(
        [dayStats('2026-05-02', { floorSessions: 1, floorSeconds: 300 }), dayStats('2026-05-03', taken)],
        '2026-05-03',
      ),
    ).toBe(2);
  });

  it('is not broken by a today that has no break yet', () => {
    expect(
      streak(
        [
          dayStats('2026-05-01', taken),
          dayStats('2026-05-02', taken),
          dayStats('2026-05-03', { offered: 2 }),
        ],
        '2026-05-03',
      ),
    ).toBe(2);
  });

  it('is broken by a whole day without a taken or natural break', () => {
    expect(
      streak(
        [
          dayStats('2026-05-01', taken),
          dayStats('2026-05-02', { skipped: 3, postponed: 1 }),
          dayStats('2026-05-03', taken),
        ],
        '2026-05-03',
      ),
    ).toBe(1);
    expect(streak([dayStats('2026-05-01', taken)], '2026-05-03')).toBe(0);
  });

  it('is zero without data', () => {
    expect(streak([], '2026-05-03')).toBe(0);
  });

  it('is zero when today has only skipped breaks and yesterday none', () => {
    expect(streak([dayStats('2026-05-03', { skipped: 3 })], '2026-05-03')).toBe(0);
  });
});
