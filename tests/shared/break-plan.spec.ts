import { describe, expect, it } from 'vitest';
import {
  breathedSecondsWithin,
  PREROLL_MS,
  planBreakSession,
  requestedBreathingMs,
} from '../../shared/break-plan.ts';
import { BREAK_LENGTH_LIMITS_MS } from '../../shared/domain/limits.ts';
import { fromCustomPattern } from '../../shared/exercises/custom-pattern.ts';
import { breathingPatterns, findPattern } from '../../shared/exercises/patterns.ts';
import { settingsSchema } from '../../shared/settings/schema.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { EVENING } from '../support/custom-patterns.ts';

const withSeconds = (durationSeconds: number) => ({
  breathing: { ...DEFAULT_SETTINGS.breathing, durationSeconds },
});

describe('planBreakSession: one rule for cycles, rounding and caps', () => {
  it.each([
    // [pattern, asked-for breathing seconds, cycles]
    ['belly', 60, 6], // 10 s cycles: exact
    ['belly', 64, 6], // 4 s over: rounds down
    ['belly', 65, 7], // half a cycle over: rounds up
    ['resonance', 60, 5], // 11 s cycles: 5.45 -> 5 (55 s), not the 66 s the window used to run
    ['box', 30, 2], // 16 s cycles: 1.875 -> 2
    ['box', 1, 1], // never less than one cycle
    ['four-seven-eight', 90, 4], // 19 s cycles: 4.7 -> capped at 4 (was 5)
    ['four-seven-eight', 600, 4], // was 32
    ['four-seven-eight', 20, 1],
  ] as const)('%s at %i s breathes %i cycles', (id, seconds, cycles) => {
    const pattern = findPattern(id);
    const plan = planBreakSession({ requestedMs: seconds * 1000 }, pattern);
    expect(plan.cycles).toBe(cycles);
    expect(plan.breathingMs).toBe(cycles * plan.cycleMs);
    expect(plan.totalMs).toBe(PREROLL_MS + plan.breathingMs);
    // The same answer whether the length comes from the settings or from a choice.
    expect(planBreakSession(withSeconds(seconds), pattern)).toEqual(plan);
  });

  it('4-7-8 never exceeds its four rounds for any length the settings, the setup or IPC allow', () => {
    const pattern = findPattern('four-seven-eight');
    const rule = settingsSchema.properties.breathing.properties?.durationSeconds;
    const settingsSeconds = Array.from(
      { length: (rule?.maximum ?? 0) - (rule?.minimum ?? 0) + 1 },
      (_, index) => (rule?.minimum ?? 0) + index,
    );
    const ipcSeconds = [BREAK_LENGTH_LIMITS_MS.min / 1000, 59, 61, 300, BREAK_LENGTH_LIMITS_MS.max / 1000];
    for (const seconds of [...settingsSeconds, ...ipcSeconds, 60, 120, 180, 300]) {
      expect(planBreakSession({ requestedMs: seconds * 1000 }, pattern).cycles).toBeLessThanOrEqual(4);
    }
  });

  it('re-planning a plan from its whole length gives the same plan (main re-plans what it is told)', () => {
    for (const pattern of breathingPatterns) {
      for (const seconds of [10, 30, 59, 60, 61, 97, 300, 600, 3600]) {
        const plan = planBreakSession({ requestedMs: seconds * 1000 }, pattern);
        expect(planBreakSession({ requestedMs: requestedBreathingMs(plan.totalMs) }, pattern)).toEqual(plan);
      }
    }
  });

  it('keeps every whole break within the lengths main accepts', () => {
    for (const pattern of breathingPatterns) {
      for (const seconds of [0, 1, 10, 3600, 7200]) {
        const { totalMs } = planBreakSession({ requestedMs: seconds * 1000 }, pattern);
        expect(totalMs).toBeGreaterThanOrEqual(BREAK_LENGTH_LIMITS_MS.min);
        expect(totalMs).toBeLessThanOrEqual(BREAK_LENGTH_LIMITS_MS.max);
      }
    }
  });
});

describe('breathedSecondsWithin: statistics count exactly what was breathed', () => {
  const plan = planBreakSession({ requestedMs: 60_000 }, findPattern('resonance')); // 5 x 11 s = 55 s

  it.each([
    [0, 0],
    [-3, 0],
    [Number.NaN, 0],
    [12.9, 12],
    [55, 55],
    [66, 55], // a window that ran long cannot count more than the plan breathes
    [7200, 55],
  ])('a report of %d s counts %d s', (reported, counted) => {
    expect(breathedSecondsWithin(plan, reported)).toBe(counted);
  });
});

describe('planBreakSession with a custom pattern', () => {
  // 3.5 + 1.5 + 5.5 + 1 = 11.5 s a cycle, both holds, half seconds.
  const evening = fromCustomPattern(EVENING);

  it.each([
    [60, 5], // 5.2 cycles: rounds down to 57.5 s
    [63, 5], // 5.48: still down
    [64, 6], // 5.57: up
    [1, 1], // never less than one cycle
    // Holds but no cap: 4-7-8's four rounds are its practice's own dose; here the user made the
    // rhythm and chose the length, so ten minutes are ten minutes (52 whole cycles).
    [600, 52],
  ] as const)('at %i s breathes %i whole cycles, pre-roll on top', (seconds, cycles) => {
    const plan = planBreakSession({ requestedMs: seconds * 1000 }, evening);
    expect(plan).toEqual({
      pattern: evening,
      cycles,
      cycleMs: 11_500,
      breathingMs: cycles * 11_500,
      prerollMs: PREROLL_MS,
      totalMs: PREROLL_MS + cycles * 11_500,
    });
  });

  it('carries the pattern main resolved, so the break window paces exactly these phases', () => {
    expect(planBreakSession(DEFAULT_SETTINGS, evening).pattern.phases).toEqual(evening.phases);
  });
});
