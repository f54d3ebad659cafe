import { useEffect, useState } from 'preact/hooks';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { useBridge } from '../lib/bridge.ts';

/** The scheduler's state, loaded once and then kept live by main's `scheduler:changed` push. */
export function useSchedulerSnapshot(): SchedulerSnapshot | null {
  const bridge = useBridge();
  const [snapshot, setSnapshot] = useState<SchedulerSnapshot | null>(null);
  useEffect(() => {
    let alive = true;
    const off = bridge.on('scheduler:changed', (next) => setSnapshot(next));
    bridge.invoke('scheduler:get').then((result) => {
      if (alive && result.ok) setSnapshot(result.value);
    });
    return () => {
      alive = false;
      off();
    };
  }, [bridge]);
  return snapshot;
}
