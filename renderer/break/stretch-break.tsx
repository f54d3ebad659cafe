import { useEffect, useMemo } from 'preact/hooks';
import type { BreakSession } from '../../shared/ipc-contract.ts';
import { useLocale } from '../lib/i18n.ts';
import { clockText } from './countdown-text.ts';
import { DoneScreen } from './done-screen.tsx';
import { ExerciseCard } from './exercise-card.tsx';
import { useFrameClock } from './frame-clock.ts';
import { LiveRegion } from './live-region.tsx';
import { createStretchSessionStore } from './stores/stretch-session-store.ts';
import { isLastStepOfBreak, isLastStepOfExercise } from './stretch-stepper.ts';
import { SwapLabel } from './swap-label.tsx';
import { useBreakKeys } from './use-break-keys.ts';
import { MainRefusal, useMainStore } from './use-main-answers.tsx';

export interface StretchBreakProps {
  readonly session: BreakSession;
}

/**
 * A stretch break: the session's exercises in order, one step at a time. Timed steps count down
 * and move on by themselves; counted steps wait for Enter. Space pauses the step timer. The state
 * and its moves live in stores/stretch-session-store.ts; this is the view.
 */
export function StretchBreak({ session }: StretchBreakProps) {
  const main = useMainStore();
  const frameClock = useFrameClock();
  const { t, locale } = useLocale();
  const store = useMemo(
    () => createStretchSessionStore({ session, clock: frameClock, main }),
    [session, frameClock, main],
  );
  useEffect(() => {
    store.start();
    return () => store.dispose();
  }, [store]);

  const { exercises } = store;
  const position = store.position.value;
  const completion = store.completion.value;
  const refusal = main.refusal.value;
  const remainingMs = store.stepLeftMs.value;
  const exercise = exercises[position.exerciseIndex];
  const step = exercise?.steps[position.stepIndex];
  const lastOfBreak = isLastStepOfBreak(exercises, position);
  const strictWaitsForTime = store.waitsForBreakTime.value;
  const nextBlocked = store.nextBlocked.value;

  useBreakKeys(
    completion
      ? {}
      : {
          onEnter: nextBlocked ? undefined : store.next,
          onSpace: store.togglePause,
          onEscape: session.strict ? undefined : store.end,
        },
  );

  if (completion) {
    return (
      <>
        <DoneScreen kind="stretch" ended={completion.outcome === 'skipped'} breathedSeconds={0} />
        <MainRefusal text={refusal} />
      </>
    );
  }
  if (!exercise || !step) {
    return (
      <section class="stretch stretch-empty" data-testid="stretch">
        <p class="stretch-empty-text">{t('stretch.empty')}</p>
        <div class="break-actions">
          <button type="button" class="button button-primary" onClick={store.finish}>
            {t('action.done')}
          </button>
        </div>
      </section>
    );
  }

  const paused = store.paused.value;
  const lastOfExercise = isLastStepOfExercise(exercises, position);
  const nextLabel = lastOfBreak
    ? t('stretch.finish')
    : lastOfExercise
      ? t('stretch.next-exercise')
      : t('stretch.next-step');
  const announcement =
    position.stepIndex === 0
      ? `${t('stretch.announce-exercise', { title: exercise.title[locale], place: t(`place.${exercise.place}`) })} ${t('stretch.announce-step', { current: 1, text: step.text[locale] })}`
      : t('stretch.announce-step', { current: position.stepIndex + 1, text: step.text[locale] });

  return (
    <section
      class={`stretch${paused ? ' is-paused' : ''}`}
      data-testid="stretch"
      data-exercise={exercise.id}
      data-step={position.stepIndex}
      data-paused={paused ? 'true' : 'false'}
    >
      <p class="stretch-count">
        {t('stretch.exercise-count', { current: position.exerciseIndex + 1, total: exercises.length })}
      </p>
      <ExerciseCard
        exercise={exercise}
        stepIndex={position.stepIndex}
        remainingMs={remainingMs}
        paused={paused}
      />
      <div class="stretch-controls">
        <div class="break-actions">
          <button
            type="button"
            class="button button-quiet"
            onClick={store.previous}
            disabled={position.exerciseIndex === 0 && position.stepIndex === 0}
            data-testid="previous"
          >
            {t('stretch.previous')}
          </button>
          {lastOfBreak || session.strict ? null : (
            <button type="button" class="button button-quiet" onClick={store.skip} data-testid="skip">
              {t('stretch.skip')}
            </button>
          )}
          <button
            type="button"
            class="button button-primary"
            onClick={store.next}
            disabled={nextBlocked}
            data-testid="next"
          >
            {strictWaitsForTime ? `${nextLabel} · ${clockText(store.breakLeftMs.value)}` : nextLabel}
          </button>
        </div>
        {/* The break's own controls as in a breathing break: Pause, then End, in the row just
            above the keys, whatever the language (one row for all five would wrap in Dutch). */}
        {step.seconds === undefined && session.strict ? null : (
          <div class="break-actions break-session-actions">
            {step.seconds === undefined ? null : (
              <button
                type="button"
                class="button button-quiet"
                onClick={store.togglePause}
                data-testid="pause"
              >
                <SwapLabel
                  shown={paused ? t('stretch.resume') : t('stretch.pause')}
                  other={paused ? t('stretch.pause') : t('stretch.resume')}
                />
              </button>
            )}
            {session.strict ? null : (
              <button type="button" class="button button-quiet" onClick={store.end} data-testid="end">
                {t('stretch.end')}
              </button>
            )}
          </div>
        )}
        <p class="keys-hint">{session.strict ? t('stretch.keys-hint-strict') : t('stretch.keys-hint')}</p>
      </div>
      <LiveRegion text={announcement} />
      <MainRefusal text={refusal} />
    </section>
  );
}
