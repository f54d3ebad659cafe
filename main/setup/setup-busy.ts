import { BUSY_REASONS, type BusySource } from '../../shared/domain/busy.ts';
import type { SchedulerEvent } from '../../shared/scheduler-types.ts';
import { createBusyMonitor, type MonitorStatus, type SourceState } from '../busy/busy-monitor.ts';
import { BUSY_TUNING } from '../busy/busy-policy.ts';
import { type PlatformProbes, platformProbes } from '../busy/platform-probes.ts';
import type { Logger } from '../logger.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { EventHub } from './event-hub.ts';

/**
 * Hold breaks while busy: the platform probes, the monitor over them, and the conversation with
 * the scheduler. The scheduler asks (`busy-check` events) before it offers a break and at a low
 * rate while one is held; platform signals answer on their own. With no probe on this platform,
 * or every reason switched off, the scheduler is told nothing is watched and runs as before.
 */
export interface BusySetupDeps {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly settings: Pick<SettingsService, 'get' | 'onChange'>;
  readonly scheduler: Pick<Scheduler, 'setBusy'>;
  readonly events: EventHub<SchedulerEvent>;
  readonly log: Logger;
  /** Tests pass their own; the platform's otherwise. */
  readonly probes?: PlatformProbes;
}

export interface BusySetup {
  /** What is watched and read right now, per source (for the log and diagnostics). */
  status(): {
    readonly watched: boolean;
    readonly status: MonitorStatus;
    readonly sources: ReadonlyMap<BusySource, SourceState>;
  };
  dispose(): void;
}

export function setupBusy(deps: BusySetupDeps): BusySetup {
  const probes = deps.probes ?? platformProbes(deps.platform, deps.env);
  const preferences = () => deps.settings.get().busy;
  const watching = () =>
    probes.probes.length > 0 && BUSY_REASONS.some((reason) => preferences().reasons[reason]);
  const tell = (status: MonitorStatus) =>
    deps.scheduler.setBusy(watching() ? { active: status.active, sampled: status.sampled } : null);
  const monitor = createBusyMonitor({
    probes: probes.probes,
    preferences,
    timeoutMs: BUSY_TUNING.probeTimeoutMs,
    log: deps.log,
    onChange: tell,
  });
  let disposed = false;
  const check = () => {
    monitor.refresh().then(
      (status) => {
        if (!disposed) tell(status);
      },
      (error: unknown) => deps.log.error('busy: a look failed', error),
    );
  };
  const stopEvents = deps.events.subscribe((event) => {
    if (event.type === 'busy-check') check();
  });
  const stopSettings = deps.settings.onChange((next, previous) => {
    if (next.busy !== previous.busy) tell(monitor.status());
  });
  tell(monitor.status());
  if (watching()) check();
  return {
    status: () => ({ watched: watching(), status: monitor.status(), sources: monitor.sources() }),
    dispose: () => {
      disposed = true;
      stopEvents();
      stopSettings();
      monitor.dispose();
      probes.dispose();
    },
  };
}
