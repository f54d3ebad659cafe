import type { JSX } from 'preact';
import type { BreakSession, BridgeApi } from '../../shared/ipc-contract.ts';
import { call } from '../lib/bridge.ts';
import type { StretchBreakProps } from './stretch-break.tsx';

export type StretchComponent = (props: StretchBreakProps) => JSX.Element;

/** The break main has for this window; a stretch break comes with its (lazily loaded) view. */
export interface LoadedBreak {
  readonly session: BreakSession | null;
  readonly stretch: StretchComponent | null;
}

/**
 * The stretch break carries the whole exercise library and its drawings; it loads only when a
 * stretch break is shown, so the breathing break's entry stays small (budget: 30 KB gzip).
 */
export function loadStretchBreak(): Promise<StretchComponent> {
  return import('./stretch-break.tsx').then((module) => module.StretchBreak);
}

/**
 * What to show always comes from main (`break:session`), never from the URL. Asked as the page
 * starts, beside the settings, so the first render is already the break. A refusal or a failed
 * load is "no session", which the view explains.
 */
export async function askBreakSession(bridge: BridgeApi): Promise<LoadedBreak> {
  try {
    const session = await call(bridge, 'break:session');
    const stretch = session?.kind === 'stretch' ? await loadStretchBreak() : null;
    return { session, stretch };
  } catch {
    return { session: null, stretch: null };
  }
}
