import { useT } from '../../lib/i18n.ts';
import { Describe, describedBy, fieldId } from './fields.tsx';
import type { SettingsForm } from './use-settings-form.ts';

const PATH = 'busy.excludedApps';

/** The text of the list: one app per line. */
function asText(value: unknown): string {
  return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
}

/**
 * One app per line, trimmed; empty lines dropped and repeats (in any capitals) kept once, as
 * the app compares names without case. What is left goes to the settings validator as it is.
 */
export function appsFromText(text: string): string[] {
  const seen = new Set<string>();
  const apps: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    apps.push(name);
  }
  return apps;
}

export function ExcludedAppsField({
  form,
  disabled,
}: {
  readonly form: SettingsForm;
  readonly disabled?: boolean;
}) {
  const t = useT();
  const id = fieldId(PATH);
  const problem = form.problem(PATH);
  return (
    <div class="field">
      <label for={id} class="field__label">
        {t('prefs.busy.apps')}
      </label>
      <textarea
        id={id}
        class="field__input field__input--lines"
        rows={3}
        spellcheck={false}
        autocomplete="off"
        value={asText(form.shown(PATH))}
        disabled={disabled}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy(form, PATH, 'prefs.busy.apps-hint')}
        onInput={(event) => form.hold(PATH, event.currentTarget.value)}
        onChange={(event) => form.commit(PATH, appsFromText(event.currentTarget.value))}
      />
      <Describe form={form} path={PATH} hint="prefs.busy.apps-hint" />
    </div>
  );
}
