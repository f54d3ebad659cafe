import { describe, expect, it } from 'vitest';
import { idleMsFrom, nextIdleSampleMs, observeIdle } from '../../../main/scheduler/idle-probe.ts';
import { configWith } from './config-helpers.ts';

const MIN = 60_000;

describe('observeIdle', () => {
  it('keeps a period across whole-second rounding and starts a new one after input', () => {
    const period = observeIdle(null, 100_000, 40_000);
    expect(period).toEqual({ startMs: 60_000, counted: [] });
    const same = observeIdle({ ...period, counted: ['breathing'] }, 130_400, 71_000);
    expect(same.counted).toEqual(['breathing']);
    expect(observeIdle(same, 200_000, 5_000)).toEqual({ startMs: 195_000, counted: [] });
  });
});

describe('nextIdleSampleMs', () => {
  it('looks when the current idle stretch would reach the next threshold', () => {
    const config = configWith({ breathing: { enabled: false } });
    // Stretch 5 min and long idle 5 min; idle since 2 min ago.
    expect(nextIdleSampleMs(config, 10 * MIN, { startMs: 8 * MIN, counted: [] })).toBe(13 * MIN);
  });

  it('never looks sooner than the minimum gap', () => {
    const config = configWith();
    expect(nextIdleSampleMs(config, 10 * MIN, { startMs: 10 * MIN - 20_000, counted: [] })).toBe(11 * MIN);
  });

  it('skips thresholds already counted in this period', () => {
    const config = configWith({ longIdleMs: 0 });
    expect(nextIdleSampleMs(config, 10 * MIN, { startMs: 8 * MIN, counted: ['breathing'] })).toBe(13 * MIN);
  });

  it('does not sample when neither natural breaks nor long idle can happen', () => {
    expect(nextIdleSampleMs(configWith({ naturalBreaks: false, longIdleMs: 0 }), 0, null)).toBeNull();
  });
});

describe('idleMsFrom', () => {
  it('turns odd readings into zero', () => {
    expect(idleMsFrom(Number.NaN)).toBe(0);
    expect(idleMsFrom(-3)).toBe(0);
    expect(idleMsFrom(4)).toBe(4000);
  });
});
