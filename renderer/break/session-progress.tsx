import { useMemo, useRef } from 'preact/hooks';
import { useT } from '../lib/i18n.ts';
import { clockText } from './countdown-text.ts';
import type { PacerClock } from './pacer-clock.ts';
import { useClockedAnimation } from './use-clocked-animation.ts';

export interface SessionProgressProps {
  /** "Breath 3 of 6" while breathing; null before the first and after the last. */
  readonly breath: string | null;
  readonly sessionMs: number;
  readonly remainingMs: number;
  readonly fraction: number;
  readonly clock: PacerClock;
  readonly now: () => number;
}

const progressKeyframes: Keyframe[] = [{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }];

/** A hairline that fills over the whole session (animated, not written per frame) and the time left. */
export function SessionProgress({
  breath,
  sessionMs,
  remainingMs,
  fraction,
  clock,
  now,
}: SessionProgressProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const timing = useMemo(
    (): KeyframeAnimationOptions => ({ duration: sessionMs, easing: 'linear', fill: 'both' }),
    [sessionMs],
  );
  useClockedAnimation(ref, progressKeyframes, timing, clock, now);
  const percent = Math.round(fraction * 100);
  return (
    <div class="session-progress">
      <div
        class="session-progress-track"
        role="progressbar"
        aria-label={t('pacer.progress-label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div ref={ref} class="session-progress-fill" style={{ transform: 'scaleX(0)' }} />
      </div>
      <p class="session-progress-text">
        {breath === null ? null : (
          <>
            <span data-testid="breath-count">{breath}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <span data-testid="time-left">{t('pacer.time-left', { time: clockText(remainingMs) })}</span>
      </p>
    </div>
  );
}
