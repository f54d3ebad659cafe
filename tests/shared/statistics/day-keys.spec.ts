import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDayKey } from '../../../shared/statistics/day-keys.ts';

describe('day keys', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    // The last Sunday of March is 23 hours long in Europe; calendar arithmetic must not care.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('counts calendar days between keys', () => {
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3);
    expect(daysBetween('2025-01-02', '2024-12-30')).toBe(-3);
  });

  it('accepts only real calendar dates', () => {
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2025-02-29')).toBe(false);
    expect(isDayKey('2025-13-01')).toBe(false);
    expect(isDayKey('2025-1-01')).toBe(false);
    expect(isDayKey(20250101)).toBe(false);
  });
});
