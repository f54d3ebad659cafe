import { SIGNAL_IDS } from '../../../shared/domain/signals.ts';
import { exercises } from '../../../shared/exercises/exercises.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { useBridge } from '../../lib/bridge.ts';
import { useLocale } from '../../lib/i18n.ts';
import { breakRequestFor } from '../checkin/try-exercise.ts';
import { hashFor } from '../router.ts';
import { SafetyNote } from '../safety-note.tsx';
import { AnatomyDiagram } from './anatomy-diagram.tsx';
import './learn.css';
import { floorStartRequest } from '../../lib/floor-session.ts';

const LOOP: readonly MessageKey[] = [
  'learn.loop.step1',
  'learn.loop.step2',
  'learn.loop.step3',
  'learn.loop.step4',
];
const HELPS: readonly MessageKey[] = [
  'learn.help.belly',
  'learn.help.hips',
  'learn.help.calm',
  'learn.help.rest',
];

/** Psoas, diaphragm and the stress loop in a few short paragraphs, with the diagram and the exercises. */
export function LearnView() {
  const bridge = useBridge();
  const { locale, t } = useLocale();
  return (
    <div class="view view--learn">
      <header class="view__header">
        <h1 class="view__title" tabIndex={-1}>
          {t('learn.title')}
        </h1>
        <p class="view__lead">{t('learn.lead')}</p>
      </header>

      <div class="learn__anatomy">
        <section class="learn__text" aria-labelledby="learn-anatomy">
          <h2 id="learn-anatomy">{t('learn.anatomy.title')}</h2>
          <p>{t('learn.anatomy.psoas')}</p>
          <p>{t('learn.anatomy.diaphragm')}</p>
        </section>
        <figure class="learn__figure card">
          <AnatomyDiagram />
        </figure>
      </div>

      <section class="learn__text" aria-labelledby="learn-effect">
        <h2 id="learn-effect">{t('learn.effect.title')}</h2>
        <p>{t('learn.effect.body')}</p>
      </section>

      <section class="learn__text" aria-labelledby="learn-loop">
        <h2 id="learn-loop">{t('learn.loop.title')}</h2>
        <p>{t('learn.loop.body')}</p>
        {/* Drawn as a circle: four steps around a ring, clockwise, the last leading back to the first. */}
        <div class="loop-figure" data-testid="loop">
          <ol class="loop" aria-label={t('learn.loop.label')}>
            {LOOP.map((key, index) => (
              <li key={key} class={`loop__step loop__step--${index + 1}`}>
                {t(key)}
              </li>
            ))}
          </ol>
          <span class="loop__turn" aria-hidden="true">
            ↻
          </span>
        </div>
      </section>

      <section class="learn__text" aria-labelledby="learn-signals">
        <h2 id="learn-signals">{t('learn.signals.title')}</h2>
        <p>{t('learn.signals.intro')}</p>
        <ul class="learn__signals" data-testid="learn-signals">
          {SIGNAL_IDS.map((signal) => (
            <li key={signal}>{t(`checkin.signal.${signal}`)}</li>
          ))}
        </ul>
      </section>

      <section class="learn__text" aria-labelledby="learn-help">
        <h2 id="learn-help">{t('learn.help.title')}</h2>
        <ul class="learn__helps">
          {HELPS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="learn-try">
        <h2 id="learn-try" class="card__title">
          {t('learn.exercises.title')}
        </h2>
        <p class="learn__try-intro">{t('learn.exercises.intro')}</p>
        <div class="learn__actions">
          <button
            type="button"
            class="button button--primary"
            onClick={() => bridge.invoke('break:start', { kind: 'breathing', patternId: 'belly' })}
          >
            {t('learn.exercises.breathe')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => bridge.invoke('break:start', { kind: 'stretch' })}
          >
            {t('learn.exercises.stretch')}
          </button>
          <button
            type="button"
            class="button"
            data-testid="floor-start"
            onClick={() => bridge.invoke('break:start', floorStartRequest)}
          >
            {t('learn.exercises.floor')}
          </button>
          <a class="button" href={hashFor('checkin')}>
            {t('learn.exercises.checkin')}
          </a>
        </div>
        <h3 class="learn__list-title">{t('learn.exercises.list')}</h3>
        <ul class="learn__exercises">
          {exercises.map((exercise) => (
            <li key={exercise.id}>
              <button
                type="button"
                class="learn__exercise"
                onClick={() => bridge.invoke('break:start', breakRequestFor(exercise))}
              >
                <span class="learn__exercise-title">{exercise.title[locale]}</span>
                <span class="learn__exercise-place">{t(`place.${exercise.place}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <SafetyNote titleKey="checkin.caveat.title" />
    </div>
  );
}
