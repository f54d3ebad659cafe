import type { JSX } from 'preact';
import type { BreakSession, BridgeApi } from '../../shared/ipc-contract.ts';
import { call } from '../lib/bridge.ts';
import { StretchBreak, type StretchBreakProps } from './stretch-break.tsx';

export type StretchComponent = (props: StretchBreakProps) => JSX.Element;

/** The break main has for this window; a stretch break comes with its view. */
export interface LoadedBreak {
  readonly session: BreakSession | null;
  readonly stretch: StretchComponent | null;
}

/**
 * What to show always comes from main (`break:session`), never from the URL. Asked as the page
 * starts, beside the settings, so the first render is already the break. A refusal or a failed
 * load is "no session", which the view explains.
 */
export async function askBreakSession(bridge: BridgeApi): Promise<LoadedBreak> {
  try {
    const session = await call(bridge, 'break:session');
    // The break window's page is one file (build/self-contained-page.ts): the stretch view is in it
    // already, nothing is fetched when a stretch break is shown.
    const stretch = session?.kind === 'stretch' ? StretchBreak : null;
    return { session, stretch };
  } catch {
    return { session: null, stretch: null };
  }
}
