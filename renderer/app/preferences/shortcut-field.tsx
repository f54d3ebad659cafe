import { useState } from 'preact/hooks';
import { isGlobalShortcut } from '../../../shared/settings/accelerator.ts';
import { useT } from '../../lib/i18n.ts';
import { recordShortcut } from './accelerator-from-event.ts';
import { Describe, describedBy, fieldId } from './fields.tsx';
import type { SettingsForm } from './use-settings-form.ts';

export interface ShortcutFieldProps {
  readonly form: SettingsForm;
  readonly platform: string;
  readonly disabled?: boolean;
}

const PATH = 'shortcut.breatheNow';

/**
 * Focus the field and press the keys: the combination is shown as it is held and saved when a
 * non-modifier key completes it. Tab still moves focus and Esc gives up, so the field never traps
 * the keyboard.
 */
export function ShortcutField({ form, platform, disabled }: ShortcutFieldProps) {
  const t = useT();
  const [recording, setRecording] = useState(false);
  const id = fieldId(PATH);
  const shown = form.shown(PATH);
  return (
    <div class="field">
      <label for={id} class="field__label">
        {t('prefs.shortcut.key')}
      </label>
      <input
        id={id}
        type="text"
        readOnly
        class={`field__input field__input--shortcut${recording ? ' is-recording' : ''}`}
        value={typeof shown === 'string' ? shown : ''}
        placeholder={t('prefs.shortcut.recording')}
        disabled={disabled}
        aria-invalid={form.problem(PATH) ? 'true' : undefined}
        aria-describedby={describedBy(form, PATH, 'prefs.shortcut.hint')}
        onFocus={() => setRecording(true)}
        onBlur={() => {
          setRecording(false);
          // A half-held combination is not a choice; only a refused one stays visible.
          if (!form.problem(PATH)) form.forget(PATH);
        }}
        onKeyDown={(event) => {
          const bare = !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey;
          if (event.key === 'Tab' && bare) return;
          event.preventDefault();
          if (event.key === 'Escape' && bare) {
            form.forget(PATH);
            event.currentTarget.blur();
            return;
          }
          const recorded = recordShortcut(event, platform);
          if (!recorded.complete) {
            form.hold(PATH, recorded.accelerator);
            return;
          }
          if (!isGlobalShortcut(recorded.accelerator)) {
            form.refuse(PATH, recorded.accelerator, 'needs-modifier');
            return;
          }
          form.commit(PATH, recorded.accelerator);
        }}
      />
      <Describe form={form} path={PATH} hint="prefs.shortcut.hint" />
    </div>
  );
}
