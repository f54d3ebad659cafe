import { useMemo, useRef } from 'preact/hooks';
import type { BreathingPattern } from '../../shared/exercises/types.ts';
import type { PacerClock } from './pacer-clock.ts';
import { bloomLayers, cycleTiming, type LayerRange, layerKeyframes } from './pacer-keyframes.ts';
import { useClockedAnimation } from './use-clocked-animation.ts';
import './bloom.css';

export interface BloomProps {
  readonly pattern: BreathingPattern;
  readonly sessionMs: number;
  readonly clock: PacerClock;
  readonly now: () => number;
}

/** The breathing shape: translucent layers that swell on the in-breath and settle on the out-breath. */
export function Bloom({ pattern, sessionMs, clock, now }: BloomProps) {
  return (
    <div class="bloom" aria-hidden="true" data-testid="bloom">
      {bloomLayers.map((layer, index) => (
        <BloomLayer
          key={index}
          index={index}
          layer={layer}
          pattern={pattern}
          sessionMs={sessionMs}
          clock={clock}
          now={now}
        />
      ))}
    </div>
  );
}

interface BloomLayerProps extends BloomProps {
  readonly index: number;
  readonly layer: LayerRange;
}

function BloomLayer({ index, layer, pattern, sessionMs, clock, now }: BloomLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const keyframes = useMemo(() => layerKeyframes(pattern, layer), [pattern, layer]);
  const timing = useMemo(() => cycleTiming(pattern, sessionMs), [pattern, sessionMs]);
  useClockedAnimation(ref, keyframes, timing, clock, now);
  // The resting look before the animation takes over (and in browsers without Web Animations).
  const first = keyframes[0];
  return (
    <div
      ref={ref}
      class={`bloom-layer bloom-layer-${index}`}
      style={{ transform: first?.transform as string, opacity: first?.opacity as number }}
    />
  );
}
