import { useEffect, useState } from 'preact/hooks';
import type { AutostartState } from '../../../shared/ipc-contract.ts';
import { useBridge } from '../../lib/bridge.ts';
import { useT } from '../../lib/i18n.ts';
import { Describe, fieldId } from './fields.tsx';
import type { SettingsForm } from './use-settings-form.ts';

const PATH = 'startAtLogin';

/**
 * Start at login shows what the system will really do (autostart:get), not just the stored wish,
 * and asks again after each change so a refused login item is visible.
 */
export function LoginField({
  form,
  savedCount,
}: {
  readonly form: SettingsForm;
  readonly savedCount: number;
}) {
  const bridge = useBridge();
  const t = useT();
  const [state, setState] = useState<AutostartState | null>(null);
  useEffect(() => {
    let alive = true;
    bridge.invoke('autostart:get').then((result) => {
      if (alive && result.ok) setState(result.value);
    });
    return () => {
      alive = false;
    };
  }, [bridge, savedCount]);
  const id = fieldId(PATH);
  const unsupported = state !== null && !state.supported;
  const checked = state?.supported ? state.enabled : form.shown(PATH) === true;
  const stateKey = unsupported
    ? 'prefs.login-unsupported'
    : state?.enabled
      ? 'prefs.login-state-on'
      : 'prefs.login-state-off';
  return (
    <div class="field field--toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="toggle"
        checked={checked}
        aria-checked={checked}
        disabled={unsupported}
        aria-describedby={`${id}-hint ${id}-state`}
        onChange={(event) => form.commit(PATH, event.currentTarget.checked)}
      />
      <div class="field__text">
        <label for={id} class="field__label">
          {t('prefs.login')}
        </label>
        <p id={`${id}-hint`} class="field__hint">
          {t('prefs.login-hint')}
        </p>
        <p id={`${id}-state`} class="field__hint" data-testid="autostart-state">
          {state ? t(stateKey) : ''}
        </p>
        <Describe form={form} path={PATH} />
      </div>
    </div>
  );
}
