import { useRef, useState } from 'preact/hooks';
import { SIGNAL_IDS, SIGNAL_LEVELS } from '../../../shared/domain/signals.ts';
import { suggestExercises } from '../../../shared/exercises/routine.ts';
import type { Exercise } from '../../../shared/exercises/types.ts';
import type { CheckinAnswers, SignalLevel } from '../../../shared/ipc-contract.ts';
import { useBridge } from '../../lib/bridge.ts';
import { useLocale } from '../../lib/i18n.ts';
import { SafetyNote } from '../safety-note.tsx';
import { breakRequestFor } from './try-exercise.ts';
import './checkin.css';

type Saved = 'no' | 'yes' | 'failed';

/** What has been answered so far: nothing at first, so an untouched form can never save a 0/10. */
type Partial5 = Partial<Record<keyof CheckinAnswers, SignalLevel>>;

/** The answers once all five are given, else null. */
export function completeAnswers(partial: Partial5): CheckinAnswers | null {
  const answers: Partial5 = {};
  for (const signal of SIGNAL_IDS) {
    const level = partial[signal];
    if (level === undefined) return null;
    answers[signal] = level;
  }
  return answers as CheckinAnswers;
}

/** The five signals, each not / a little / clearly; then what may help, always with the caveat. */
export function CheckinView() {
  const bridge = useBridge();
  const { locale, t } = useLocale();
  const [answers, setAnswers] = useState<Partial5>({});
  const [suggestions, setSuggestions] = useState<readonly Exercise[] | null>(null);
  const [saved, setSaved] = useState<Saved>('no');

  const complete = completeAnswers(answers);
  const answered = SIGNAL_IDS.filter((signal) => answers[signal] !== undefined).length;

  const form = useRef<HTMLFormElement>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    if (complete === null) {
      // Not yet: take the user to the first question still open instead (the button says how
      // many are answered through aria-describedby).
      const open = SIGNAL_IDS.find((signal) => answers[signal] === undefined);
      form.current?.querySelector<HTMLInputElement>(`input[name="signal-${open}"]`)?.focus();
      return;
    }
    setSuggestions(suggestExercises(complete));
    bridge.invoke('checkin:save', { answers: complete }).then(
      (result) => setSaved(result.ok ? 'yes' : 'failed'),
      () => setSaved('failed'),
    );
  };

  const set = (signal: keyof CheckinAnswers, level: SignalLevel) => {
    setAnswers((current) => ({ ...current, [signal]: level }));
    setSuggestions(null);
    setSaved('no');
  };

  return (
    <div class="view view--checkin">
      <header class="view__header">
        <h1 class="view__title" tabIndex={-1}>
          {t('checkin.title')}
        </h1>
        <p class="view__lead">{t('checkin.intro')}</p>
      </header>

      <form class="checkin card" onSubmit={submit} ref={form}>
        {SIGNAL_IDS.map((signal) => (
          <fieldset key={signal} class="signal">
            <legend class="signal__question">{t(`checkin.signal.${signal}`)}</legend>
            <div class="segmented">
              {SIGNAL_LEVELS.map((level) => (
                <label key={level} class="segmented__option">
                  <input
                    type="radio"
                    name={`signal-${signal}`}
                    value={String(level)}
                    checked={answers[signal] === level}
                    onChange={() => set(signal, level)}
                  />
                  <span>{t(`checkin.level.${level}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div class="checkin__footer">
          {/* Until all five are answered it looks unavailable (aria-disabled) but stays in the Tab
              order, so a keyboard user reaches it, hears why and is taken to the open question. */}
          <button
            type="submit"
            class="button button--primary checkin__submit"
            aria-disabled={complete === null ? 'true' : undefined}
            aria-describedby="checkin-progress"
          >
            {t('checkin.submit')}
          </button>
          <p id="checkin-progress" class="checkin__progress" data-testid="checkin-progress">
            {complete === null ? t('checkin.answered', { count: answered, total: SIGNAL_IDS.length }) : ''}
          </p>
        </div>
      </form>

      <section class="card" aria-labelledby="suggestions-title" hidden={suggestions === null}>
        <h2 id="suggestions-title" class="card__title">
          {t('checkin.suggestions.title')}
        </h2>
        <p class="status-text" role="status">
          {saved === 'yes' ? t('checkin.saved') : saved === 'failed' ? t('checkin.save-failed') : ''}
        </p>
        {suggestions !== null && suggestions.length === 0 ? <p>{t('checkin.suggestions.none')}</p> : null}
        <ul class="suggestions">
          {(suggestions ?? []).map((exercise) => (
            <li key={exercise.id} class="suggestion">
              <div class="suggestion__text">
                <h3 class="suggestion__title">{exercise.title[locale]}</h3>
                <p class="suggestion__meta">
                  {t('checkin.meta', {
                    place: t(`place.${exercise.place}`),
                    minutes: Math.max(1, Math.round(exercise.durationSeconds / 60)),
                  })}
                </p>
                <p class="suggestion__summary">{exercise.summary[locale]}</p>
              </div>
              <button
                type="button"
                class="button"
                aria-label={t('checkin.try-label', { title: exercise.title[locale] })}
                onClick={() => bridge.invoke('break:start', breakRequestFor(exercise))}
              >
                {t('checkin.try')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <SafetyNote
        titleKey="checkin.caveat.title"
        extra={(answers['short-of-breath'] ?? 0) > 0 ? t('checkin.doctor-note') : null}
      />
    </div>
  );
}
