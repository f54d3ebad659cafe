import type { Exercise } from '../../shared/exercises/types.ts';
import { Illustration } from '../illustrations/illustration.tsx';
import { useLocale, useT } from '../lib/i18n.ts';
import { clockText } from './countdown-text.ts';

export interface ExerciseCardProps {
  readonly exercise: Exercise;
  readonly stepIndex: number;
  /** Time left in the current step when it is timed; null for counted steps. */
  readonly remainingMs: number | null;
  readonly paused: boolean;
}

/** One exercise: its drawing, where it is done, the steps with the current one lit, and its cautions. */
export function ExerciseCard({ exercise, stepIndex, remainingMs, paused }: ExerciseCardProps) {
  const { t, locale } = useLocale();
  const minutes = Math.max(1, Math.round(exercise.durationSeconds / 60));
  const duration =
    exercise.durationSeconds < 60
      ? t('unit.seconds', { count: exercise.durationSeconds })
      : t('unit.minutes', { count: minutes });
  return (
    <article class="exercise" data-testid="exercise">
      <header class="exercise-head">
        <div class="exercise-figure">
          <Illustration id={exercise.illustration} title={exercise.title[locale]} />
        </div>
        <div class="exercise-heading">
          <h1 class="exercise-title">{exercise.title[locale]}</h1>
          <p class="exercise-meta">
            <span class={`place-badge place-${exercise.place}`} data-testid="place">
              {t(`place.${exercise.place}`)}
            </span>
            <span class="exercise-duration">{t('stretch.about', { time: duration })}</span>
          </p>
        </div>
      </header>
      <div class="exercise-text">
        <ol class="steps" aria-label={t('stretch.steps-label')}>
          {exercise.steps.map((step, index) => {
            const state = index < stepIndex ? 'is-past' : index === stepIndex ? 'is-current' : 'is-future';
            return (
              <li
                key={index}
                class={`step ${state}`}
                aria-current={index === stepIndex ? 'step' : undefined}
                data-testid={index === stepIndex ? 'current-step' : undefined}
              >
                <span class="step-text">{step.text[locale]}</span>
                {index === stepIndex ? (
                  <StepMeasure step={step} remainingMs={remainingMs} paused={paused} />
                ) : null}
              </li>
            );
          })}
        </ol>
        {exercise.cautions.length > 0 ? (
          <aside class="cautions" aria-label={t('stretch.cautions-title')}>
            <p class="cautions-title">{t('stretch.cautions-title')}</p>
            <ul>
              {exercise.cautions.map((caution) => (
                <li key={caution.en}>{caution[locale]}</li>
              ))}
            </ul>
          </aside>
        ) : null}
      </div>
    </article>
  );
}

function StepMeasure({
  step,
  remainingMs,
  paused,
}: {
  readonly step: Exercise['steps'][number];
  readonly remainingMs: number | null;
  readonly paused: boolean;
}) {
  const t = useT();
  if (step.seconds !== undefined && remainingMs !== null) {
    return (
      <span class="step-timer" data-testid="step-timer">
        <span class="visually-hidden">{t('stretch.step-timer-label')} </span>
        {paused ? t('stretch.paused') : clockText(remainingMs)}
      </span>
    );
  }
  if (step.repetitions !== undefined) {
    return (
      <span class="step-reps" data-testid="step-reps">
        {t('stretch.repetitions', { times: t('unit.repetitions', { count: step.repetitions }) })}
      </span>
    );
  }
  return null;
}
