import { BREATHING_LENGTH_MINUTES } from '../../../shared/domain/breathing-lengths.ts';
import type { Translate } from '../../../shared/i18n/index.ts';
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
 * picks another.
 */
export function breathingLengthChoices(
  t: Translate,
  bounds: SecondsBounds,
  storedSeconds: unknown,
): Choice[] {
  const offered: number[] = BREATHING_LENGTH_MINUTES.map((minutes) => minutes * 60).filter(
    (seconds) => seconds >= bounds.min && seconds <= bounds.max,
  );
  if (typeof storedSeconds === 'number' && Number.isFinite(storedSeconds) && !offered.includes(storedSeconds))
    offered.push(storedSeconds);
  return offered
    .sort((a, b) => a - b)
    .map((seconds) => ({ value: seconds, label: breathingLengthLabel(t, seconds) }));
}
