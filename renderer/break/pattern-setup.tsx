import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BreathingPattern, PatternRef } from '../../shared/exercises/types.ts';
import { useLocale } from '../lib/i18n.ts';
import { chosenPattern } from './chosen-pattern.ts';
import { effectiveChoice, lengthChoices, nearestLength } from './length-choices.ts';
import { SetupActions } from './setup-actions.tsx';
import { useBreakKeys } from './use-break-keys.ts';
import { useWholeRows } from './whole-rows.ts';

export interface PatternSetupProps {
  /** The patterns to choose from: built-in and the user's own (patternChoices). */
  readonly patterns: readonly BreathingPattern[];
  readonly initialPatternId: PatternRef;
  readonly initialSessionMs: number;
  /** `requestedMs`: the breathing time chosen; main plans it (the count shown here is the same plan). */
  readonly onStart: (patternId: PatternRef, requestedMs: number) => void;
  /** Changed their mind: no break after all (a break started by hand is never strict). */
  readonly onCancel: () => void;
}

/** The line that says why some lengths are greyed; their radios point at it (aria-describedby). */
const CAPPED_ID = 'setup-capped';

/**
 * Pattern and length, only for a break started by hand and only before it begins. Fits the break
 * window (560 x 640): the patterns are a compact grid, the chosen one's timing and cautions sit
 * below it, and Cancel and Begin are pinned to the bottom so they are always in view.
 */
export function PatternSetup({
  patterns,
  initialPatternId,
  initialSessionMs,
  onStart,
  onCancel,
}: PatternSetupProps) {
  const { t, locale } = useLocale();
  const [patternId, setPatternId] = useState<PatternRef>(initialPatternId);
  const [minutes, setMinutes] = useState(() => nearestLength(initialSessionMs));
  const pattern = chosenPattern(patterns, patternId);
  const choices = lengthChoices(pattern);
  const length = effectiveChoice(choices, minutes);
  const capped = choices.some((choice) => !choice.meaningful);
  // The asked-for time goes to main, which plans it with the same rule (planBreakSession).
  const start = () => onStart(pattern.id, length.minutes * 60_000);

  useBreakKeys({ onEnter: start, onEscape: onCancel });

  // With many patterns of one's own the list scrolls: keep the chosen one wholly in view, whether
  // it was chosen by arrow key or is the default far down the list. A layout effect, so it is in
  // view in the very frame that first shows it chosen.
  const list = useRef<HTMLDivElement>(null);
  const patternGroup = useRef<HTMLFieldSetElement>(null);
  // First the list's height (whole rows, for the room this pattern's details leave), then the scroll.
  useWholeRows(list, patternGroup, `${pattern.id} ${patterns.length}`);
  useLayoutEffect(() => {
    list.current?.querySelector('.pattern-option.is-chosen')?.scrollIntoView({ block: 'nearest' });
  }, [pattern.id]);

  return (
    <form
      class="setup"
      data-testid="setup"
      data-pattern={pattern.id}
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      <h1 class="setup-title">{t('pacer.setup-title')}</h1>
      <fieldset class="setup-group setup-patterns" ref={patternGroup}>
        <legend>{t('pacer.pattern-label')}</legend>
        <div class="pattern-scroll">
          <div class="pattern-list" ref={list}>
            {patterns.map((option) => (
              <label key={option.id} class={`pattern-option${option.id === pattern.id ? ' is-chosen' : ''}`}>
                <input
                  type="radio"
                  name="pattern"
                  value={option.id}
                  checked={option.id === pattern.id}
                  onChange={() => setPatternId(option.id)}
                />
                <span class="pattern-name">{option.name[locale]}</span>
              </label>
            ))}
          </div>
          {/* Drawn only while the list can scroll that way (break.css): "there is more here". */}
          <span class="pattern-more pattern-more-above" aria-hidden="true" data-testid="pattern-more-above" />
          <span class="pattern-more pattern-more-below" aria-hidden="true" data-testid="pattern-more-below" />
        </div>
      </fieldset>
      <section class="pattern-details" aria-label={pattern.name[locale]} data-testid="pattern-details">
        <p class="pattern-summary">{pattern.summary[locale]}</p>
        <p class="pattern-cautions-title">{t('pacer.cautions-title')}</p>
        <ul class="pattern-cautions" data-testid="pattern-cautions">
          {pattern.cautions.map((caution) => (
            <li key={caution.en}>{caution[locale]}</li>
          ))}
        </ul>
      </section>
      <fieldset class="setup-group setup-length">
        <legend>{t('pacer.length-label')}</legend>
        <div class="length-list">
          {choices.map((choice) => (
            <label
              key={choice.minutes}
              class={`length-option${choice.minutes === length.minutes ? ' is-chosen' : ''}${choice.meaningful ? '' : ' is-disabled'}`}
            >
              <input
                type="radio"
                name="length"
                value={choice.minutes}
                checked={choice.minutes === length.minutes}
                disabled={!choice.meaningful}
                aria-describedby={choice.meaningful ? undefined : CAPPED_ID}
                onChange={() => setMinutes(choice.minutes)}
              />
              <span>{t('unit.minutes-short', { count: choice.minutes })}</span>
            </label>
          ))}
          <span class="setup-breaths" data-testid="setup-breaths">
            {t('pacer.breaths', { count: length.cycles })}
          </span>
        </div>
        {capped ? (
          <p id={CAPPED_ID} class="setup-capped" data-testid="setup-capped">
            {t('pacer.length-capped', { count: pattern.maxCycles ?? length.cycles })}
          </p>
        ) : null}
      </fieldset>
      <SetupActions onCancel={onCancel} class="setup-actions" />
    </form>
  );
}
