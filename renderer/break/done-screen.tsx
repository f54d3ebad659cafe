import { useEffect, useState } from 'preact/hooks';
import { FEELINGS, type Feeling } from '../../shared/domain/feelings.ts';
import type { Translate } from '../../shared/i18n/index.ts';
import type { BreakKind } from '../../shared/scheduler-types.ts';
import { useT } from '../lib/i18n.ts';
import { useBreakKeys } from './use-break-keys.ts';
import { MainRefusal, useMainAnswers } from './use-main-answers.tsx';

export interface DoneScreenProps {
  readonly kind: BreakKind;
  /** True when the user ended the break early. */
  readonly ended: boolean;
  readonly breathedSeconds: number;
  /** Whole breaths taken, when the break was a breathing break. */
  readonly breaths?: number;
  /** Offered after a breathing break that ran to its end: the same pattern for one more minute. */
  readonly onOneMore?: () => void;
}

/**
 * "1 minute of slow breathing, 6 breaths": whole minutes from a minute on (rounded), seconds
 * below it, so a full 76-second 4-7-8 reads as a minute and a 40-second one as 40 seconds.
 */
export function breathedText(t: Translate, breathedSeconds: number, breaths: number | undefined): string {
  const seconds = Math.max(0, Math.round(breathedSeconds));
  const amount =
    seconds >= 60
      ? t('pacer.done-minutes', { count: Math.round(seconds / 60) })
      : t('pacer.done-seconds', { count: seconds });
  if (breaths === undefined || breaths < 1) return t('pacer.done-breathed', { amount });
  return t('pacer.done-breathed-breaths', { amount, breaths: t('pacer.breaths', { count: breaths }) });
}

/**
 * main leaves the window that finished a break open for this screen; it closes itself after this
 * long untouched (counted again from a chosen feeling), so no window lingers over the desk.
 */
export const DONE_AUTO_CLOSE_MS = 60_000;

/** The end of either break: a quiet word, an optional one-tap feeling, and a way out (Enter). */
export function DoneScreen({ kind, ended, breathedSeconds, breaths, onOneMore }: DoneScreenProps) {
  const t = useT();
  const { tell, refusal } = useMainAnswers();
  const [feeling, setFeeling] = useState<Feeling | null>(null);

  const close = () => {
    void tell('window:close', 'pacer.refused-close');
  };
  const choose = (next: Feeling) => {
    if (feeling !== null) return;
    setFeeling(next);
    void tell('break:feeling', 'pacer.feeling-failed', { feeling: next });
  };

  useBreakKeys({ onEnter: close, onEscape: close });

  // Keyed on the feeling too: choosing one restarts the calm delay.
  useEffect(() => {
    const timer = setTimeout(() => void tell('window:close', 'pacer.refused-close'), DONE_AUTO_CLOSE_MS);
    return () => clearTimeout(timer);
  }, [tell, feeling]);

  const body = ended
    ? t('pacer.ended-body')
    : kind === 'breathing'
      ? breathedText(t, breathedSeconds, breaths)
      : t('pacer.done-stretched');

  return (
    <section class="done" data-testid="done" data-ended={ended ? 'true' : 'false'}>
      <div class="done-mark" aria-hidden="true" />
      <h1 class="done-title">{ended ? t('pacer.ended-title') : t('pacer.done-title')}</h1>
      <p class="done-body">{body}</p>
      <fieldset class="feeling">
        <legend class="feeling-question">{t('pacer.feeling-question')}</legend>
        <div class="feeling-options">
          {FEELINGS.map((option) => (
            <button
              key={option}
              type="button"
              class={`button button-choice${feeling === option ? ' is-chosen' : ''}`}
              aria-pressed={feeling === option}
              disabled={feeling !== null && feeling !== option}
              onClick={() => choose(option)}
              data-testid={`feeling-${option}`}
            >
              {t(`pacer.feeling-${option}`)}
            </button>
          ))}
        </div>
        <p class="feeling-thanks" role="status">
          {feeling === null ? '' : t('pacer.feeling-thanks')}
        </p>
      </fieldset>
      <div class="break-actions">
        {onOneMore && !ended ? (
          <button type="button" class="button button-quiet" onClick={onOneMore} data-testid="one-more">
            {t('pacer.one-more')}
          </button>
        ) : null}
        <button type="button" class="button button-primary" onClick={close} data-testid="close">
          {t('action.close')}
        </button>
      </div>
      <p class="keys-hint">{t('pacer.close-hint')}</p>
      <MainRefusal text={refusal} testId="done-refusal" />
    </section>
  );
}
