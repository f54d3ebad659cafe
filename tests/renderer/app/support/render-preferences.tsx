import { PreferencesView } from '../../../../renderer/app/preferences/preferences-view.tsx';
import type { IpcResult } from '../../../../shared/ipc-contract.ts';
import type { Settings } from '../../../../shared/settings/types.ts';
import { validateSettingsPatch } from '../../../../shared/settings/validate.ts';
import type { FakeBridgeOptions } from '../../../support/fake-bridge.ts';
import { renderWithBridge } from './render-with-bridge.ts';

// main answers like its real handler: the whole patch is validated, refused fields come back.
function mainLikeValidation(current: Settings, patch: unknown): IpcResult<Settings> {
  const result = validateSettingsPatch(current, patch);
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, error: { code: 'invalid-settings', message: 'refused', fields: result.errors } };
}

/** The preferences on Linux, start at login supported and on, main validating like the real one. */
export function renderPreferences(options: FakeBridgeOptions = {}) {
  return renderWithBridge((settings) => <PreferencesView settings={settings} />, {
    validatePatch: mainLikeValidation,
    appInfo: { platform: 'linux' },
    ...options,
    handlers: { 'autostart:get': () => ({ supported: true, enabled: true }), ...options.handlers },
  });
}
