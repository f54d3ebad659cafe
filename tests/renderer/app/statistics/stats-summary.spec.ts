import { describe, expect, it } from 'vitest';
import {
  addDaysToKey,
  checkinPoints,
  checkinTrend,
  lastDays,
  localDateKey,
  streakDays,
  sumDays,
} from '../../../../renderer/app/statistics/stats-summary.ts';
import { dayStats } from '../../../support/app-fixtures.ts';

const answers = (level: 0 | 1 | 2) => ({
  'deep-breath-hard': level,
  'belly-back-pressure': level,
  'tired-despite-rest': level,
  'breath-high': level,
  'short-of-breath': level,
});

describe('statistics summary', () => {
  it('keys days by the local calendar and steps across month ends', () => {
    expect(localDateKey(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
    expect(addDaysToKey('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDaysToKey('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('fills the last N days oldest first, with missing days empty', () => {
    const days = lastDays([dayStats('2026-03-09', { taken: 2 })], '2026-03-10', 3);
    expect(days.map((d) => d.date)).toEqual(['2026-03-08', '2026-03-09', '2026-03-10']);
    expect(days.map((d) => d.taken)).toEqual([0, 2, 0]);
  });

  it('adds up the period', () => {
    const totals = sumDays([
      dayStats('2026-03-09', {
        taken: 2,
        skipped: 1,
        breathingSeconds: 90,
        feelings: { calmer: 1, same: 0, tenser: 0 },
      }),
      dayStats('2026-03-10', {
        taken: 1,
        natural: 3,
        breathingSeconds: 30,
        feelings: { calmer: 1, same: 1, tenser: 0 },
      }),
    ]);
    expect(totals).toMatchObject({
      taken: 3,
      skipped: 1,
      natural: 3,
      breathingSeconds: 120,
      calmer: 2,
      same: 1,
    });
  });

  it('counts a streak of days with a break, and an empty today does not end it', () => {
    const history = [
      dayStats('2026-03-06', { taken: 1 }),
      dayStats('2026-03-08', { natural: 1 }),
      dayStats('2026-03-09', { taken: 1, skipped: 4 }),
    ];
    expect(streakDays(history, '2026-03-10')).toBe(2);
    expect(streakDays([...history, dayStats('2026-03-10', { taken: 1 })], '2026-03-10')).toBe(3);
    expect(streakDays([dayStats('2026-03-10', { skipped: 3 })], '2026-03-10')).toBe(0);
  });

  it('scores check-ins 0 to 10 in time order and calls the trend', () => {
    const points = checkinPoints([
      dayStats('2026-03-10', { checkins: [{ atMs: 20, answers: answers(0) }] }),
      dayStats('2026-03-01', { checkins: [{ atMs: 10, answers: answers(2) }] }),
    ]);
    expect(points.map((p) => p.score)).toEqual([10, 0]);
    expect(checkinTrend(points)).toBe('lower');
    expect(checkinTrend([...points].reverse())).toBe('higher');
    expect(checkinTrend(points.slice(0, 1))).toBeNull();
  });
});
