import { planBreakSession } from '../../../shared/break-plan.ts';
import { BREATHING_LENGTH_MINUTES } from '../../../shared/domain/breathing-lengths.ts';
import type { BreathingPattern } from '../../../shared/exercises/types.ts';
import type { Translate } from '../../../shared/i18n/index.ts';
import { cappedBelowRequest, lengthChoices } from '../../break/length-choices.ts';
import type { Choice } from './fields.tsx';

/** The stored setting's range in seconds (the settings schema's minimum and maximum). */
export interface SecondsBounds {
  readonly min: number;
  readonly max: number;
}

/** "2 minutes", "45 seconds", "1 min 30 s": a stored length in words, never rounded. */
export function breathingLengthLabel(t: Translate, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (rest === 0) return t('unit.minutes', { count: minutes });
  if (minutes === 0) return t('unit.seconds', { count: rest });
  return t('prefs.breathing.duration-minutes-seconds', { minutes, seconds: rest });
}

/**
 * What Preferences offers for the breathing length: the setup's minutes that the setting's range
 * allows, as seconds (what the setting stores). A stored length that is not one of them (an older
 * setting, a hand-edited file) is offered as it is, in order, so it shows and stays until the user
 * picks another. With the pattern of scheduled breaks, a length its cap makes meaningless (it
 * breathes no more than a shorter one: 4-7-8 at 3 or 5 minutes) is disabled, by the setup's own
 * rule (lengthChoices).
 */
export function breathingLengthChoices(
  t: Translate,
  bounds: SecondsBounds,
  storedSeconds: unknown,
  pattern?: BreathingPattern,
): Choice[] {
  const offered: number[] = BREATHING_LENGTH_MINUTES.map((minutes) => minutes * 60).filter(
    (seconds) => seconds >= bounds.min && seconds <= bounds.max,
  );
  if (typeof storedSeconds === 'number' && Number.isFinite(storedSeconds) && !offered.includes(storedSeconds))
    offered.push(storedSeconds);
  offered.sort((a, b) => a - b);
  const meaningful =
    pattern === undefined
      ? undefined
      : lengthChoices(
          pattern,
          offered.map((seconds) => seconds / 60),
        ).map((choice) => choice.meaningful);
  return offered.map((seconds, index) => ({
    value: seconds,
    label: breathingLengthLabel(t, seconds),
    ...(meaningful?.[index] === false ? { disabled: true } : {}),
  }));
}

/**
 * What Preferences says under the length when the pattern has a cap: why some lengths are greyed
 * (the setup's line, in the words of Preferences), and, when the stored length asks for more than
 * the cap allows, how long a scheduled break of it really breathes (main's plan, planBreakSession).
 */
export function breathingLengthNotes(
  t: Translate,
  pattern: BreathingPattern,
  choices: readonly Choice[],
  storedSeconds: unknown,
): string[] {
  const notes: string[] = [];
  if (pattern.maxCycles !== undefined && choices.some((choice) => choice.disabled === true))
    notes.push(t('prefs.breathing.duration-cap', { count: pattern.maxCycles }));
  if (typeof storedSeconds === 'number' && Number.isFinite(storedSeconds)) {
    const requestedMs = storedSeconds * 1000;
    if (cappedBelowRequest(pattern, requestedMs)) {
      const breathedSeconds = Math.round(planBreakSession({ requestedMs }, pattern).breathingMs / 1000);
      notes.push(
        t('prefs.breathing.duration-capped', {
          length: breathingLengthLabel(t, breathedSeconds),
          chosen: breathingLengthLabel(t, storedSeconds),
        }),
      );
    }
  }
  return notes;
}
