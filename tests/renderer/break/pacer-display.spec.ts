import { describe, expect, it } from 'vitest';
import { displayKey, pacerDisplay, phaseChanged } from '../../../renderer/break/pacer-display.ts';
import { findPattern } from '../../../shared/exercises/patterns.ts';

const belly = findPattern('belly');

describe('pacer display', () => {
  it('counts the pre-roll down in whole seconds', () => {
    expect(pacerDisplay(belly, 20_000, -3000)).toMatchObject({
      stage: 'preroll',
      phase: 'preroll',
      phaseSecondsLeft: 3,
    });
    expect(pacerDisplay(belly, 20_000, -1)).toMatchObject({ phaseSecondsLeft: 1, remainingMs: 20_000 });
  });

  it('shows the phase, its seconds left and the session left, switching exactly at the boundary', () => {
    expect(pacerDisplay(belly, 20_000, 0)).toMatchObject({ phase: 'inhale', cycle: 0, phaseSecondsLeft: 4 });
    expect(pacerDisplay(belly, 20_000, 3999)).toMatchObject({ phase: 'inhale', phaseSecondsLeft: 1 });
    expect(pacerDisplay(belly, 20_000, 4000)).toMatchObject({
      phase: 'exhale',
      phaseSecondsLeft: 6,
      phaseSeconds: 6,
    });
    expect(pacerDisplay(belly, 20_000, 10_000)).toMatchObject({
      phase: 'inhale',
      cycle: 1,
      remainingMs: 10_000,
    });
    expect(pacerDisplay(belly, 20_000, 15_000).fraction).toBeCloseTo(0.75);
  });

  it('is done at the end of the session', () => {
    expect(pacerDisplay(belly, 20_000, 19_999).stage).toBe('breathing');
    expect(pacerDisplay(belly, 20_000, 20_000)).toMatchObject({
      stage: 'done',
      phase: 'done',
      remainingMs: 0,
    });
  });

  it('carries the cue of a phase that has one', () => {
    const sigh = findPattern('cyclic-sigh');
    expect(pacerDisplay(sigh, 60_000, 3000).cue?.en).toBe('Top up');
  });

  it('changes its key only when visible text changes, and flags each new phase once', () => {
    const a = pacerDisplay(belly, 20_000, 100);
    const b = pacerDisplay(belly, 20_000, 200);
    const c = pacerDisplay(belly, 20_000, 1100);
    expect(displayKey(a)).toBe(displayKey(b));
    expect(displayKey(a)).not.toBe(displayKey(c));
    expect(phaseChanged(a, c)).toBe(false);
    expect(phaseChanged(a, pacerDisplay(belly, 20_000, 4000))).toBe(true);
    expect(phaseChanged(null, a)).toBe(true);
  });
});
