import type { AppInfo, BridgeApi } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';

/** What every window needs from main before it can show anything. Null where main refused. */
export interface WindowStart {
  readonly settings: Settings | null;
  readonly info: AppInfo | null;
}

/**
 * Asks main for the settings and the app info at once, as the page's script starts, so the first
 * render already has them: no empty first render, and no frame spent waiting for an effect to ask.
 */
export async function askWindowStart(bridge: BridgeApi): Promise<WindowStart> {
  // A failed ask is null, never a page that does not render: AppRoot then asks again itself.
  const [settings, info] = await Promise.all([
    bridge.invoke('settings:get').catch(() => null),
    bridge.invoke('app:info').catch(() => null),
  ]);
  return { settings: settings?.ok ? settings.value : null, info: info?.ok ? info.value : null };
}
