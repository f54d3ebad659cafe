import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { elapsedAt, isPaused, type PacerClock, shiftedStartMs } from './pacer-clock.ts';

/** Element.animate exists in every browser we ship to, but not in happy-dom; then the shape stays still. */
export function canAnimate(element: Element | null): element is Element & Pick<Element, 'animate'> {
  return element !== null && typeof element.animate === 'function';
}

/**
 * Keeps one Web Animation keyed to the pacer clock: startTime is the clock's shifted start, so the
 * animation and the text loop read the same instant; a pause freezes it at the clock's elapsed time.
 * No style is written per frame: the browser interpolates on the compositor.
 */
export function syncAnimation(animation: Animation, clock: PacerClock, nowMs: number): void {
  if (isPaused(clock)) {
    animation.pause();
    animation.currentTime = elapsedAt(clock, nowMs);
    return;
  }
  if (animation.playState === 'paused') animation.play();
  animation.startTime = shiftedStartMs(clock);
}

function unlessCancelled(error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  throw error;
}

export function useClockedAnimation(
  ref: RefObject<Element | null>,
  keyframes: Keyframe[],
  timing: KeyframeAnimationOptions,
  clock: PacerClock,
  now: () => number,
): void {
  const animation = useRef<Animation | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!canAnimate(element)) return;
    const created = element.animate(keyframes, timing);
    // Cancelling rejects `finished` with an AbortError (Web Animations: Animation.cancel()); nobody
    // waits on it, so only that one is let go, anything else still surfaces.
    created.finished.catch(unlessCancelled);
    animation.current = created;
    syncAnimation(created, clock, now());
    return () => {
      created.cancel();
      animation.current = null;
    };
    // The keyframes are rebuilt only when the pattern changes; the clock is synced below.
  }, [keyframes]);

  useEffect(() => {
    if (animation.current) syncAnimation(animation.current, clock, now());
  }, [clock]);
}
