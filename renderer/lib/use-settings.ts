import { useEffect, useState } from 'preact/hooks';
import type { AppInfo } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { useBridge } from './bridge.ts';

/** The current settings, kept live through the `settings:changed` push. Null until loaded. */
export function useSettings(): Settings | null {
  const bridge = useBridge();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    const off = bridge.on('settings:changed', (next) => setSettings(next));
    bridge.invoke('settings:get').then((result) => {
      if (alive && result.ok) setSettings(result.value);
    });
    return () => {
      alive = false;
      off();
    };
  }, [bridge]);
  return settings;
}

export function useAppInfo(): AppInfo | null {
  const bridge = useBridge();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let alive = true;
    bridge.invoke('app:info').then((result) => {
      if (alive && result.ok) setInfo(result.value);
    });
    return () => {
      alive = false;
    };
  }, [bridge]);
  return info;
}
