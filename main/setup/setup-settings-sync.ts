import type { Settings } from '../../shared/settings/types.ts';
import type { SettingsService } from '../settings/settings-service.ts';

export interface SettingsSyncDeps {
  readonly settings: Pick<SettingsService, 'onChange'>;
  /** Everything that follows the settings at once, in order (scheduler, reminder, tray, windows). */
  readonly followers: readonly ((next: Settings) => void)[];
}

/** A settings change applies everywhere at once; returns the disposer that stops following. */
export function setupSettingsSync(deps: SettingsSyncDeps): () => void {
  return deps.settings.onChange((next) => {
    for (const follow of deps.followers) follow(next);
  });
}
