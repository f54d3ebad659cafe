import type { BreakSession, BridgeApi } from '../../shared/ipc-contract.ts';
import { call } from '../lib/bridge.ts';

/** The break main has for this window, or null when it has none (or refused to say). */
export interface LoadedBreak {
  readonly session: BreakSession | null;
}

/**
 * What to show always comes from main (`break:session`), never from the URL. Asked as the page
 * starts, beside the settings, so the first render is already the break. A refusal or a failed
 * load is "no session", which the view explains. Both break views are in the page's one script
 * (build/self-contained-page.ts): nothing more is fetched for a stretch break.
 */
export async function askBreakSession(bridge: BridgeApi): Promise<LoadedBreak> {
  try {
    return { session: await call(bridge, 'break:session') };
  } catch {
    return { session: null };
  }
}
