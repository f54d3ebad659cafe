import type { BreathingPattern, PhaseKind } from '../../shared/exercises/types.ts';
import { pacerAt, phaseBoundaries, sessionProgress } from '../../shared/pacer.ts';

/**
 * What the audio guide plays and when, as plain data computed from the pacer alone (no Web Audio
 * here): the player only turns this into AudioParam automation on the AudioContext clock, so the
 * sound can never follow a different timeline than the shape.
 */

export type GuideCueKind = PhaseKind | 'end';

export interface GuideCue {
  /** Ms after the first inhale: a phase boundary from `phaseBoundaries`, or the session's end. */
  readonly atMs: number;
  readonly kind: GuideCueKind;
}

/** One stretch of the breath sound between two boundaries (or from a resume to the next boundary). */
export interface GuideSegment {
  readonly atMs: number;
  readonly ms: number;
  /** `pacerAt`'s level sampled evenly from `atMs` to `atMs + ms`, both ends included. */
  readonly levels: readonly number[];
}

export interface GuideSchedule {
  readonly cues: readonly GuideCue[];
  readonly segments: readonly GuideSegment[];
  /** Where the session ends: the end of the cycle in progress at `sessionMs` (as `sessionProgress`). */
  readonly endMs: number;
}

/** Samples per second of breath; the player interpolates linearly between them (error < 0.003). */
export const LEVEL_SAMPLES_PER_SECOND = 16;

/** The session's true end, the same rule as `sessionProgress` (never mid-breath). */
export function sessionEndMs(pattern: BreathingPattern, sessionMs: number): number {
  return sessionProgress(pattern, 0, sessionMs).remainingMs;
}

/**
 * The guide from `fromMs` (0 at the start, the elapsed time on a resume) to the session's end. A
 * cue sits exactly on every phase boundary in [fromMs, end) and an end cue on the end; the breath
 * sound is cut at the same boundaries. A resume mid-phase gets no cue until the next boundary.
 */
export function guideSchedule(pattern: BreathingPattern, sessionMs: number, fromMs = 0): GuideSchedule {
  const endMs = sessionEndMs(pattern, sessionMs);
  const from = Math.min(Math.max(0, Math.floor(Number.isFinite(fromMs) ? fromMs : 0)), endMs);
  const boundaries = phaseBoundaries(pattern, from, endMs);
  const cues: GuideCue[] = boundaries.map((atMs) => ({ atMs, kind: pacerAt(pattern, atMs).phase }));
  cues.push({ atMs: endMs, kind: 'end' });

  const cuts = [from, ...boundaries.filter((at) => at > from), endMs];
  const segments: GuideSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const atMs = cuts[i] ?? 0;
    const ms = (cuts[i + 1] ?? atMs) - atMs;
    if (ms > 0) segments.push({ atMs, ms, levels: levelsFor(pattern, atMs, ms) });
  }
  return { cues, segments, endMs };
}

function levelsFor(pattern: BreathingPattern, atMs: number, ms: number): number[] {
  const points = Math.max(2, Math.ceil((ms / 1000) * LEVEL_SAMPLES_PER_SECOND) + 1);
  const levels: number[] = [];
  for (let i = 0; i < points; i += 1) {
    const offset = i === points - 1 ? ms : Math.floor((ms * i) / (points - 1));
    // The last sample is the level the phase ends on: the boundary itself belongs to the next
    // phase, so read it 1 ms before (where the eased curve has already arrived within 1e-6).
    levels.push(pacerAt(pattern, i === points - 1 ? atMs + ms - 1 : atMs + offset).level);
  }
  return levels;
}

/** How a cue sounds: a soft two-partial bell, pitched by what begins. */
export interface CueVoice {
  readonly hz: number;
  /** Second partial, for a warmer bell; 0 = none. */
  readonly overtoneHz: number;
  readonly seconds: number;
  /** Relative loudness within the guide (the end cue is a little fuller). */
  readonly loudness: number;
  /** Further notes, seconds after the first, for the end cue's falling chime. */
  readonly echoes: readonly { readonly afterSeconds: number; readonly hz: number }[];
}

/** Rising pitch into the in-breath, falling into the out-breath, a middle note on holds, a chime at the end. */
export const cueVoices: Readonly<Record<GuideCueKind, CueVoice>> = {
  inhale: { hz: 659.25, overtoneHz: 1318.5, seconds: 0.45, loudness: 1, echoes: [] },
  'hold-in': { hz: 587.33, overtoneHz: 0, seconds: 0.35, loudness: 0.7, echoes: [] },
  exhale: { hz: 493.88, overtoneHz: 987.77, seconds: 0.45, loudness: 1, echoes: [] },
  'hold-out': { hz: 440, overtoneHz: 0, seconds: 0.35, loudness: 0.7, echoes: [] },
  end: {
    hz: 783.99,
    overtoneHz: 1567.98,
    seconds: 1.6,
    loudness: 1.2,
    echoes: [
      { afterSeconds: 0.5, hz: 659.25 },
      { afterSeconds: 1.0, hz: 523.25 },
    ],
  },
};

/** Attack of every cue: short enough to mark the boundary, long enough not to click. */
export const CUE_ATTACK_SECONDS = 0.008;

/** The loudest the guide gets at volume 100, kept well below full scale on purpose. */
export const MAX_GUIDE_GAIN = 0.2;

/** Volume setting 0-100 to a gain, squared so the low end of the slider stays usable in an office. */
export function guideGain(volume: number): number {
  const clamped = Math.min(100, Math.max(0, Number.isFinite(volume) ? volume : 0)) / 100;
  return MAX_GUIDE_GAIN * clamped * clamped;
}

/** The breath sound's pitch: a low D when empty rising a fifth to A when full. */
export const BED_EMPTY_HZ = 146.83;
export const BED_FULL_HZ = 220;
/** Share of the guide's gain the breath sound gets when empty and when full. */
export const BED_EMPTY_SHARE = 0.12;
export const BED_FULL_SHARE = 0.45;

export function bedHz(level: number): number {
  return BED_EMPTY_HZ + (BED_FULL_HZ - BED_EMPTY_HZ) * clamp01(level);
}

export function bedShare(level: number): number {
  return BED_EMPTY_SHARE + (BED_FULL_SHARE - BED_EMPTY_SHARE) * clamp01(level);
}

function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
