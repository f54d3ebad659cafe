import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { Settings } from '../../../shared/settings/types.ts';

export interface SchedulePreset {
  readonly id: 'gentle' | 'standard' | 'frequent';
  readonly label: MessageKey;
  readonly breathingMinutes: number;
  readonly stretchMinutes: number;
}

/** Standard matches the defaults; the others halve or raise the rhythm a little, not a lot. */
export const SCHEDULE_PRESETS: readonly SchedulePreset[] = [
  { id: 'gentle', label: 'welcome.preset.gentle', breathingMinutes: 40, stretchMinutes: 120 },
  { id: 'standard', label: 'welcome.preset.standard', breathingMinutes: 25, stretchMinutes: 90 },
  { id: 'frequent', label: 'welcome.preset.frequent', breathingMinutes: 20, stretchMinutes: 60 },
];

export function presetPatch(preset: SchedulePreset) {
  return {
    breathing: { intervalMinutes: preset.breathingMinutes },
    stretch: { intervalMinutes: preset.stretchMinutes },
  };
}

/** The preset the settings currently match, if any. */
export function matchingPreset(settings: Settings): SchedulePreset | undefined {
  return SCHEDULE_PRESETS.find(
    (preset) =>
      preset.breathingMinutes === settings.breathing.intervalMinutes &&
      preset.stretchMinutes === settings.stretch.intervalMinutes,
  );
}
