import type { BreathingPattern } from '../../../shared/exercises/types.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { Weekday } from '../../../shared/settings/types.ts';
import { useLocale } from '../../lib/i18n.ts';
import { Describe, describedBy, fieldId } from './fields.tsx';
import { schemaAt } from './settings-paths.ts';
import type { SettingsForm } from './use-settings-form.ts';

// Monday first: the working week reads in order in both languages.
const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export function weekdayKey(day: Weekday): MessageKey {
  return `prefs.weekday.${day}`;
}

export function DaysField({ form, disabled }: { readonly form: SettingsForm; readonly disabled?: boolean }) {
  const { t } = useLocale();
  const path = 'workingHours.days';
  const shown = form.shown(path);
  const days = Array.isArray(shown) ? (shown as Weekday[]) : [];
  const toggle = (day: Weekday, on: boolean) => {
    const next = on ? [...days, day] : days.filter((d) => d !== day);
    form.commit(
      path,
      WEEK.filter((d) => next.includes(d)),
    );
  };
  return (
    <fieldset class="field field--fieldset" aria-describedby={describedBy(form, path)}>
      <legend class="field__label">{t('prefs.hours.days')}</legend>
      <div class="day-picker">
        {WEEK.map((day) => (
          <label key={day} class="day-picker__day">
            <input
              type="checkbox"
              checked={days.includes(day)}
              disabled={disabled}
              onChange={(event) => toggle(day, event.currentTarget.checked)}
            />
            <span>{t(weekdayKey(day))}</span>
          </label>
        ))}
      </div>
      <Describe form={form} path={path} />
    </fieldset>
  );
}

/** The pattern of scheduled breaks: the built-in ones and the user's own (patternChoices). */
export function PatternField({
  form,
  patterns,
}: {
  readonly form: SettingsForm;
  readonly patterns: readonly BreathingPattern[];
}) {
  const { locale, t } = useLocale();
  const path = 'breathing.patternId';
  const shown = form.shown(path);
  return (
    <fieldset class="field field--fieldset" aria-describedby={describedBy(form, path)}>
      <legend class="field__label">{t('prefs.breathing.pattern')}</legend>
      <div class="pattern-list">
        {patterns.map((pattern) => (
          <label key={pattern.id} class="pattern-list__item">
            <input
              type="radio"
              name={fieldId(path)}
              value={pattern.id}
              checked={shown === pattern.id}
              onChange={() => form.commit(path, pattern.id)}
            />
            <span class="pattern-list__text">
              <span class="pattern-list__name">{pattern.name[locale]}</span>
              <span class="pattern-list__summary">{pattern.summary[locale]}</span>
            </span>
          </label>
        ))}
      </div>
      <Describe form={form} path={path} />
    </fieldset>
  );
}

export function VolumeField({
  form,
  disabled,
}: {
  readonly form: SettingsForm;
  readonly disabled?: boolean;
}) {
  const { t } = useLocale();
  const path = 'sounds.volume';
  const id = fieldId(path);
  const shown = form.shown(path);
  const value = typeof shown === 'number' ? shown : Number(shown);
  return (
    <div class="field">
      <label for={id} class="field__label">
        {t('prefs.sounds.volume')}
      </label>
      <div class="volume">
        <input
          id={id}
          type="range"
          min={schemaAt(path)?.minimum}
          max={schemaAt(path)?.maximum}
          step={5}
          value={value}
          disabled={disabled}
          aria-valuetext={`${value}%`}
          aria-describedby={describedBy(form, path)}
          onInput={(event) => form.hold(path, Number(event.currentTarget.value))}
          onChange={(event) => form.commit(path, Number(event.currentTarget.value))}
        />
        <output for={id} class="volume__value">
          {value}%
        </output>
      </div>
      <Describe form={form} path={path} />
    </div>
  );
}
