import { useMemo, useRef } from 'preact/hooks';
import type { BreathingPattern } from '../../shared/exercises/types.ts';
import type { PacerClock } from './pacer-clock.ts';
import { cycleTiming, ringKeyframes } from './pacer-keyframes.ts';
import { useClockedAnimation } from './use-clocked-animation.ts';

export interface BreathRingProps {
  readonly pattern: BreathingPattern;
  readonly sessionMs: number;
  readonly clock: PacerClock;
  readonly now: () => number;
  /** Reduced motion: step at each phase change instead of sweeping. */
  readonly stepped: boolean;
}

/**
 * A thin ring around the shape that fills once per breath. The stroke is one Web Animation keyed to
 * the pacer clock's start (like the shape), so it passes each phase boundary in the same frame.
 */
export function BreathRing({ pattern, sessionMs, clock, now, stepped }: BreathRingProps) {
  const ref = useRef<SVGCircleElement>(null);
  const keyframes = useMemo(() => ringKeyframes(pattern, stepped), [pattern, stepped]);
  const timing = useMemo(() => cycleTiming(pattern, sessionMs), [pattern, sessionMs]);
  useClockedAnimation(ref, keyframes, timing, clock, now);
  return (
    <svg
      class={`breath-ring${stepped ? ' breath-ring-stepped' : ''}`}
      viewBox="0 0 100 100"
      aria-hidden="true"
      data-testid="breath-ring"
    >
      <circle class="breath-ring-track" cx="50" cy="50" r="47" pathLength={1} />
      <circle
        ref={ref}
        class="breath-ring-fill"
        cx="50"
        cy="50"
        r="47"
        pathLength={1}
        style={{ strokeDashoffset: 1 }}
      />
    </svg>
  );
}
