import { describe, expect, it } from 'vitest';
import { BUILT_IN_PATTERN_IDS } from '../../../shared/domain/pattern-ids.ts';
import {
  breatheGentlyCaution,
  breathingPatterns,
  DEFAULT_PATTERN_ID,
  findPattern,
  isBuiltInPatternId,
} from '../../../shared/exercises/patterns.ts';
import type { BreathingPattern, BreathPhase, BuiltInPatternId } from '../../../shared/exercises/types.ts';
import type { Localized } from '../../../shared/i18n/locale.ts';

// The data must cover the one list of ids (shared/domain/pattern-ids.ts), in its order.
const EXPECTED_IDS: readonly BuiltInPatternId[] = BUILT_IN_PATTERN_IDS;

function pattern(id: BuiltInPatternId): BreathingPattern {
  const found = breathingPatterns.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`missing pattern ${id}`);
  return found;
}

function cycleMs(phases: readonly BreathPhase[]): number {
  return phases.reduce((sum, phase) => sum + phase.ms, 0);
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'nl';
}

function collectLocalized(value: unknown, path: string, found: [string, Localized][]): void {
  if (isLocalized(value)) {
    found.push([path, value]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) collectLocalized(child, `${path}.${key}`, found);
}

describe('breathingPatterns schema', () => {
  it('holds exactly the six pattern ids, belly first, each once', () => {
    expect(breathingPatterns.map((p) => p.id)).toEqual(EXPECTED_IDS);
  });

  it('makes belly breathing the default and the first entry', () => {
    expect(DEFAULT_PATTERN_ID).toBe('belly');
    expect(breathingPatterns[0]?.id).toBe(DEFAULT_PATTERN_ID);
  });

  it('times belly breathing as the article does: 4 s in, 6 s out', () => {
    expect(pattern('belly').phases).toEqual([
      { kind: 'inhale', ms: 4000 },
      { kind: 'exhale', ms: 6000 },
    ]);
  });

  it.each(breathingPatterns.map((p) => [p.id, p] as const))(
    '%s has whole, non-negative phase lengths with a real inhale and exhale',
    (_id, p) => {
      for (const phase of p.phases) {
        expect(Number.isInteger(phase.ms)).toBe(true);
        expect(phase.ms).toBeGreaterThanOrEqual(0);
      }
      expect(p.phases.some((phase) => phase.kind === 'inhale' && phase.ms > 0)).toBe(true);
      expect(p.phases.some((phase) => phase.kind === 'exhale' && phase.ms > 0)).toBe(true);
    },
  );

  it.each(breathingPatterns.map((p) => [p.id, p] as const))('%s keeps phase levels within 0..1', (_id, p) => {
    for (const phase of p.phases) {
      if (phase.level === undefined) continue;
      expect(phase.level).toBeGreaterThanOrEqual(0);
      expect(phase.level).toBeLessThanOrEqual(1);
    }
  });

  it.each(breathingPatterns.map((p) => [p.id, p] as const))(
    '%s has a positive whole default session of whole cycles',
    (_id, p) => {
      expect(Number.isInteger(p.defaultSessionSeconds)).toBe(true);
      expect(p.defaultSessionSeconds).toBeGreaterThan(0);
      // Whole cycles, so the default session never ends mid-breath.
      expect((p.defaultSessionSeconds * 1000) % cycleMs(p.phases)).toBe(0);
    },
  );

  it.each(breathingPatterns.map((p) => [p.id, p] as const))(
    '%s carries the "breathe gently, stop if dizzy" caution',
    (_id, p) => {
      expect(p.cautions).toContain(breatheGentlyCaution);
      expect(breatheGentlyCaution.en).toMatch(/dizzy/);
      expect(breatheGentlyCaution.nl).toMatch(/duizelig/);
    },
  );

  it('gives every pattern with a breath hold a caution about who should skip holds', () => {
    const withHolds = breathingPatterns.filter((p) =>
      p.phases.some((phase) => (phase.kind === 'hold-in' || phase.kind === 'hold-out') && phase.ms > 0),
    );
    expect(withHolds.map((p) => p.id)).toEqual(['box', 'four-seven-eight']);
    for (const p of withHolds) {
      expect(p.cautions.some((c) => /pregnant/.test(c.en) && /zwanger/.test(c.nl))).toBe(true);
      expect(p.cautions.some((c) => /heart or lung/.test(c.en) && /hart- of long/.test(c.nl))).toBe(true);
    }
  });

  it('runs resonance breathing at about 5.5 breaths a minute with no holds', () => {
    const p = pattern('resonance');
    expect(60_000 / cycleMs(p.phases)).toBeCloseTo(5.5, 1);
    expect(p.phases.map((phase) => phase.kind)).toEqual(['inhale', 'exhale']);
  });

  it('gives the extended exhale an out-breath clearly longer than the in-breath', () => {
    const p = pattern('extended-exhale');
    const inhaleMs = p.phases.filter((x) => x.kind === 'inhale').reduce((s, x) => s + x.ms, 0);
    const exhaleMs = p.phases.filter((x) => x.kind === 'exhale').reduce((s, x) => s + x.ms, 0);
    expect(exhaleMs).toBeGreaterThanOrEqual(1.5 * inhaleMs);
  });

  it('builds box breathing from four equal 4-second sides with both holds', () => {
    expect(pattern('box').phases).toEqual([
      { kind: 'inhale', ms: 4000 },
      { kind: 'hold-in', ms: 4000 },
      { kind: 'exhale', ms: 4000 },
      { kind: 'hold-out', ms: 4000 },
    ]);
  });

  it('gives the cyclic sigh two inhales in a row: a partial one, then a cued top-up to full', () => {
    const [first, topUp, exhale] = pattern('cyclic-sigh').phases;
    expect(first?.kind).toBe('inhale');
    expect(topUp?.kind).toBe('inhale');
    expect(first?.level).toBeLessThan(1);
    expect(topUp?.level).toBe(1);
    expect(topUp?.ms).toBeLessThan(first?.ms ?? 0);
    expect(topUp?.cue?.en).toBe('Top up');
    expect(topUp?.cue?.nl).toBe('Nog een teugje');
    expect(exhale?.kind).toBe('exhale');
    // The sigh's point is the long exhale: about twice the two inhales together.
    expect(exhale?.ms).toBeGreaterThan((first?.ms ?? 0) + (topUp?.ms ?? 0));
  });

  it('limits 4-7-8 to four cycles of 4 in, 7 hold, 8 out, with a default of exactly those four', () => {
    const p = pattern('four-seven-eight');
    expect(p.phases).toEqual([
      { kind: 'inhale', ms: 4000 },
      { kind: 'hold-in', ms: 7000 },
      { kind: 'exhale', ms: 8000 },
    ]);
    expect(p.maxCycles).toBe(4);
    expect(p.defaultSessionSeconds).toBe(76);
    expect(p.cautions.some((c) => /light-headed/.test(c.en) && /sit or lie down/.test(c.en))).toBe(true);
  });

  it('sets maxCycles only where the practice has one', () => {
    expect(breathingPatterns.filter((p) => p.maxCycles !== undefined).map((p) => p.id)).toEqual([
      'four-seven-eight',
    ]);
  });
});

describe('breathingPatterns copy', () => {
  const copy: [string, Localized][] = [];
  collectLocalized(breathingPatterns, 'patterns', copy);

  it('finds the copy to check (name, summary and cautions of every pattern)', () => {
    expect(copy.length).toBeGreaterThanOrEqual(breathingPatterns.length * 3);
  });

  it.each(copy)('%s is translated, trimmed, non-empty and calm', (_path, text) => {
    for (const value of [text.en, text.nl]) {
      expect(value.length).toBeGreaterThan(0);
      expect(value.trim()).toBe(value);
      expect(value).not.toContain('!');
    }
    expect(text.nl).not.toBe(text.en);
  });
});

describe('pattern lookups', () => {
  it('accepts every pattern id', () => {
    for (const id of EXPECTED_IDS) expect(isBuiltInPatternId(id)).toBe(true);
  });

  it('refuses anything else, including prototype keys and wrong case', () => {
    for (const value of [
      '',
      'Belly',
      'belly ',
      '4-7-8',
      'toString',
      '__proto__',
      42,
      null,
      undefined,
      {},
      ['belly'],
    ]) {
      expect(isBuiltInPatternId(value)).toBe(false);
    }
  });

  it('finds each pattern by its id', () => {
    for (const id of EXPECTED_IDS) expect(findPattern(id).id).toBe(id);
  });

  it('throws for an id outside the data instead of returning undefined', () => {
    expect(() => findPattern('nope' as BuiltInPatternId)).toThrow(/nope/);
  });
});
