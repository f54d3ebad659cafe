import type { PowerMonitor } from 'electron';
import type { SchedulerEvent } from '../../shared/scheduler-types.ts';
import { plannedSchedulerConfig } from '../planned-scheduler-config.ts';
import type { TrustedIdleSource } from '../power/idle-trust.ts';
import { createLinuxLockWatch, type SystemIdleState } from '../power/linux-lock-watch.ts';
import {
  createScheduler,
  createSystemTimer,
  createWallDriftWatch,
  idleSourceOverTrust,
  type Scheduler,
  systemMonotonicClock,
  systemWallClock,
} from '../scheduler/index.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { EventHub } from './event-hub.ts';
import { setupPower } from './setup-power.ts';

export interface SchedulingSetupDeps {
  readonly platform: NodeJS.Platform;
  readonly settings: Pick<SettingsService, 'get' | 'onChange'>;
  readonly idle: TrustedIdleSource;
  readonly powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'> & {
    getSystemIdleState(thresholdSeconds: number): SystemIdleState;
  };
  readonly events: EventHub<SchedulerEvent>;
  /** The wall clock jumped or the machine woke: things waiting for a wall-clock time look again. */
  readonly onWallTimeMoved: () => void;
}

/**
 * The scheduler on the system clocks, with what keeps it honest: wall-clock jumps (Electron has
 * no event for them), power events, Linux screen locks read off idle, and the settings it
 * follows. Every timer is a Timer port. Returns the scheduler and the disposer.
 */
export function setupScheduling(deps: SchedulingSetupDeps): {
  readonly scheduler: Scheduler;
  dispose(): void;
} {
  // Electron has no "clock changed" event: a jump is seen at every scheduler timer and power event.
  const wallDrift = createWallDriftWatch({
    monotonic: systemMonotonicClock,
    wall: systemWallClock,
    onJump: () => {
      scheduler.onWallClockChange();
      deps.onWallTimeMoved();
    },
  });
  // Linux has no lock events: a lock is read off the scheduler's own long idle reads.
  const lockWatch =
    deps.platform === 'linux'
      ? createLinuxLockWatch({
          idle: idleSourceOverTrust(deps.idle),
          idleState: (thresholdSeconds) => deps.powerMonitor.getSystemIdleState(thresholdSeconds),
          timer: createSystemTimer(),
          sink: { onLock: () => power.sink.onLock(), onUnlock: () => power.sink.onUnlock() },
        })
      : null;
  const scheduler = createScheduler({
    config: plannedSchedulerConfig(deps.settings.get()),
    monotonic: systemMonotonicClock,
    wall: systemWallClock,
    timer: wallDrift.wrapTimer(createSystemTimer()),
    idle: lockWatch?.idle ?? idleSourceOverTrust(deps.idle),
    onEvent: (event) => deps.events.emit(event),
  });
  const power = setupPower({
    powerMonitor: deps.powerMonitor,
    scheduler,
    checkWallClock: () => wallDrift.check(),
    afterResume: deps.onWallTimeMoved,
    probeWhileLocked: () => deps.idle.probeWhileLocked(),
    timer: createSystemTimer(),
  });
  const stopFollowing = deps.settings.onChange((next) =>
    scheduler.updateConfig(plannedSchedulerConfig(next)),
  );
  return {
    scheduler,
    dispose() {
      stopFollowing();
      lockWatch?.dispose();
      power.dispose();
      scheduler.stop();
    },
  };
}
