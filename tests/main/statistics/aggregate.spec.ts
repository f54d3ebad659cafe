import { describe, expect, it } from 'vitest';
import { pruneDays, recordEvent } from '../../../main/statistics/aggregate.ts';
import type { DayStats } from '../../../shared/statistics-types.ts';
import { dayStats } from '../../support/app-fixtures.ts';

const answers = {
  'deep-breath-hard': 1,
  'belly-back-pressure': 0,
  'tired-despite-rest': 2,
  'breath-high': 1,
  'short-of-breath': 0,
} as const;

describe('recordEvent', () => {
  it('counts each kind of event in the bucket of its date', () => {
    let days: DayStats[] = [];
    days = recordEvent(days, '2026-05-03', { type: 'offered' });
    days = recordEvent(days, '2026-05-03', { type: 'postponed' });
    days = recordEvent(days, '2026-05-03', { type: 'ended', outcome: 'taken', breathingSeconds: 60 });
    days = recordEvent(days, '2026-05-03', { type: 'ended', outcome: 'natural', breathingSeconds: 0 });
    days = recordEvent(days, '2026-05-03', { type: 'ended', outcome: 'skipped', breathingSeconds: 5 });
    days = recordEvent(days, '2026-05-03', { type: 'floor', seconds: 300 });
    days = recordEvent(days, '2026-05-03', { type: 'floor', seconds: 178 });
    days = recordEvent(days, '2026-05-03', { type: 'feeling', feeling: 'calmer' });
    days = recordEvent(days, '2026-05-03', { type: 'checkin', atMs: 42, answers });
    days = recordEvent(days, '2026-05-03', { type: 'held', reasons: ['presentation', 'call'] });
    days = recordEvent(days, '2026-05-03', { type: 'held', reasons: ['call', 'call'] });
    expect(days).toEqual([
      {
        date: '2026-05-03',
        offered: 1,
        postponed: 1,
        taken: 1,
        natural: 1,
        skipped: 1,
        breathingSeconds: 65,
        floorSessions: 2,
        floorSeconds: 478,
        feelings: { calmer: 1, same: 0, tenser: 0 },
        held: { presentation: 1, fullscreen: 0, call: 2, 'do-not-disturb': 0, 'excluded-app': 0 },
        checkins: [{ atMs: 42, answers }],
      },
    ]);
  });

  it('keeps days sorted and never changes its input', () => {
    const start = [dayStats('2026-05-01'), dayStats('2026-05-05')];
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
    const days = [dayStats('2025-03-29'), dayStats('2025-03-30'), dayStats('2026-05-02')];
    // 2026-05-02 minus 399 days is 2025-03-29.
    expect(pruneDays(days, '2026-05-02').map((entry) => entry.date)).toEqual([
      '2025-03-29',
      '2025-03-30',
      '2026-05-02',
    ]);
    expect(pruneDays(days, '2026-05-03').map((entry) => entry.date)).toEqual(['2025-03-30', '2026-05-02']);
  });

  it('never keeps more than the limit, even with days in the future', () => {
    const days = [dayStats('2026-05-01'), dayStats('2026-05-02'), dayStats('2026-06-01')];
    expect(pruneDays(days, '2026-05-02', 2).map((entry) => entry.date)).toEqual(['2026-05-02', '2026-06-01']);
  });
});
