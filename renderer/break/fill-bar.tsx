import { useMemo, useRef } from 'preact/hooks';
import type { BreathingPattern } from '../../shared/exercises/types.ts';
import type { PacerClock } from './pacer-clock.ts';
import { cycleTiming, fillKeyframes } from './pacer-keyframes.ts';
import { useClockedAnimation } from './use-clocked-animation.ts';

export interface FillBarProps {
  readonly pattern: BreathingPattern;
  readonly sessionMs: number;
  readonly clock: PacerClock;
  readonly now: () => number;
}

/** Reduced motion: a bar that slowly fills on the in-breath and empties on the out-breath, same timing. */
export function FillBar({ pattern, sessionMs, clock, now }: FillBarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const keyframes = useMemo(() => fillKeyframes(pattern), [pattern]);
  const timing = useMemo(() => cycleTiming(pattern, sessionMs), [pattern, sessionMs]);
  useClockedAnimation(ref, keyframes, timing, clock, now);
  return (
    <div class="fill-bar" aria-hidden="true" data-testid="fill-bar">
      <div ref={ref} class="fill-bar-fill" style={{ transform: 'scaleX(0)' }} />
    </div>
  );
}
