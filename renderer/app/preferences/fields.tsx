import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { useT } from '../../lib/i18n.ts';
import { fieldErrorText } from './field-error-text.ts';
import { type SettingPath, schemaAt } from './settings-paths.ts';
import type { SettingsForm } from './use-settings-form.ts';

export function fieldId(path: SettingPath): string {
  return `pref-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

interface FieldProps {
  readonly form: SettingsForm;
  readonly path: SettingPath;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  readonly disabled?: boolean;
}

/** Hint and error under a control; the ids feed the control's aria-describedby. */
function Describe({ form, path, hint }: Pick<FieldProps, 'form' | 'path' | 'hint'>) {
  const t = useT();
  const problem = form.problem(path);
  const id = fieldId(path);
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} class="field__hint">
          {t(hint)}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-error`} class="field__error">
          {fieldErrorText(t, problem)}
        </p>
      ) : null}
    </>
  );
}

export function describedBy(form: SettingsForm, path: SettingPath, hint?: MessageKey): string | undefined {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : '', form.problem(path) ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function ToggleField({ form, path, label, hint, disabled }: FieldProps) {
  const t = useT();
  const id = fieldId(path);
  return (
    <div class="field field--toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="toggle"
        checked={form.shown(path) === true}
        aria-checked={form.shown(path) === true}
        disabled={disabled}
        aria-describedby={describedBy(form, path, hint)}
        onChange={(event) => form.commit(path, event.currentTarget.checked)}
      />
      <div class="field__text">
        <label for={id} class="field__label">
          {t(label)}
        </label>
        <Describe form={form} path={path} hint={hint} />
      </div>
    </div>
  );
}

export function NumberField({ form, path, label, hint, disabled }: FieldProps) {
  const t = useT();
  const id = fieldId(path);
  // The bounds are the settings schema's, so the field can never offer what the validator refuses.
  const rule = schemaAt(path);
  const shown = form.shown(path);
  const problem = form.problem(path);
  return (
    <div class="field">
      <label for={id} class="field__label">
        {t(label)}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        class="field__input field__input--number"
        min={rule?.minimum}
        max={rule?.maximum}
        step={1}
        value={typeof shown === 'number' && Number.isNaN(shown) ? '' : String(shown ?? '')}
        disabled={disabled}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy(form, path, hint)}
        onInput={(event) => form.hold(path, event.currentTarget.value)}
        onChange={(event) => {
          const raw = event.currentTarget.value.trim();
          form.commit(path, raw === '' ? raw : Number(raw));
        }}
      />
      <Describe form={form} path={path} hint={hint} />
    </div>
  );
}

export interface Choice {
  readonly value: string | number;
  readonly label: string;
  /** Shown but not pickable (greyed); `notes` should say why. */
  readonly disabled?: boolean;
}

export function SelectField({
  form,
  path,
  label,
  hint,
  disabled,
  choices,
  notes = [],
}: FieldProps & {
  readonly choices: readonly Choice[];
  /** Lines under the hint that depend on other settings (why a choice is greyed, what it means). */
  readonly notes?: readonly string[];
}) {
  const t = useT();
  const id = fieldId(path);
  const shown = form.shown(path);
  const noteIds = notes.map((_, index) => `${id}-note-${index}`);
  const described = [describedBy(form, path, hint), ...noteIds].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id} class="field__label">
        {t(label)}
      </label>
      <select
        id={id}
        class="field__input"
        value={String(shown)}
        disabled={disabled}
        aria-describedby={described === '' ? undefined : described}
        onChange={(event) => {
          const picked = choices.find((choice) => String(choice.value) === event.currentTarget.value);
          if (picked && picked.disabled !== true) form.commit(path, picked.value);
        }}
      >
        {choices.map((choice) => (
          <option
            key={choice.value}
            value={String(choice.value)}
            selected={choice.value === shown}
            disabled={choice.disabled}
          >
            {choice.label}
          </option>
        ))}
      </select>
      <Describe form={form} path={path} hint={hint} />
      {notes.map((note, index) => (
        <p key={noteIds[index]} id={noteIds[index]} class="field__hint field__note">
          {note}
        </p>
      ))}
    </div>
  );
}

const MINUTES_PER_DAY = 1440;

/**
 * `endOfDay`: the field is the end of a span, so 00:00 there means midnight at the end of the
 * day (1440), not the start of it. `<input type="time">` cannot show 24:00, so 1440 shows as 00:00.
 */
export function minutesToTime(minutes: number, endOfDay = false): string {
  const inDay =
    endOfDay && minutes === MINUTES_PER_DAY ? 0 : Math.max(0, Math.min(minutes, MINUTES_PER_DAY - 1));
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/** Minutes after midnight, or the raw text when it is not a time, so the validator refuses it. */
export function timeToMinutes(value: string, endOfDay = false): number | string {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return endOfDay && minutes === 0 ? MINUTES_PER_DAY : minutes;
}

/** A time of day stored as minutes after midnight. */
export function TimeField({
  form,
  path,
  label,
  hint,
  disabled,
  endOfDay = false,
}: FieldProps & { readonly endOfDay?: boolean }) {
  const t = useT();
  const id = fieldId(path);
  const shown = form.shown(path);
  return (
    <div class="field">
      <label for={id} class="field__label">
        {t(label)}
      </label>
      <input
        id={id}
        type="time"
        class="field__input"
        value={typeof shown === 'number' ? minutesToTime(shown, endOfDay) : String(shown ?? '')}
        disabled={disabled}
        aria-invalid={form.problem(path) ? 'true' : undefined}
        aria-describedby={describedBy(form, path, hint)}
        onChange={(event) => form.commit(path, timeToMinutes(event.currentTarget.value, endOfDay))}
      />
      <Describe form={form} path={path} hint={hint} />
    </div>
  );
}

export function FieldGroup({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ComponentChildren;
}) {
  return (
    <section class="pref-group" aria-labelledby={id}>
      <h2 id={id} class="pref-group__title">
        {title}
      </h2>
      <div class="pref-group__body">{children}</div>
    </section>
  );
}

export { Describe };
