import { useEffect, useState } from 'preact/hooks';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { useBridge } from '../lib/bridge.ts';

/**
 * Whole minutes of guided breathing today. Reloaded whenever the scheduler snapshot changes,
 * which is when a break has just ended, never on a timer.
 */
export function useTodayBreathedMinutes(snapshot: SchedulerSnapshot | null): number | null {
  const bridge = useBridge();
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(() => {
    let alive = true;
    bridge.invoke('stats:days', { days: 1 }).then((result) => {
      if (!alive || !result.ok) return;
      const seconds = result.value.reduce((sum, day) => sum + day.breathingSeconds, 0);
      setMinutes(Math.floor(seconds / 60));
    });
    return () => {
      alive = false;
    };
  }, [bridge, snapshot]);
  return minutes;
}
