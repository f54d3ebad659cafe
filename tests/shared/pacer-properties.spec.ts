import { describe, expect, it } from 'vitest';
import type { BreathingPattern, BreathPhase, PhaseKind } from '../../shared/exercises/types.ts';
import { pacerAt, phaseBoundaries } from '../../shared/pacer.ts';
import { seededRandom } from '../support/seeded-random.ts';

// Property tests over random patterns. A fixed seed keeps failures reproducible; the seed and
// the pattern are in every failure message.

function makePattern(phases: readonly BreathPhase[]): BreathingPattern {
  return {
    id: 'box',
    name: { en: 'Random', nl: 'Willekeurig' },
    summary: { en: 'Random pattern', nl: 'Willekeurig patroon' },
    phases,
    defaultSessionSeconds: 60,
    cautions: [],
  };
}

const kinds: readonly PhaseKind[] = ['inhale', 'hold-in', 'exhale', 'hold-out'];

function randomPattern(random: () => number): BreathingPattern {
  const count = 1 + Math.floor(random() * 6);
  const phases: BreathPhase[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = kinds[Math.floor(random() * kinds.length)] ?? 'inhale';
    // Zero-length phases often, very short ones sometimes, so both edge cases get exercised.
    const roll = random();
    const ms = roll < 0.25 ? 0 : roll < 0.35 ? 1 + Math.floor(random() * 5) : Math.floor(random() * 12_001);
    const phase: BreathPhase =
      random() < 0.25 ? { kind, ms, level: Math.round(random() * 100) / 100 } : { kind, ms };
    phases.push(phase);
  }
  if (phases.every((p) => p.ms === 0)) {
    const index = Math.floor(random() * phases.length);
    const chosen = phases[index];
    if (chosen) phases[index] = { ...chosen, ms: 1 + Math.floor(random() * 12_000) };
  }
  return makePattern(phases);
}

interface ReferencePhase {
  readonly phaseIndex: number;
  readonly startMs: number;
  readonly ms: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The rules written out independently: skip 0 ms phases, inhale ends full, exhale ends empty,
 * holds keep their level, an explicit level (clamped) wins. The cycle's start level is found by
 * running the cycle twice from empty and keeping the second run, which has settled.
 */
function reference(pattern: BreathingPattern): { cycleMs: number; phases: ReferencePhase[] } {
  let level = 0;
  let phases: ReferencePhase[] = [];
  for (let run = 0; run < 2; run += 1) {
    phases = [];
    let startMs = 0;
    for (const [phaseIndex, phase] of pattern.phases.entries()) {
      if (phase.ms === 0) continue;
      const from = level;
      let to = from;
      if (phase.level !== undefined) to = Math.min(1, Math.max(0, phase.level));
      else if (phase.kind === 'inhale') to = 1;
      else if (phase.kind === 'exhale') to = 0;
      phases.push({ phaseIndex, startMs, ms: phase.ms, from, to });
      startMs += phase.ms;
      level = to;
    }
  }
  return { cycleMs: pattern.phases.reduce((sum, p) => sum + p.ms, 0), phases };
}

function referenceAt(ref: ReturnType<typeof reference>, t: number) {
  const cycle = Math.floor(t / ref.cycleMs);
  const offset = t - cycle * ref.cycleMs;
  const phase = ref.phases.find((p) => offset >= p.startMs && offset < p.startMs + p.ms);
  if (!phase) throw new Error('reference found no phase');
  const x = (offset - phase.startMs) / phase.ms;
  const level = phase.from + (phase.to - phase.from) * (0.5 - 0.5 * Math.cos(Math.PI * x));
  return { cycle, phase, elapsedInPhaseMs: offset - phase.startMs, level };
}

const seed = 0x5eed_b4ea;
const patternCount = 300;

function forEachPattern(run: (pattern: BreathingPattern, random: () => number, label: string) => void): void {
  const random = seededRandom(seed);
  for (let n = 0; n < patternCount; n += 1) {
    const pattern = randomPattern(random);
    run(pattern, random, `seed ${seed} #${n} ${JSON.stringify(pattern.phases)}`);
  }
}

/** Times to probe: every phase start of the first two cycles and their neighbours, plus random times. */
function probeTimes(pattern: BreathingPattern, random: () => number): number[] {
  const ref = reference(pattern);
  const times = new Set<number>();
  for (let cycle = 0; cycle < 2; cycle += 1) {
    for (const phase of ref.phases) {
      const at = cycle * ref.cycleMs + phase.startMs;
      for (const t of [at - 2, at - 1, at, at + 1, at + 2]) if (t >= 0) times.add(t);
    }
  }
  for (let i = 0; i < 60; i += 1) times.add(Math.floor(random() * ref.cycleMs * 50));
  times.add(2 ** 40 + Math.floor(random() * 100_000));
  return [...times].sort((a, b) => a - b);
}

describe('pacer properties over random patterns', () => {
  it('matches the independently written rules at phase edges and random times', () => {
    forEachPattern((pattern, random, label) => {
      const ref = reference(pattern);
      for (const t of probeTimes(pattern, random)) {
        const state = pacerAt(pattern, t);
        const expected = referenceAt(ref, t);
        expect(state.phaseIndex, `${label} t=${t}`).toBe(expected.phase.phaseIndex);
        expect(state.cycle, `${label} t=${t}`).toBe(expected.cycle);
        expect(state.elapsedInPhaseMs, `${label} t=${t}`).toBe(expected.elapsedInPhaseMs);
        expect(state.phaseMs, `${label} t=${t}`).toBe(expected.phase.ms);
        expect(state.level, `${label} t=${t}`).toBeCloseTo(expected.level, 12);
      }
    });
  });

  it('keeps level in 0..1, phase lengths consistent and never returns a 0 ms phase', () => {
    forEachPattern((pattern, random, label) => {
      for (const t of probeTimes(pattern, random)) {
        const state = pacerAt(pattern, t);
        expect(state.level, `${label} t=${t}`).toBeGreaterThanOrEqual(0);
        expect(state.level, `${label} t=${t}`).toBeLessThanOrEqual(1);
        expect(state.elapsedInPhaseMs + state.remainingInPhaseMs, `${label} t=${t}`).toBe(state.phaseMs);
        expect(state.remainingInPhaseMs, `${label} t=${t}`).toBeGreaterThan(0);
        expect(pattern.phases[state.phaseIndex]?.ms, `${label} t=${t}`).toBe(state.phaseMs);
        expect(state.phaseMs, `${label} t=${t}`).toBeGreaterThan(0);
        expect(pattern.phases[state.phaseIndex]?.kind, `${label} t=${t}`).toBe(state.phase);
      }
    });
  });

  it('moves the level smoothly: no step larger than the sine ease allows, across phase and cycle edges', () => {
    forEachPattern((pattern, random, label) => {
      const ref = reference(pattern);
      for (const t of probeTimes(pattern, random)) {
        const now = pacerAt(pattern, t);
        const next = pacerAt(pattern, t + 1);
        const phase = referenceAt(ref, t).phase;
        // The ease's steepest slope is pi/2 per unit of phase time.
        const maxStep = ((Math.PI / 2) * Math.abs(phase.to - phase.from)) / phase.ms + 1e-9;
        expect(Math.abs(next.level - now.level), `${label} t=${t}`).toBeLessThanOrEqual(maxStep);
      }
    });
  });

  it('goes through the non-zero phases in pattern order, cycle after cycle', () => {
    forEachPattern((pattern, _random, label) => {
      const nonZero = pattern.phases.flatMap((p, i) => (p.ms > 0 ? [i] : []));
      const cycleLength = pattern.phases.reduce((sum, p) => sum + p.ms, 0);
      const starts = phaseBoundaries(pattern, 0, 3 * cycleLength);
      expect(starts.length, label).toBe(3 * nonZero.length);
      const visited = starts.map((t) => pacerAt(pattern, t));
      expect(
        visited.map((s) => s.phaseIndex),
        label,
      ).toEqual([...nonZero, ...nonZero, ...nonZero]);
      expect(
        visited.map((s) => s.cycle),
        label,
      ).toEqual(
        nonZero
          .map(() => 0)
          .concat(
            nonZero.map(() => 1),
            nonZero.map(() => 2),
          ),
      );
      for (const [i, state] of visited.entries())
        expect(state.elapsedInPhaseMs, `${label} start ${i}`).toBe(0);
    });
  });

  it('never lets the cycle count go backwards as time moves on', () => {
    forEachPattern((pattern, random, label) => {
      let previousCycle = -1;
      for (const t of probeTimes(pattern, random)) {
        const { cycle } = pacerAt(pattern, t);
        expect(cycle, `${label} t=${t}`).toBeGreaterThanOrEqual(previousCycle);
        previousCycle = cycle;
      }
    });
  });

  it('lists exactly the instants where pacerAt changes phase (every ms, two cycles, first 25 patterns)', () => {
    let checked = 0;
    forEachPattern((pattern, _random, label) => {
      checked += 1;
      if (checked > 25) return;
      const endMs = 2 * pattern.phases.reduce((sum, p) => sum + p.ms, 0);
      const changes: number[] = [0];
      let previous = pacerAt(pattern, 0);
      for (let t = 1; t < endMs; t += 1) {
        const now = pacerAt(pattern, t);
        if (now.phaseIndex !== previous.phaseIndex || now.cycle !== previous.cycle) changes.push(t);
        previous = now;
      }
      expect(phaseBoundaries(pattern, 0, endMs), label).toEqual(changes);
    });
  });
});
