import { useLocale } from '../../lib/i18n.ts';
import { breathingLengthChoices } from './breathing-length-choices.ts';
import { SelectField } from './fields.tsx';
import { schemaAt } from './settings-paths.ts';
import type { SettingsForm } from './use-settings-form.ts';

const path = 'breathing.durationSeconds';

/** The breathing break's length in the setup's minutes; the setting keeps storing seconds. */
export function BreathingLengthField({ form }: { readonly form: SettingsForm }) {
  const { t } = useLocale();
  // The range is the settings schema's, so the field never offers what the validator refuses.
  const rule = schemaAt(path);
  if (rule?.minimum === undefined || rule.maximum === undefined)
    throw new Error(`the settings schema gives ${path} no range`);
  const choices = breathingLengthChoices(t, { min: rule.minimum, max: rule.maximum }, form.shown(path));
  return (
    <SelectField
      form={form}
      path={path}
      label="prefs.breathing.duration"
      hint="prefs.breathing.duration-hint"
      choices={choices}
    />
  );
}
