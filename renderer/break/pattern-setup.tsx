import { useState } from 'preact/hooks';
import { breathingPatterns, findPattern } from '../../shared/exercises/patterns.ts';
import type { PatternId } from '../../shared/exercises/types.ts';
import { roundSessionToCycles } from '../../shared/pacer.ts';
import { useLocale } from '../lib/i18n.ts';
import { useBreakKeys } from './use-break-keys.ts';

export interface PatternSetupProps {
  readonly initialPatternId: PatternId;
  readonly initialSessionMs: number;
  readonly onStart: (patternId: PatternId, sessionMs: number) => void;
  /** Changed their mind: no break after all (a break started by hand is never strict). */
  readonly onCancel: () => void;
}

/** Lengths offered for a break started by hand, in minutes. */
export const lengthChoicesMinutes = [1, 2, 3, 5] as const;

function nearestLength(sessionMs: number): number {
  const minutes = sessionMs / 60_000;
  let best: number = lengthChoicesMinutes[0];
  for (const choice of lengthChoicesMinutes)
    if (Math.abs(choice - minutes) < Math.abs(best - minutes)) best = choice;
  return best;
}

/** Pattern and length, only for a break started by hand and only before it begins. */
export function PatternSetup({ initialPatternId, initialSessionMs, onStart, onCancel }: PatternSetupProps) {
  const { t, locale } = useLocale();
  const [patternId, setPatternId] = useState<PatternId>(initialPatternId);
  const [minutes, setMinutes] = useState(() => nearestLength(initialSessionMs));
  const pattern = findPattern(patternId);
  const length = roundSessionToCycles(pattern, minutes * 60_000);
  const start = () => onStart(patternId, length.ms);

  useBreakKeys({ onEnter: start, onEscape: onCancel });

  return (
    <form
      class="setup"
      data-testid="setup"
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      <h1 class="setup-title">{t('pacer.setup-title')}</h1>
      <fieldset class="setup-group">
        <legend>{t('pacer.pattern-label')}</legend>
        <div class="pattern-list">
          {breathingPatterns.map((option) => (
            <label key={option.id} class={`pattern-option${option.id === patternId ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name="pattern"
                value={option.id}
                checked={option.id === patternId}
                onChange={() => setPatternId(option.id)}
              />
              <span class="pattern-name">{option.name[locale]}</span>
              <span class="pattern-summary">{option.summary[locale]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="setup-group">
        <legend>{t('pacer.length-label')}</legend>
        <div class="length-list">
          {lengthChoicesMinutes.map((choice) => (
            <label key={choice} class={`length-option${choice === minutes ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name="length"
                value={choice}
                checked={choice === minutes}
                onChange={() => setMinutes(choice)}
              />
              <span>{t('unit.minutes-short', { count: choice })}</span>
            </label>
          ))}
        </div>
        <p class="setup-breaths" data-testid="setup-breaths">
          {t('pacer.breaths', { count: length.cycles })}
        </p>
      </fieldset>
      <div class="break-actions">
        <button type="button" class="button button-quiet" onClick={onCancel} data-testid="cancel">
          {t('action.cancel')}
        </button>
        <button type="submit" class="button button-primary" data-testid="start">
          {t('pacer.start')}
        </button>
      </div>
    </form>
  );
}
