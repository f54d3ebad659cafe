import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BreathingPattern } from '../../../shared/exercises/types.ts';
import { cycleMs, type PacerState, pacerAt } from '../../../shared/pacer.ts';
import { Bloom } from '../../break/bloom.tsx';
import { FillBar } from '../../break/fill-bar.tsx';
import { elapsedAt, type PacerClock, startClock } from '../../break/pacer-clock.ts';
import { useT } from '../../lib/i18n.ts';

/** Cycles the preview's animation is built for: it starts over with every change long before. */
const PREVIEW_CYCLES = 500;

const now = () => performance.now();

/**
 * The phase the preview is in, moved on at each phase boundary by one timer (pacerAt says how
 * long the phase has left), so the word changes with the shape without a frame loop.
 */
function usePhase(pattern: BreathingPattern, clock: PacerClock): PacerState {
  const [state, setState] = useState(() => pacerAt(pattern, 0));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const next = pacerAt(pattern, Math.max(0, elapsedAt(clock, now())));
      setState(next);
      timer = setTimeout(step, next.remainingInPhaseMs);
    };
    step();
    return () => clearTimeout(timer);
  }, [pattern, clock]);
  return state;
}

export interface PatternPreviewProps {
  readonly pattern: BreathingPattern;
  readonly reducedMotion: boolean;
}

/**
 * The pattern being edited, breathing: the break window's own shape (or its fill bar with
 * reduced motion) on the same keyframes and clock model, started over whenever the phases change,
 * with the phase word under it. Decorative for assistive technology: the timing is in words beside it.
 */
export function PatternPreview({ pattern, reducedMotion }: PatternPreviewProps) {
  const t = useT();
  const clock = useMemo(() => startClock(now(), 0), [pattern]);
  const sessionMs = cycleMs(pattern) * PREVIEW_CYCLES;
  const phase = usePhase(pattern, clock);
  return (
    <div class="pattern-preview" aria-hidden="true" data-testid="pattern-preview" data-phase={phase.phase}>
      <div class={reducedMotion ? 'pattern-preview__bar' : 'pattern-preview__stage'}>
        {reducedMotion ? (
          <FillBar pattern={pattern} sessionMs={sessionMs} clock={clock} now={now} />
        ) : (
          <Bloom pattern={pattern} sessionMs={sessionMs} clock={clock} now={now} />
        )}
      </div>
      <p class="pattern-preview__word">{t(`phase.${phase.phase}`)}</p>
    </div>
  );
}
