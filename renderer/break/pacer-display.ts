import type { BreathingPattern, PhaseKind } from '../../shared/exercises/types.ts';
import type { Localized } from '../../shared/i18n/locale.ts';
import { cycleMs, pacerAt, sessionProgress } from '../../shared/pacer.ts';
import { secondsLeft } from './countdown-text.ts';

export type PacerStage = 'preroll' | 'breathing' | 'done';

/** Everything the pacer's text shows at one instant, from (pattern, elapsed) alone. */
export interface PacerDisplay {
  readonly stage: PacerStage;
  /** The `data-phase` value: a phase kind, or 'preroll' / 'done'. */
  readonly phase: PhaseKind | 'preroll' | 'done';
  readonly phaseIndex: number;
  readonly cycle: number;
  readonly cue: Localized | undefined;
  /** Whole seconds left in the phase (or in the pre-roll), rounded up. */
  readonly phaseSecondsLeft: number;
  /** Length of the phase in whole seconds, for the announcement. */
  readonly phaseSeconds: number;
  readonly remainingMs: number;
  readonly fraction: number;
}

export function pacerDisplay(pattern: BreathingPattern, sessionMs: number, elapsedMs: number): PacerDisplay {
  const first = pacerAt(pattern, 0);
  if (elapsedMs < 0) {
    return {
      stage: 'preroll',
      phase: 'preroll',
      phaseIndex: -1,
      cycle: 0,
      cue: undefined,
      phaseSecondsLeft: secondsLeft(-elapsedMs),
      phaseSeconds: 0,
      remainingMs: sessionProgress(pattern, 0, sessionMs).remainingMs,
      fraction: 0,
    };
  }
  const progress = sessionProgress(pattern, elapsedMs, sessionMs);
  if (progress.done) {
    return {
      stage: 'done',
      phase: 'done',
      phaseIndex: -1,
      cycle: Math.max(0, pacerAt(pattern, Math.max(0, elapsedMs - 1)).cycle),
      cue: undefined,
      phaseSecondsLeft: 0,
      phaseSeconds: 0,
      remainingMs: 0,
      fraction: 1,
    };
  }
  const state = elapsedMs === 0 ? first : pacerAt(pattern, elapsedMs);
  return {
    stage: 'breathing',
    phase: state.phase,
    phaseIndex: state.phaseIndex,
    cycle: state.cycle,
    cue: state.cue,
    phaseSecondsLeft: secondsLeft(state.remainingInPhaseMs),
    phaseSeconds: Math.round(state.phaseMs / 1000),
    remainingMs: progress.remainingMs,
    fraction: progress.fraction,
  };
}

/** Changes whenever any text on screen would change; the frame loop re-renders only then. */
export function displayKey(display: PacerDisplay): string {
  return [
    display.phase,
    display.phaseIndex,
    display.cycle,
    display.phaseSecondsLeft,
    secondsLeft(display.remainingMs),
  ].join('|');
}

/** A new phase began (or the pre-roll ended): the moment to announce it once. */
export function phaseChanged(before: PacerDisplay | null, after: PacerDisplay): boolean {
  if (before === null) return true;
  return (
    before.phase !== after.phase || before.phaseIndex !== after.phaseIndex || before.cycle !== after.cycle
  );
}

/** Breaths in a session: the cycles up to its end, which never falls mid-breath (`sessionProgress`). */
export function breathsInSession(pattern: BreathingPattern, sessionMs: number): number {
  return Math.max(1, Math.ceil(sessionMs / cycleMs(pattern)));
}
