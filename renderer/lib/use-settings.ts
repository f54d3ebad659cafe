import { useEffect, useState } from 'preact/hooks';
import type { AppInfo } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { useBridge } from './bridge.ts';

/** Plain JSON from main, in main's key order: equal text is equal settings. */
function sameSettings(a: Settings | null, b: Settings): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The current settings, kept live through the `settings:changed` push. Null until loaded, unless
 * the page asked for them before its first render (`initial`). Either way they are asked for once
 * the push is listened to, so a change main sent in between is not missed; an answer equal to
 * what is shown changes nothing.
 */
export function useSettings(initial: Settings | null = null): Settings | null {
  const bridge = useBridge();
  const [settings, setSettings] = useState<Settings | null>(initial);
  useEffect(() => {
    let alive = true;
    const off = bridge.on('settings:changed', (next) => setSettings(next));
    bridge.invoke('settings:get').then((result) => {
      if (alive && result.ok)
        setSettings((shown) => (sameSettings(shown, result.value) ? shown : result.value));
    });
    return () => {
      alive = false;
      off();
    };
  }, [bridge]);
  return settings;
}

/** What main says about the app; it does not change while the app runs, so `initial` is kept. */
export function useAppInfo(initial: AppInfo | null = null): AppInfo | null {
  const bridge = useBridge();
  const [info, setInfo] = useState<AppInfo | null>(initial);
  useEffect(() => {
    if (initial) return;
    let alive = true;
    bridge.invoke('app:info').then((result) => {
      if (alive && result.ok) setInfo(result.value);
    });
    return () => {
      alive = false;
    };
  }, [bridge, initial]);
  return info;
}
