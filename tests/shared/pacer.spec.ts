import { describe, expect, it } from 'vitest';
import type { BreathingPattern, BreathPhase } from '../../shared/exercises/types.ts';
import {
  breathsPerMinute,
  cycleMs,
  easeInOutSine,
  pacerAt,
  phaseBoundaries,
  phaseTimeline,
  roundSessionToCycles,
  sessionMsForCycles,
  sessionProgress,
} from '../../shared/pacer.ts';

// Patterns are built here rather than taken from shared/exercises/patterns.ts so these tests
// pin the timing rules, not whatever the data file holds today.
function makePattern(phases: readonly BreathPhase[], maxCycles?: number): BreathingPattern {
  const base = {
    id: 'belly' as const,
    name: { en: 'Test', nl: 'Test' },
    summary: { en: 'Test pattern', nl: 'Testpatroon' },
    phases,
    defaultSessionSeconds: 60,
    cautions: [],
  };
  return maxCycles === undefined ? base : { ...base, maxCycles };
}

const fourSix = makePattern([
  { kind: 'inhale', ms: 4000 },
  { kind: 'exhale', ms: 6000 },
]);
const resonance = makePattern([
  { kind: 'inhale', ms: 5500 },
  { kind: 'exhale', ms: 5500 },
]);
const boxNoHoldOut = makePattern([
  { kind: 'inhale', ms: 4000 },
  { kind: 'hold-in', ms: 4000 },
  { kind: 'exhale', ms: 4000 },
  { kind: 'hold-out', ms: 0 },
]);
const box = makePattern([
  { kind: 'inhale', ms: 4000 },
  { kind: 'hold-in', ms: 4000 },
  { kind: 'exhale', ms: 4000 },
  { kind: 'hold-out', ms: 4000 },
]);
const topUpCue = { en: 'Top up', nl: 'Nog wat bij' };
const cyclicSigh = makePattern([
  { kind: 'inhale', ms: 2000, level: 0.8 },
  { kind: 'inhale', ms: 1000, level: 1, cue: topUpCue },
  { kind: 'exhale', ms: 6000 },
]);
const fourSevenEight = makePattern(
  [
    { kind: 'inhale', ms: 4000 },
    { kind: 'hold-in', ms: 7000 },
    { kind: 'exhale', ms: 8000 },
  ],
  4,
);

/** sin ease by hand: 0.5 - 0.5 cos(pi t), with cos values written out for the fractions used. */
const easeQuarter = 0.5 - 0.5 * Math.SQRT1_2; // cos(pi/4) = sqrt(1/2)

describe('easeInOutSine', () => {
  it('runs from 0 to 1 through 0.5 at the midpoint', () => {
    expect(easeInOutSine(0)).toBe(0);
    expect(easeInOutSine(0.5)).toBeCloseTo(0.5, 12);
    expect(easeInOutSine(1)).toBe(1);
    expect(easeInOutSine(0.25)).toBeCloseTo(easeQuarter, 12);
    expect(easeInOutSine(0.75)).toBeCloseTo(1 - easeQuarter, 12);
  });

  it('clamps out-of-range and NaN input', () => {
    expect(easeInOutSine(-3)).toBe(0);
    expect(easeInOutSine(7)).toBe(1);
    expect(easeInOutSine(Number.NaN)).toBe(0);
  });
});

describe('cycleMs and validation', () => {
  it('sums the phase lengths', () => {
    expect(cycleMs(fourSix)).toBe(10_000);
    expect(cycleMs(boxNoHoldOut)).toBe(12_000);
    expect(cycleMs(cyclicSigh)).toBe(9000);
  });

  it('throws a clear error for a 0 ms cycle', () => {
    const empty = makePattern([
      { kind: 'inhale', ms: 0 },
      { kind: 'exhale', ms: 0 },
    ]);
    expect(() => cycleMs(empty)).toThrow(/0 ms cycle/);
    expect(() => pacerAt(empty, 0)).toThrow(/0 ms cycle/);
    expect(() => cycleMs(makePattern([]))).toThrow(/0 ms cycle/);
  });

  it('throws for phase lengths that are negative, fractional or not finite', () => {
    for (const ms of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const bad = makePattern([
        { kind: 'inhale', ms: 4000 },
        { kind: 'exhale', ms },
      ]);
      expect(() => cycleMs(bad)).toThrow(/phase 1 \(exhale\)/);
      expect(() => pacerAt(bad, 0)).toThrow(Error);
    }
  });
});

describe('pacerAt boundaries (4 s in, 6 s out)', () => {
  it('starts in the inhale at 0 with an empty shape', () => {
    expect(pacerAt(fourSix, 0)).toEqual({
      phase: 'inhale',
      phaseIndex: 0,
      cycle: 0,
      elapsedInPhaseMs: 0,
      remainingInPhaseMs: 4000,
      phaseMs: 4000,
      level: 0,
    });
  });

  it('is still in the inhale 1 ms before its end', () => {
    const state = pacerAt(fourSix, 3999);
    expect(state.phase).toBe('inhale');
    expect(state.elapsedInPhaseMs).toBe(3999);
    expect(state.remainingInPhaseMs).toBe(1);
    expect(state.level).toBeGreaterThan(0.9999);
    expect(state.level).toBeLessThan(1);
  });

  it('gives the boundary to the next phase', () => {
    expect(pacerAt(fourSix, 4000)).toEqual({
      phase: 'exhale',
      phaseIndex: 1,
      cycle: 0,
      elapsedInPhaseMs: 0,
      remainingInPhaseMs: 6000,
      phaseMs: 6000,
      level: 1,
    });
  });

  it('ends the cycle in the exhale and starts the next at 10 000 ms', () => {
    const last = pacerAt(fourSix, 9999);
    expect(last).toMatchObject({
      phase: 'exhale',
      phaseIndex: 1,
      cycle: 0,
      elapsedInPhaseMs: 5999,
      remainingInPhaseMs: 1,
    });
    expect(last.level).toBeLessThan(1e-6);
    expect(pacerAt(fourSix, 10_000)).toEqual({
      phase: 'inhale',
      phaseIndex: 0,
      cycle: 1,
      elapsedInPhaseMs: 0,
      remainingInPhaseMs: 4000,
      phaseMs: 4000,
      level: 0,
    });
  });

  it('eases the level with a sine in-out', () => {
    expect(pacerAt(fourSix, 1000).level).toBeCloseTo(easeQuarter, 12);
    expect(pacerAt(fourSix, 2000).level).toBeCloseTo(0.5, 12);
    expect(pacerAt(fourSix, 3000).level).toBeCloseTo(1 - easeQuarter, 12);
    // Exhale 1 -> 0 over 6 s: at 3 s in, half way; at 1.5 s in, a quarter of the ease.
    expect(pacerAt(fourSix, 7000).level).toBeCloseTo(0.5, 12);
    expect(pacerAt(fourSix, 5500).level).toBeCloseTo(1 - easeQuarter, 12);
  });
});

describe('pacerAt input hygiene', () => {
  it('floors fractional elapsed times to whole ms', () => {
    expect(pacerAt(fourSix, 3999.999)).toEqual(pacerAt(fourSix, 3999));
    expect(pacerAt(fourSix, 3999.999).phase).toBe('inhale');
    expect(pacerAt(fourSix, 4000.4)).toEqual(pacerAt(fourSix, 4000));
    expect(pacerAt(fourSix, 1234.5).elapsedInPhaseMs).toBe(1234);
  });

  it('treats negative and non-finite elapsed times as 0', () => {
    const start = pacerAt(fourSix, 0);
    for (const elapsed of [-1, -0.5, -1e12, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(pacerAt(fourSix, elapsed)).toEqual(start);
    }
  });
});

describe('zero-length phases', () => {
  it('skips a 0 ms hold-out in box breathing', () => {
    expect(pacerAt(boxNoHoldOut, 11_999)).toMatchObject({
      phase: 'exhale',
      phaseIndex: 2,
      cycle: 0,
      remainingInPhaseMs: 1,
    });
    expect(pacerAt(boxNoHoldOut, 12_000)).toMatchObject({
      phase: 'inhale',
      phaseIndex: 0,
      cycle: 1,
      elapsedInPhaseMs: 0,
    });
    for (let t = 0; t < 3 * 12_000; t += 1) {
      expect(pacerAt(boxNoHoldOut, t).phaseIndex).not.toBe(3);
    }
  });

  it('keeps the level during holds in box breathing', () => {
    expect(pacerAt(box, 4000).level).toBe(1);
    expect(pacerAt(box, 6000).level).toBe(1);
    expect(pacerAt(box, 12_000).level).toBe(0);
    expect(pacerAt(box, 14_000).level).toBe(0);
    expect(pacerAt(box, 14_000).phase).toBe('hold-out');
  });

  it('starts in the first non-zero phase when the pattern begins with a 0 ms phase', () => {
    const pattern = makePattern([
      { kind: 'hold-out', ms: 0 },
      { kind: 'inhale', ms: 3000 },
      { kind: 'exhale', ms: 5000 },
    ]);
    expect(pacerAt(pattern, 0)).toMatchObject({
      phase: 'inhale',
      phaseIndex: 1,
      cycle: 0,
      elapsedInPhaseMs: 0,
    });
    expect(pacerAt(pattern, 8000)).toMatchObject({
      phase: 'inhale',
      phaseIndex: 1,
      cycle: 1,
      elapsedInPhaseMs: 0,
    });
    expect(phaseBoundaries(pattern, 0, 16_000)).toEqual([0, 3000, 8000, 11_000]);
  });

  it('ignores the level of a 0 ms phase so the shape never jumps', () => {
    const pattern = makePattern([
      { kind: 'inhale', ms: 4000 },
      { kind: 'hold-in', ms: 0, level: 0.2 },
      { kind: 'exhale', ms: 4000 },
    ]);
    expect(pacerAt(pattern, 4000)).toMatchObject({ phase: 'exhale', level: 1 });
  });
});

describe('cyclic sigh', () => {
  it('has two inhales with different phase indexes, rising to 0.8 then to 1', () => {
    const first = pacerAt(cyclicSigh, 0);
    expect(first).toMatchObject({ phase: 'inhale', phaseIndex: 0, level: 0 });
    expect(first.cue).toBeUndefined();
    expect(pacerAt(cyclicSigh, 1000).level).toBeCloseTo(0.4, 12);

    const topUp = pacerAt(cyclicSigh, 2000);
    expect(topUp).toMatchObject({ phase: 'inhale', phaseIndex: 1, level: 0.8, phaseMs: 1000, cue: topUpCue });
    expect(pacerAt(cyclicSigh, 2500).level).toBeCloseTo(0.9, 12);
    expect(pacerAt(cyclicSigh, 2999).cue).toEqual(topUpCue);

    expect(pacerAt(cyclicSigh, 3000)).toMatchObject({ phase: 'exhale', phaseIndex: 2, level: 1 });
    expect(pacerAt(cyclicSigh, 3000).cue).toBeUndefined();
    expect(pacerAt(cyclicSigh, 9000)).toMatchObject({ phase: 'inhale', phaseIndex: 0, cycle: 1, level: 0 });
  });

  it('counts one breath per cycle', () => {
    expect(breathsPerMinute(cyclicSigh)).toBeCloseTo(60 / 9, 12);
  });
});

describe('cycle start level', () => {
  it('starts a cycle at the level the previous one ended on', () => {
    // No exhale: the shape stays full, and the next inhale has nowhere to go.
    const pattern = makePattern([
      { kind: 'inhale', ms: 2000 },
      { kind: 'hold-in', ms: 1000 },
    ]);
    expect(pacerAt(pattern, 0).level).toBe(1);
    expect(pacerAt(pattern, 1000).level).toBe(1);
    expect(pacerAt(pattern, 3000).level).toBe(1);
  });

  it('keeps a holds-only pattern empty', () => {
    const pattern = makePattern([{ kind: 'hold-in', ms: 1500 }]);
    expect(pacerAt(pattern, 700)).toMatchObject({ phase: 'hold-in', level: 0, cycle: 0 });
    expect(pacerAt(pattern, 1500)).toMatchObject({
      phase: 'hold-in',
      level: 0,
      cycle: 1,
      elapsedInPhaseMs: 0,
    });
  });

  it('clamps explicit levels into 0..1', () => {
    const pattern = makePattern([
      { kind: 'inhale', ms: 1000, level: 1.7 },
      { kind: 'exhale', ms: 1000, level: -2 },
    ]);
    expect(pacerAt(pattern, 1000).level).toBe(1);
    expect(pacerAt(pattern, 2000).level).toBe(0);
    expect(phaseTimeline(pattern).map((p) => [p.startLevel, p.endLevel])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

/** Walks the phases one by one from the session start, the slow obvious way. */
function naiveAt(
  pattern: BreathingPattern,
  elapsedMs: number,
): { phaseIndex: number; cycle: number; elapsedInPhaseMs: number } {
  let phaseStart = 0;
  for (let cycle = 0; ; cycle += 1) {
    for (const [phaseIndex, phase] of pattern.phases.entries()) {
      if (elapsedMs < phaseStart + phase.ms)
        return { phaseIndex, cycle, elapsedInPhaseMs: elapsedMs - phaseStart };
      phaseStart += phase.ms;
    }
  }
}

/** Exact modular arithmetic in BigInt, a separate number system from the code under test. */
function bigAt(
  pattern: BreathingPattern,
  elapsedMs: bigint,
): { phaseIndex: number; cycle: number; elapsedInPhaseMs: number } {
  const lengths = pattern.phases.map((p) => BigInt(p.ms));
  const cycle = lengths.reduce((a, b) => a + b, 0n);
  let offset = elapsedMs % cycle;
  for (const [phaseIndex, ms] of lengths.entries()) {
    if (offset < ms)
      return { phaseIndex, cycle: Number(elapsedMs / cycle), elapsedInPhaseMs: Number(offset) };
    offset -= ms;
  }
  throw new Error('unreachable for a non-empty cycle');
}

describe('long sessions stay exact', () => {
  const oneHourMs = 3_600_000;
  const oneDayMs = 86_400_000;

  it('matches a naive walk after 1 h and 24 h, around the boundary nearest those times', () => {
    for (const pattern of [fourSix, cyclicSigh, boxNoHoldOut, fourSevenEight, resonance]) {
      for (const around of [oneHourMs, oneDayMs]) {
        for (let t = around - 3; t <= around + 3; t += 1) {
          expect(pacerAt(pattern, t)).toMatchObject(naiveAt(pattern, t));
        }
      }
    }
  });

  it('is exact at 1 h for 4-7-8 worked out by hand', () => {
    // 3 600 000 = 189 * 19 000 + 9000; 9000 ms into a cycle is 5000 ms into the 7 s hold.
    expect(pacerAt(fourSevenEight, oneHourMs)).toMatchObject({
      phase: 'hold-in',
      cycle: 189,
      elapsedInPhaseMs: 5000,
      remainingInPhaseMs: 2000,
    });
  });

  it('is exact at 2^40 ms', () => {
    const huge = 2 ** 40; // 1 099 511 627 776 = 109 951 162 * 10 000 + 7776
    expect(pacerAt(fourSix, huge)).toMatchObject({
      phase: 'exhale',
      cycle: 109_951_162,
      elapsedInPhaseMs: 3776,
    });
    for (const pattern of [fourSix, cyclicSigh, boxNoHoldOut, fourSevenEight, resonance]) {
      for (let delta = -20_000; delta <= 20_000; delta += 997) {
        expect(pacerAt(pattern, huge + delta)).toMatchObject(bigAt(pattern, BigInt(huge) + BigInt(delta)));
      }
    }
  });

  it('lists boundaries far into a session at their exact times', () => {
    const huge = 2 ** 40;
    const cycleStart = huge - 7776; // the window [cycleStart + 7776, cycleStart + 27 776) holds four phase starts
    expect(phaseBoundaries(fourSix, huge, huge + 20_000)).toEqual([
      cycleStart + 10_000,
      cycleStart + 14_000,
      cycleStart + 20_000,
      cycleStart + 24_000,
    ]);
  });
});

describe('rates and session lengths', () => {
  it('gives breaths per minute from the cycle length', () => {
    expect(breathsPerMinute(fourSix)).toBe(6);
    expect(breathsPerMinute(resonance)).toBeCloseTo(60 / 11, 12);
    expect(breathsPerMinute(resonance)).toBeCloseTo(5.45, 2);
    expect(
      breathsPerMinute(
        makePattern([
          { kind: 'inhale', ms: 4500 },
          { kind: 'exhale', ms: 5500 },
        ]),
      ),
    ).toBe(6);
  });

  it('computes session length for whole cycles', () => {
    expect(sessionMsForCycles(fourSix, 6)).toBe(60_000);
    expect(sessionMsForCycles(cyclicSigh, 20)).toBe(180_000);
    expect(sessionMsForCycles(fourSix, 2.9)).toBe(20_000);
    expect(sessionMsForCycles(fourSix, -3)).toBe(0);
  });

  it('rounds a requested length to the nearest whole cycle', () => {
    expect(roundSessionToCycles(fourSix, 60_000)).toEqual({ cycles: 6, ms: 60_000 });
    expect(roundSessionToCycles(fourSix, 64_999)).toEqual({ cycles: 6, ms: 60_000 });
    expect(roundSessionToCycles(fourSix, 65_000)).toEqual({ cycles: 7, ms: 70_000 });
    expect(roundSessionToCycles(cyclicSigh, 300_000)).toEqual({ cycles: 33, ms: 297_000 });
  });

  it('keeps at least one cycle', () => {
    expect(roundSessionToCycles(fourSix, 0)).toEqual({ cycles: 1, ms: 10_000 });
    expect(roundSessionToCycles(fourSix, 2000)).toEqual({ cycles: 1, ms: 10_000 });
    expect(roundSessionToCycles(fourSix, -5000)).toEqual({ cycles: 1, ms: 10_000 });
    expect(roundSessionToCycles(fourSix, Number.NaN)).toEqual({ cycles: 1, ms: 10_000 });
  });

  it('never goes past maxCycles', () => {
    expect(roundSessionToCycles(fourSevenEight, 60_000)).toEqual({ cycles: 3, ms: 57_000 });
    expect(roundSessionToCycles(fourSevenEight, 5 * 60_000)).toEqual({ cycles: 4, ms: 76_000 });
    expect(roundSessionToCycles(fourSevenEight, 0)).toEqual({ cycles: 1, ms: 19_000 });
  });
});

describe('phaseBoundaries', () => {
  it('lists phase starts in a half-open window', () => {
    expect(phaseBoundaries(fourSix, 0, 25_000)).toEqual([0, 4000, 10_000, 14_000, 20_000, 24_000]);
    expect(phaseBoundaries(fourSix, 4000, 10_000)).toEqual([4000]);
    expect(phaseBoundaries(fourSix, 4001, 10_001)).toEqual([10_000]);
    expect(phaseBoundaries(fourSix, 3999.5, 4000.5)).toEqual([4000]);
    expect(phaseBoundaries(fourSix, 5000, 5000)).toEqual([]);
    expect(phaseBoundaries(fourSix, 9000, 1000)).toEqual([]);
    expect(phaseBoundaries(fourSix, -500, 1)).toEqual([0]);
  });

  it('lists both inhales of the cyclic sigh and skips the 0 ms hold-out of the box', () => {
    expect(phaseBoundaries(cyclicSigh, 0, 9001)).toEqual([0, 2000, 3000, 9000]);
    expect(phaseBoundaries(boxNoHoldOut, 0, 24_000)).toEqual([0, 4000, 8000, 12_000, 16_000, 20_000]);
  });

  it('matches the instants where pacerAt changes phase, scanning every ms', () => {
    const oddStart = makePattern([
      { kind: 'hold-out', ms: 0 },
      { kind: 'inhale', ms: 3333 },
      { kind: 'hold-in', ms: 1 },
      { kind: 'exhale', ms: 4777 },
      { kind: 'hold-out', ms: 0 },
    ]);
    for (const pattern of [fourSix, boxNoHoldOut, cyclicSigh, oddStart]) {
      const endMs = 3 * cycleMs(pattern);
      const seen: number[] = [];
      let previous = pacerAt(pattern, 0);
      seen.push(0);
      for (let t = 1; t < endMs; t += 1) {
        const now = pacerAt(pattern, t);
        if (now.phaseIndex !== previous.phaseIndex || now.cycle !== previous.cycle) seen.push(t);
        previous = now;
      }
      expect(phaseBoundaries(pattern, 0, endMs)).toEqual(seen);
    }
  });
});

describe('sessionProgress', () => {
  it('runs from 0 to done over a whole-cycle session', () => {
    expect(sessionProgress(fourSix, 0, 60_000)).toEqual({ fraction: 0, remainingMs: 60_000, done: false });
    expect(sessionProgress(fourSix, 15_000, 60_000)).toEqual({
      fraction: 0.25,
      remainingMs: 45_000,
      done: false,
    });
    expect(sessionProgress(fourSix, 59_999, 60_000)).toMatchObject({ remainingMs: 1, done: false });
    expect(sessionProgress(fourSix, 60_000, 60_000)).toEqual({ fraction: 1, remainingMs: 0, done: true });
    expect(sessionProgress(fourSix, 90_000, 60_000)).toEqual({ fraction: 1, remainingMs: 0, done: true });
  });

  it('finishes the breath in progress when the session is not whole cycles', () => {
    expect(sessionProgress(fourSix, 55_000, 55_000)).toEqual({
      fraction: 55 / 60,
      remainingMs: 5000,
      done: false,
    });
    expect(sessionProgress(fourSix, 60_000, 55_000).done).toBe(true);
  });

  it('clamps odd inputs', () => {
    expect(sessionProgress(fourSix, -100, 60_000)).toEqual({ fraction: 0, remainingMs: 60_000, done: false });
    expect(sessionProgress(fourSix, Number.NaN, 60_000)).toEqual({
      fraction: 0,
      remainingMs: 60_000,
      done: false,
    });
    expect(sessionProgress(fourSix, 1500.9, 60_000).remainingMs).toBe(58_500);
    expect(sessionProgress(fourSix, 0, 0)).toEqual({ fraction: 1, remainingMs: 0, done: true });
    expect(sessionProgress(fourSix, 0, -10)).toEqual({ fraction: 1, remainingMs: 0, done: true });
  });
});
