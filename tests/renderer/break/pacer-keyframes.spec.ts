import { describe, expect, it } from 'vitest';
import {
  bloomLayers,
  cycleTiming,
  EASE_STEPS,
  fillKeyframes,
  layerKeyframes,
  levelKeyframes,
  sineEasing,
} from '../../../renderer/break/pacer-keyframes.ts';
import { findPattern } from '../../../shared/exercises/patterns.ts';
import { easeInOutSine, pacerAt } from '../../../shared/pacer.ts';

describe('pacer keyframes', () => {
  it('samples the pacer’s own sine ease into a CSS linear() easing', () => {
    const easing = sineEasing();
    const stops = easing
      .replace(/^linear\(|\)$/g, '')
      .split(', ')
      .map(Number);
    expect(stops).toHaveLength(EASE_STEPS + 1);
    expect(stops[0]).toBe(0);
    expect(stops.at(-1)).toBe(1);
    for (const [i, stop] of stops.entries()) expect(stop).toBeCloseTo(easeInOutSine(i / EASE_STEPS), 4);
    // Between stops the straight pieces stay within 0.002 of the curve.
    for (let i = 0; i < EASE_STEPS; i += 1) {
      const mid = (i + 0.5) / EASE_STEPS;
      const interpolated = ((stops[i] ?? 0) + (stops[i + 1] ?? 0)) / 2;
      expect(Math.abs(interpolated - easeInOutSine(mid))).toBeLessThan(0.002);
    }
  });

  it('puts one keyframe at each phase start of belly breathing (4 s in, 6 s out)', () => {
    const frames = levelKeyframes(findPattern('belly'));
    expect(frames.map((f) => [f.offset, f.level])).toEqual([
      [0, 0],
      [0.4, 1],
      [1, 0],
    ]);
    expect(frames[0]?.easing).toMatch(/^linear\(0, /);
  });

  it('keeps holds still (linear, same level) and eases the moves, for box breathing', () => {
    const frames = levelKeyframes(findPattern('box'));
    expect(frames.map((f) => f.offset)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(frames.map((f) => f.level)).toEqual([0, 1, 1, 0, 0]);
    expect(frames[1]?.easing).toBe('linear');
    expect(frames[3]?.easing).toBe('linear');
    expect(frames[2]?.easing).toMatch(/^linear\(0, /);
  });

  it('matches the level pacerAt reports at every phase start of the cyclic sigh', () => {
    const pattern = findPattern('cyclic-sigh');
    const cycle = 10_000;
    for (const frame of levelKeyframes(pattern).slice(0, -1)) {
      expect(pacerAt(pattern, frame.offset * cycle).level).toBeCloseTo(frame.level, 6);
    }
  });

  it('maps the level onto transform and opacity only', () => {
    const layer = bloomLayers[0];
    if (!layer) throw new Error('no layer');
    const frames = layerKeyframes(findPattern('belly'), layer);
    expect(frames[0]).toMatchObject({ transform: `scale(${layer.scaleEmpty})`, opacity: layer.opacityEmpty });
    expect(frames[1]).toMatchObject({ transform: `scale(${layer.scaleFull})`, opacity: layer.opacityFull });
    for (const frame of frames) {
      expect(Object.keys(frame).sort()).toEqual(['easing', 'offset', 'opacity', 'transform']);
    }
    expect(fillKeyframes(findPattern('belly')).map((f) => f.transform)).toEqual([
      'scaleX(0)',
      'scaleX(1)',
      'scaleX(0)',
    ]);
  });

  it('runs one iteration per cycle of the session', () => {
    expect(cycleTiming(findPattern('belly'), 60_000)).toEqual({
      duration: 10_000,
      iterations: 6,
      fill: 'both',
    });
    expect(cycleTiming(findPattern('box'), 128_000).iterations).toBe(8);
  });
});
