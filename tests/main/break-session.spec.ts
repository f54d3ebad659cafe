import { describe, expect, it } from 'vitest';
import { createBreakSessionOwner, PAUSE_ALLOWANCE_MS } from '../../main/break-session.ts';
import { plannedBreathingMs, plannedSchedulerConfig } from '../../main/planned-scheduler-config.ts';
import { SchedulerError } from '../../main/scheduler/errors.ts';
import type { BeginBreakOptions } from '../../main/scheduler/scheduler.ts';
import type { CustomPatternId } from '../../shared/domain/pattern-ids.ts';
import { fromCustomPattern } from '../../shared/exercises/custom-pattern.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/types.ts';
import { EVENING, settingsWithPatterns } from '../support/custom-patterns.ts';

function setup(settings: Settings = DEFAULT_SETTINGS) {
  let now = 1_000;
  const begins: BeginBreakOptions[] = [];
  const completions: [string, number | undefined][] = [];
  const owner = createBreakSessionOwner({
    settings: () => settings,
    nowMs: () => now,
    scheduler: {
      beginBreak: (options) => begins.push(options),
      completeBreak: (outcome, breathedMs) => completions.push([outcome, breathedMs]),
    },
  });
  return { owner, begins, completions, advance: (ms: number) => (now += ms) };
}

const fourSevenEight: Settings = {
  ...DEFAULT_SETTINGS,
  breathing: { ...DEFAULT_SETTINGS.breathing, patternId: 'four-seven-eight', durationSeconds: 600 },
};

describe('main owns the break session', () => {
  it('4-7-8 never runs more than its four rounds, from any entry point', () => {
    // Scheduled: the scheduler's length comes from the planned config, the session from that length.
    const scheduled = setup(fourSevenEight);
    const configMs = plannedSchedulerConfig(fourSevenEight).breathing.durationMs;
    scheduled.owner.open({ kind: 'breathing', durationMs: configMs, source: 'scheduled' });
    expect(scheduled.owner.current()?.plan?.cycles).toBe(4);
    // Its notice (no length yet) announces the same plan.
    const noticed = setup(fourSevenEight);
    noticed.owner.open({ kind: 'breathing', source: 'scheduled' });
    expect(noticed.owner.current()?.plan).toEqual(scheduled.owner.current()?.plan);
    // Breathe now (tray, shortcut, CLI, panel) with and without a length, as app-commands plans it.
    for (const requestedMs of [undefined, 90_000, 600_000, 3_600_000]) {
      const manual = setup(fourSevenEight);
      const durationMs = plannedBreathingMs(fourSevenEight, 'four-seven-eight', requestedMs);
      manual.owner.open({ kind: 'breathing', durationMs, source: 'manual', patternId: 'four-seven-eight' });
      expect(manual.owner.current()?.plan?.cycles).toBeLessThanOrEqual(4);
      // The manual setup's choice.
      expect(manual.owner.choose('four-seven-eight', 300_000).plan?.cycles).toBe(4);
    }
  });

  it('counts a break from the window start: the plan length, then time left plus the allowance while paused', () => {
    const { owner, begins, advance } = setup();
    owner.open({ kind: 'breathing', source: 'scheduled', durationMs: 63_000 });
    owner.started();
    expect(begins).toEqual([{ durationMs: 63_000, patternId: 'belly' }]);
    advance(20_000);
    // Main answers the pause with how long it keeps the paused break: the window ends it then.
    expect(owner.paused()).toBe(43_000 + PAUSE_ALLOWANCE_MS);
    expect(begins.at(-1)).toEqual({ durationMs: 43_000 + PAUSE_ALLOWANCE_MS, patternId: 'belly' });
    // A second pause (a double press, a second window) changes nothing and keeps main's end.
    advance(1_000);
    expect(owner.paused()).toBe(42_000 + PAUSE_ALLOWANCE_MS);
    expect(begins).toHaveLength(2);
    advance(5 * 60_000);
    owner.resumed();
    expect(begins.at(-1)).toEqual({ durationMs: 43_000, patternId: 'belly' });
    advance(40_000);
    owner.paused();
    // 3 s left: still within the shortest length main accepts.
    expect(begins.at(-1)).toEqual({ durationMs: 3_000 + PAUSE_ALLOWANCE_MS, patternId: 'belly' });
    owner.resumed();
    expect(begins.at(-1)).toEqual({ durationMs: 10_000, patternId: 'belly' });
  });

  it('refuses a pause before the pacer or first step started', () => {
    const { owner, begins } = setup();
    owner.open({ kind: 'stretch', source: 'scheduled', durationMs: 300_000 });
    expect(() => owner.paused()).toThrow('not started');
    expect(begins).toEqual([]);
  });

  it('a stretch break keeps its routine and length; pauses carry no pattern', () => {
    const { owner, begins, advance } = setup();
    owner.open({ kind: 'stretch', source: 'scheduled', durationMs: 300_000 });
    const session = owner.current();
    expect(session?.plan).toBeNull();
    expect(session?.exerciseIds.length).toBeGreaterThan(0);
    owner.started();
    advance(2_000);
    owner.paused();
    expect(begins).toEqual([{ durationMs: 300_000 }, { durationMs: 298_000 + PAUSE_ALLOWANCE_MS }]);
    expect(owner.current()).toBe(session);
  });

  it('counts exactly what was breathed: never more than the plan breathes', () => {
    const { owner, completions } = setup();
    // Resonance at 60 s: 5 cycles of 11 s = 55 s of breathing.
    owner.open({ kind: 'breathing', source: 'manual', patternId: 'resonance', durationMs: 58_000 });
    expect(owner.current()?.plan).toMatchObject({ cycles: 5, breathingMs: 55_000 });
    owner.finish('taken', 66);
    owner.finish('skipped', 12.7);
    expect(completions).toEqual([
      ['taken', 55_000],
      ['skipped', 12_000],
    ]);
  });

  it('a stretch break counts no more breathing than its length', () => {
    const { owner, completions } = setup();
    owner.open({ kind: 'stretch', source: 'manual', durationMs: 60_000 });
    owner.finish('taken', 7200);
    expect(completions).toEqual([['taken', 60_000]]);
  });

  it('the setup choice re-plans only a hand-started breathing break that has not started', () => {
    const scheduled = setup();
    scheduled.owner.open({ kind: 'breathing', source: 'scheduled', durationMs: 63_000 });
    expect(() => scheduled.owner.choose('box', 60_000)).toThrow(SchedulerError);
    const manual = setup();
    manual.owner.open({ kind: 'breathing', source: 'manual', durationMs: 63_000 });
    expect(manual.owner.choose('box', 300_000)).toMatchObject({
      patternId: 'box',
      durationMs: 3_000 + 19 * 16_000,
      plan: { cycles: 19 },
    });
    manual.owner.started();
    expect(manual.begins).toEqual([{ durationMs: 307_000, patternId: 'box' }]);
    expect(() => manual.owner.choose('belly', 60_000)).toThrow(SchedulerError);
  });

  it('refuses every intent when no break runs, changing nothing', () => {
    const { owner, begins, completions } = setup();
    for (const intent of [
      () => owner.started(),
      () => owner.paused(),
      () => owner.resumed(),
      () => owner.finish('taken', 10),
      () => owner.choose('belly', 60_000),
    ]) {
      expect(intent).toThrow(SchedulerError);
    }
    expect(begins).toEqual([]);
    expect(completions).toEqual([]);
  });

  it('moves the stretch routine on after a taken stretch break only', () => {
    const { owner } = setup();
    owner.open({ kind: 'stretch', source: 'scheduled', durationMs: 300_000 });
    const first = owner.current()?.exerciseIds;
    owner.close({ kind: 'stretch', outcome: 'skipped' });
    owner.open({ kind: 'stretch', source: 'scheduled', durationMs: 300_000 });
    expect(owner.current()?.exerciseIds).toEqual(first);
    owner.close({ kind: 'stretch', outcome: 'taken' });
    owner.open({ kind: 'stretch', source: 'scheduled', durationMs: 300_000 });
    expect(owner.current()?.exerciseIds).not.toEqual(first);
  });
});

describe('main resolves custom patterns for the session it hands the break window', () => {
  const withEvening = settingsWithPatterns([EVENING], 'evening');

  it('plans a scheduled, a manual and a chosen custom break with its phases', () => {
    const { owner } = setup(withEvening);
    owner.open({ kind: 'breathing', source: 'scheduled' });
    expect(owner.current()?.plan).toMatchObject({ cycles: 5, cycleMs: 11_500, pattern: { id: 'evening' } });
    owner.close();
    owner.open({ kind: 'breathing', source: 'manual', patternId: 'box' });
    expect(owner.choose('evening' as CustomPatternId, 120_000)).toMatchObject({
      patternId: 'evening',
      durationMs: 3_000 + 10 * 11_500,
      plan: { pattern: { phases: fromCustomPattern(EVENING).phases } },
    });
  });

  it('refuses to choose a pattern the settings do not have, and keeps the session', () => {
    const { owner } = setup(withEvening);
    owner.open({ kind: 'breathing', source: 'manual' });
    const before = owner.current();
    expect(() => owner.choose('morning' as CustomPatternId, 60_000)).toThrow(SchedulerError);
    expect(owner.current()).toBe(before);
  });

  it('opens a break whose custom pattern was deleted meanwhile with the scheduled pattern', () => {
    const { owner } = setup(DEFAULT_SETTINGS);
    owner.open({ kind: 'breathing', source: 'manual', patternId: 'evening' as CustomPatternId });
    expect(owner.current()).toMatchObject({ patternId: 'belly', plan: { pattern: { id: 'belly' } } });
  });
});
