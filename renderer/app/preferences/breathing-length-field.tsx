import type { PatternRef } from '../../../shared/domain/pattern-ids.ts';
import { scheduledPattern } from '../../../shared/exercises/resolve-pattern.ts';
import type { Settings } from '../../../shared/settings/types.ts';
import { useLocale } from '../../lib/i18n.ts';
import { breathingLengthChoices, breathingLengthNotes } from './breathing-length-choices.ts';
import { SelectField } from './fields.tsx';
import { schemaAt } from './settings-paths.ts';
import type { SettingsForm } from './use-settings-form.ts';

const path = 'breathing.durationSeconds';

/**
 * The breathing break's length in the setup's minutes; the setting keeps storing seconds. Lengths
 * the scheduled pattern's cap makes meaningless are greyed, as in the setup, and when the stored
 * length asks for more than the cap allows the field says how long a break really breathes.
 */
export function BreathingLengthField({
  form,
  settings,
}: {
  readonly form: SettingsForm;
  readonly settings: Settings;
}) {
  const { t } = useLocale();
  // The range is the settings schema's, so the field never offers what the validator refuses.
  const rule = schemaAt(path);
  if (rule?.minimum === undefined || rule.maximum === undefined)
    throw new Error(`the settings schema gives ${path} no range`);
  // The pattern as shown (a pick not yet saved counts), resolved the way main resolves it.
  const shownId = form.shown('breathing.patternId');
  const pattern = scheduledPattern({
    breathing: {
      patternId: typeof shownId === 'string' ? (shownId as PatternRef) : settings.breathing.patternId,
      customPatterns: settings.breathing.customPatterns,
    },
  });
  const stored = form.shown(path);
  const choices = breathingLengthChoices(t, { min: rule.minimum, max: rule.maximum }, stored, pattern);
  return (
    <SelectField
      form={form}
      path={path}
      label="prefs.breathing.duration"
      hint="prefs.breathing.duration-hint"
      choices={choices}
      notes={breathingLengthNotes(t, pattern, choices, stored)}
    />
  );
}
