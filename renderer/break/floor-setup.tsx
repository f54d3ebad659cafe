import { useState } from 'preact/hooks';
import {
  DEFAULT_FLOOR_MINUTES,
  FLOOR_MINUTES,
  type FloorMinutes,
} from '../../shared/domain/floor-session.ts';
import type { BreathingPattern, PatternRef } from '../../shared/exercises/types.ts';
import { BellyBreathingSupine } from '../illustrations/belly-breathing-supine.tsx';
import { useLocale } from '../lib/i18n.ts';
import { chosenPattern } from './chosen-pattern.ts';
import { SetupActions } from './setup-actions.tsx';
import { useBreakKeys } from './use-break-keys.ts';

export interface FloorSetupProps {
  /** The rhythms to choose from: built-in and the user's own. */
  readonly patterns: readonly BreathingPattern[];
  readonly initialPatternId: PatternRef;
  readonly initialSessionMs: number;
  /** False where the platform has no Web Audio: the screen says the shape will guide instead. */
  readonly soundAvailable: boolean;
  /** `requestedMs`: the breathing time asked for; main rounds it to whole breaths. */
  readonly onStart: (patternId: PatternRef, requestedMs: number) => void;
  readonly onCancel: () => void;
}

function nearestFloorMinutes(sessionMs: number): FloorMinutes {
  const minutes = sessionMs / 60_000;
  let best: FloorMinutes = DEFAULT_FLOOR_MINUTES;
  for (const choice of FLOOR_MINUTES)
    if (Math.abs(choice - minutes) < Math.abs(best - minutes)) best = choice;
  return best;
}

/**
 * One calm screen before lying down: the article's position in a drawing and two sentences, the
 * length (3, 5 or 10 minutes) and the rhythm. Nothing else, so it can be read at a glance.
 */
export function FloorSetup({
  patterns,
  initialPatternId,
  initialSessionMs,
  soundAvailable,
  onStart,
  onCancel,
}: FloorSetupProps) {
  const { t, locale } = useLocale();
  const [patternId, setPatternId] = useState<PatternRef>(initialPatternId);
  const [minutes, setMinutes] = useState<FloorMinutes>(() => nearestFloorMinutes(initialSessionMs));
  // Main plans the session (whole breaths, nearest to the minutes asked for).
  const pattern = chosenPattern(patterns, patternId);
  const start = () => onStart(pattern.id, minutes * 60_000);

  useBreakKeys({ onEnter: start, onEscape: onCancel });

  return (
    <form
      class="setup floor-setup"
      data-testid="floor-setup"
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      <h1 class="setup-title">{t('pacer.floor-title')}</h1>
      <div class="floor-position">
        <BellyBreathingSupine title={t('pacer.floor-drawing')} />
        <div class="floor-words">
          <p>{t('pacer.floor-position')}</p>
          <p>{soundAvailable ? t('pacer.floor-eyes') : t('pacer.floor-no-sound')}</p>
        </div>
      </div>
      <fieldset class="setup-group">
        <legend>{t('pacer.floor-length-label')}</legend>
        <div class="length-list">
          {FLOOR_MINUTES.map((choice) => (
            <label key={choice} class={`length-option${choice === minutes ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name="floor-length"
                value={choice}
                checked={choice === minutes}
                onChange={() => setMinutes(choice)}
              />
              <span>{t('unit.minutes-short', { count: choice })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="floor-pattern">
        <span>{t('pacer.floor-pattern-label')}</span>
        <select
          value={pattern.id}
          data-testid="floor-pattern"
          onChange={(event) => setPatternId(event.currentTarget.value as PatternRef)}
        >
          {patterns.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name[locale]}
            </option>
          ))}
        </select>
      </label>
      <SetupActions onCancel={onCancel} />
    </form>
  );
}
