import type { BreathingPattern, BreathPhase, PhaseKind } from './exercises/types.ts';
import type { Localized } from './i18n/locale.ts';

/**
 * Where a breathing session stands at one instant. Always a pure function of
 * (pattern, elapsed ms): the renderer keys its animation to the same start time
 * and pausing shifts that start time, so nothing here keeps state.
 */
export interface PacerState {
  readonly phase: PhaseKind;
  /** Index into `pattern.phases`; never points at a zero-length phase. */
  readonly phaseIndex: number;
  /** Completed cycles before this instant (0-based number of the cycle in progress). */
  readonly cycle: number;
  readonly elapsedInPhaseMs: number;
  readonly remainingInPhaseMs: number;
  readonly phaseMs: number;
  /** Size of the breathing shape, 0 (empty) to 1 (full). */
  readonly level: number;
  readonly cue?: Localized;
}

/** One non-zero phase placed on the cycle's time line, with the levels it eases between. */
export interface TimelinePhase {
  readonly phaseIndex: number;
  readonly kind: PhaseKind;
  /** Start of the phase, ms after the start of its cycle. */
  readonly offsetMs: number;
  readonly ms: number;
  readonly startLevel: number;
  readonly endLevel: number;
  readonly cue?: Localized;
}

export interface SessionLength {
  readonly cycles: number;
  readonly ms: number;
}

export interface SessionProgress {
  /** 0 at the start, 1 once done. */
  readonly fraction: number;
  readonly remainingMs: number;
  readonly done: boolean;
}

/**
 * Sine ease-in-out on 0..1 (input clamped, NaN treated as 0). Exported so the
 * renderer's keyframes and the pacer's `level` trace the same curve.
 */
export function easeInOutSine(t: number): number {
  const clamped = clamp01(t);
  return 0.5 - 0.5 * Math.cos(Math.PI * clamped);
}

/** Length of one cycle in ms. Throws when a phase length is not a whole ms >= 0 or when the cycle is empty. */
export function cycleMs(pattern: BreathingPattern): number {
  let total = 0;
  pattern.phases.forEach((phase, index) => {
    if (!Number.isSafeInteger(phase.ms) || phase.ms < 0) {
      throw new Error(
        `Breathing pattern "${pattern.id}": phase ${index} (${phase.kind}) must last a whole number of ms >= 0, got ${phase.ms}`,
      );
    }
    total += phase.ms;
  });
  if (total <= 0) {
    throw new Error(
      `Breathing pattern "${pattern.id}" has a 0 ms cycle: at least one phase must last longer than 0 ms`,
    );
  }
  return total;
}

/** One breath per cycle, so the cyclic sigh's two inhales still count as one breath. */
export function breathsPerMinute(pattern: BreathingPattern): number {
  return 60_000 / cycleMs(pattern);
}

/** Length of `cycles` whole cycles; the count is floored and negative or non-finite counts give 0. */
export function sessionMsForCycles(pattern: BreathingPattern, cycles: number): number {
  return wholeNonNegative(cycles) * cycleMs(pattern);
}

/**
 * Rounds a requested session length to the nearest whole number of cycles (halves round up),
 * at least one cycle and never more than `pattern.maxCycles` when set. Integer arithmetic
 * throughout so the rounding of long sessions is exact. Negative or non-finite requests count as 0.
 */
export function roundSessionToCycles(pattern: BreathingPattern, requestedMs: number): SessionLength {
  const lengthMs = cycleMs(pattern);
  const requested = wholeNonNegative(requestedMs);
  const whole = Math.floor(requested / lengthMs);
  const rest = requested - whole * lengthMs;
  let cycles = Math.max(1, rest * 2 >= lengthMs ? whole + 1 : whole);
  if (pattern.maxCycles !== undefined && Number.isFinite(pattern.maxCycles)) {
    cycles = Math.min(cycles, Math.max(1, Math.floor(pattern.maxCycles)));
  }
  return { cycles, ms: cycles * lengthMs };
}

/**
 * The cycle's non-zero phases in order, with their offsets and levels. Zero-length phases are
 * left out entirely, including any `level` they carry, because a phase that takes no time would
 * make the shape jump.
 *
 * A cycle starts at the level the previous one ended on. That end level only depends on the
 * start level when no phase moves the level (all holds without an explicit `level`), in which case
 * it stays at 0; so one pass from 0 finds the end level and a second pass lays the real levels.
 */
export function phaseTimeline(pattern: BreathingPattern): readonly TimelinePhase[] {
  cycleMs(pattern);
  const firstPass = layTimeline(pattern.phases, 0);
  const cycleEndLevel = firstPass[firstPass.length - 1]?.endLevel ?? 0;
  return layTimeline(pattern.phases, cycleEndLevel);
}

/**
 * The pacer's state `elapsedMs` after the session started.
 *
 * - Negative, NaN or infinite elapsed times are treated as 0 (a clock glitch should show the
 *   start, not throw in the middle of an animation frame); times past Number.MAX_SAFE_INTEGER
 *   are held there, which is far beyond any session.
 * - Fractions of a ms are floored first, so all arithmetic below is on integers and exact:
 *   the phase after 1 h, 24 h or 2^40 ms is computed as precisely as the one after 1 s.
 * - A boundary belongs to the next phase: at exactly the end of a 4 s inhale you are at the
 *   start of what follows, with 0 ms elapsed in it.
 */
export function pacerAt(pattern: BreathingPattern, elapsedMs: number): PacerState {
  const lengthMs = cycleMs(pattern);
  const timeline = phaseTimeline(pattern);
  const elapsed = wholeNonNegative(elapsedMs);
  const cycle = Math.floor(elapsed / lengthMs);
  const offsetMs = elapsed % lengthMs;

  let current = timeline[0];
  for (const entry of timeline) {
    if (entry.offsetMs > offsetMs) break;
    current = entry;
  }
  if (current === undefined) {
    // cycleMs has already thrown for an empty cycle, so a non-zero phase always exists.
    throw new Error(`Breathing pattern "${pattern.id}" has no phase longer than 0 ms`);
  }

  const elapsedInPhaseMs = offsetMs - current.offsetMs;
  const eased = easeInOutSine(elapsedInPhaseMs / current.ms);
  const level = clamp01(current.startLevel + (current.endLevel - current.startLevel) * eased);
  const state: PacerState = {
    phase: current.kind,
    phaseIndex: current.phaseIndex,
    cycle,
    elapsedInPhaseMs,
    remainingInPhaseMs: current.ms - elapsedInPhaseMs,
    phaseMs: current.ms,
    level,
  };
  return current.cue === undefined ? state : { ...state, cue: current.cue };
}

/**
 * Exact times (ms since the session start) at which a phase begins, within the half-open window
 * [fromMs, toMs), in ascending order. Zero-length phases never begin. Bounds are clamped like
 * `pacerAt`'s input; fractional bounds are fine (a boundary at 4000 is inside [3999.5, 4000.5)).
 * The caller keeps the window small: the list has one entry per phase start in it.
 */
export function phaseBoundaries(pattern: BreathingPattern, fromMs: number, toMs: number): number[] {
  const lengthMs = cycleMs(pattern);
  const timeline = phaseTimeline(pattern);
  const from = clampTime(fromMs);
  const to = clampTime(toMs);
  const boundaries: number[] = [];
  if (!(to > from)) return boundaries;

  for (let cycleStart = Math.floor(from / lengthMs) * lengthMs; cycleStart < to; cycleStart += lengthMs) {
    for (const entry of timeline) {
      const at = cycleStart + entry.offsetMs;
      if (at >= to) break;
      if (at >= from) boundaries.push(at);
    }
  }
  return boundaries;
}

/**
 * Progress through a session of `sessionMs`. A session never stops mid-breath: when `sessionMs`
 * is not a whole number of cycles (it is when it comes from `roundSessionToCycles`), the end moves
 * to the end of the cycle in progress at that moment. A session of 0 ms or less is done at once.
 * Both times are floored and clamped like `pacerAt`'s input.
 */
export function sessionProgress(
  pattern: BreathingPattern,
  elapsedMs: number,
  sessionMs: number,
): SessionProgress {
  const lengthMs = cycleMs(pattern);
  const requested = wholeNonNegative(sessionMs);
  const endMs = Math.ceil(requested / lengthMs) * lengthMs;
  const elapsed = wholeNonNegative(elapsedMs);
  if (endMs <= 0 || elapsed >= endMs) return { fraction: 1, remainingMs: 0, done: true };
  return { fraction: clamp01(elapsed / endMs), remainingMs: endMs - elapsed, done: false };
}

function layTimeline(phases: readonly BreathPhase[], cycleStartLevel: number): TimelinePhase[] {
  const timeline: TimelinePhase[] = [];
  let offsetMs = 0;
  let level = cycleStartLevel;
  phases.forEach((phase, phaseIndex) => {
    if (phase.ms === 0) return;
    const endLevel = endLevelOf(phase, level);
    const entry: TimelinePhase = {
      phaseIndex,
      kind: phase.kind,
      offsetMs,
      ms: phase.ms,
      startLevel: level,
      endLevel,
    };
    timeline.push(phase.cue === undefined ? entry : { ...entry, cue: phase.cue });
    offsetMs += phase.ms;
    level = endLevel;
  });
  return timeline;
}

function endLevelOf(phase: BreathPhase, startLevel: number): number {
  if (phase.level !== undefined && Number.isFinite(phase.level)) return clamp01(phase.level);
  switch (phase.kind) {
    case 'inhale':
      return 1;
    case 'exhale':
      return 0;
    case 'hold-in':
    case 'hold-out':
      return startLevel;
  }
}

/** Non-finite and negative become 0; huge values stop at MAX_SAFE_INTEGER where integers stay exact. */
function clampTime(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) return 0;
  return Math.min(ms, Number.MAX_SAFE_INTEGER);
}

function wholeNonNegative(value: number): number {
  return Math.floor(clampTime(value));
}

function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
