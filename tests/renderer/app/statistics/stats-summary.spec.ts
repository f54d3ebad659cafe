import { describe, expect, it } from 'vitest';
import { checkinPoints, checkinTrend, dateOfKey } from '../../../../renderer/app/statistics/stats-summary.ts';
import { dayStats } from '../../../support/app-fixtures.ts';

const answers = (level: 0 | 1 | 2) => ({
  'deep-breath-hard': level,
  'belly-back-pressure': level,
  'tired-despite-rest': level,
  'breath-high': level,
  'short-of-breath': level,
});

describe('statistics summary', () => {
  it('dates a key at local noon of that calendar day', () => {
    expect(dateOfKey('2026-03-29')).toEqual(new Date(2026, 2, 29, 12));
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
