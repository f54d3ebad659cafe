import type { BreathingPattern } from '../../shared/exercises/types.ts';
import { cycleMs, easeInOutSine, phaseTimeline } from '../../shared/pacer.ts';

/**
 * Keyframes for one breathing cycle, computed from the same timeline `pacerAt` walks, so the
 * compositor-driven shape and the text loop agree on every boundary. Each phase contributes one
 * keyframe at its start; the segment after it eases with `easeInOutSine` when the level moves
 * and stays linear (still) on a hold.
 */

/** Number of straight pieces the sine ease is cut into; 24 keeps the error below 0.002. */
export const EASE_STEPS = 24;

/** `easeInOutSine` as a CSS `linear()` easing, sampled from the pacer's own function. */
export function sineEasing(steps: number = EASE_STEPS): string {
  const stops: string[] = [];
  for (let i = 0; i <= steps; i += 1) stops.push(round4(easeInOutSine(i / steps)).toString());
  return `linear(${stops.join(', ')})`;
}

export interface LevelKeyframe {
  readonly offset: number;
  readonly level: number;
  /** Easing of the segment that starts at this keyframe. */
  readonly easing: string;
}

export function levelKeyframes(pattern: BreathingPattern): LevelKeyframe[] {
  const lengthMs = cycleMs(pattern);
  const easing = sineEasing();
  const frames: LevelKeyframe[] = phaseTimeline(pattern).map((phase) => ({
    offset: phase.offsetMs / lengthMs,
    level: phase.startLevel,
    easing: phase.startLevel === phase.endLevel ? 'linear' : easing,
  }));
  const last = phaseTimeline(pattern).at(-1);
  frames.push({ offset: 1, level: last?.endLevel ?? 0, easing: 'linear' });
  return frames;
}

/** How one layer of the shape looks at the empty (level 0) and full (level 1) ends of a breath. */
export interface LayerRange {
  readonly scaleEmpty: number;
  readonly scaleFull: number;
  readonly opacityEmpty: number;
  readonly opacityFull: number;
}

/** The shape's layers, back to front: a wide soft halo, a middle ring and the core. */
export const bloomLayers: readonly LayerRange[] = [
  { scaleEmpty: 0.46, scaleFull: 1, opacityEmpty: 0.35, opacityFull: 0.7 },
  { scaleEmpty: 0.4, scaleFull: 0.8, opacityEmpty: 0.45, opacityFull: 0.8 },
  { scaleEmpty: 0.34, scaleFull: 0.6, opacityEmpty: 0.8, opacityFull: 1 },
];

/** Transform and opacity only, so the browser can run it on the compositor without layout or paint. */
export function layerKeyframes(pattern: BreathingPattern, layer: LayerRange): Keyframe[] {
  return levelKeyframes(pattern).map(({ offset, level, easing }) => ({
    offset,
    easing,
    transform: `scale(${round4(mix(layer.scaleEmpty, layer.scaleFull, level))})`,
    opacity: round4(mix(layer.opacityEmpty, layer.opacityFull, level)),
  }));
}

/** The reduced-motion fill bar: fills sideways from the left, the shape never grows or shrinks. */
export function fillKeyframes(pattern: BreathingPattern): Keyframe[] {
  return levelKeyframes(pattern).map(({ offset, level, easing }) => ({
    offset,
    easing,
    transform: `scaleX(${round4(level)})`,
  }));
}

export interface CycleTiming {
  readonly duration: number;
  readonly iterations: number;
  readonly fill: FillMode;
}

/** Timing of the cycle animation: one iteration per cycle of the session. */
export function cycleTiming(pattern: BreathingPattern, sessionMs: number): CycleTiming {
  const lengthMs = cycleMs(pattern);
  return { duration: lengthMs, iterations: Math.max(1, Math.ceil(sessionMs / lengthMs)), fill: 'both' };
}

function mix(from: number, to: number, t: number): number {
  return from + (to - from) * t;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * The optional ring that fills through each breath: `stroke-dashoffset` on a circle with
 * pathLength 1, one iteration per cycle like the shape. With reduced motion it does not sweep:
 * it steps to the share of the breath done at each phase change and holds there.
 */
export function ringKeyframes(pattern: BreathingPattern, stepped: boolean): Keyframe[] {
  if (!stepped) {
    return [
      { offset: 0, easing: 'linear', strokeDashoffset: 1 },
      { offset: 1, easing: 'linear', strokeDashoffset: 0 },
    ];
  }
  const lengthMs = cycleMs(pattern);
  const frames: Keyframe[] = phaseTimeline(pattern).map((phase) => ({
    offset: phase.offsetMs / lengthMs,
    easing: 'step-end',
    strokeDashoffset: round4(1 - phase.offsetMs / lengthMs),
  }));
  frames.push({ offset: 1, easing: 'linear', strokeDashoffset: 0 });
  return frames;
}
