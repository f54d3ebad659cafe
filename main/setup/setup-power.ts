import type { PowerMonitor } from 'electron';
import { LOCKED_PROBE_AFTER_MS } from '../power/idle-trust.ts';
import { connectPowerMonitor, type PowerSink } from '../power/power-events.ts';
import type { Timer } from '../scheduler/ports.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';

export interface PowerSetupDeps {
  readonly powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>;
  readonly scheduler: Pick<Scheduler, 'onSuspend' | 'onResume' | 'onLock' | 'onUnlock' | 'onShutdown'>;
  /** Re-reads the wall clock: a jump seen while asleep or locked only re-reads the clocks. */
  readonly checkWallClock: () => void;
  /** After a resume, things that wait for a wall-clock time (the check-in reminder) look again. */
  readonly afterResume: () => void;
  /** A while into a screen lock, the idle source checks it can still be believed. */
  readonly probeWhileLocked: () => void;
  /** The Timer port for that probe (one pending callback; no raw setTimeout). */
  readonly timer: Timer;
}

export interface PowerSetup {
  /** Lock and unlock from elsewhere (Linux has no lock events; see linux-lock-watch.ts). */
  readonly sink: PowerSink;
  dispose(): void;
}

/** Suspend, resume, lock, unlock and shutdown, from powerMonitor to the scheduler. */
export function setupPower(deps: PowerSetupDeps): PowerSetup {
  const sink: PowerSink = {
    onSuspend: () => deps.scheduler.onSuspend(),
    onResume: () => {
      // Before onResume: a jump seen while still asleep only re-reads the clocks.
      deps.checkWallClock();
      deps.scheduler.onResume();
      deps.afterResume();
    },
    onLock: () => {
      deps.scheduler.onLock();
      deps.timer.arm(LOCKED_PROBE_AFTER_MS, () => deps.probeWhileLocked());
    },
    onUnlock: () => {
      deps.timer.cancel();
      deps.checkWallClock();
      deps.scheduler.onUnlock();
    },
    onShutdown: () => deps.scheduler.onShutdown(),
  };
  const disconnect = connectPowerMonitor(deps.powerMonitor, sink);
  return {
    sink,
    dispose() {
      disconnect();
      deps.timer.cancel();
    },
  };
}
