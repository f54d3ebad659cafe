import {
  type BusyPreferences,
  type BusyReason,
  type BusySource,
  type BusyStatus,
  orderedReasons,
} from '../../shared/domain/busy.ts';
import type { Logger } from '../logger.ts';
import type { BusyProbe, ProbeReading } from './busy-probe.ts';

/**
 * Puts the platform probes together into one BusyStatus. Every read is asynchronous and bounded
 * by `timeoutMs`; a probe that throws, answers garbage or is too slow counts as unknown for that
 * look (logged once until it answers again), and unknown never holds a break, so the schedule
 * runs as if the probe did not exist. Sources with platform signals are re-read when they
 * signal; the others only when `refresh()` asks (the scheduler decides how often).
 */

export interface BusyTimers {
  set(onFire: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface BusyMonitorDeps {
  readonly probes: readonly BusyProbe[];
  readonly preferences: () => BusyPreferences;
  readonly timeoutMs: number;
  readonly log: Logger;
  /** Called when a signal changed what is active or unknown (not after `refresh()`). */
  readonly onChange: (status: MonitorStatus) => void;
  readonly timers?: BusyTimers;
}

export interface MonitorStatus extends BusyStatus {
  /** Some active reason is seen only by sampling: nothing will signal when it ends. */
  readonly sampled: boolean;
}

export type SourceState =
  | { readonly state: 'ok'; readonly reading: ProbeReading }
  | { readonly state: 'unknown'; readonly error: string };

export interface BusyMonitor {
  /** Reads every source now (at most `timeoutMs` each, in parallel). */
  refresh(): Promise<MonitorStatus>;
  /** The status from the last reads. */
  status(): MonitorStatus;
  /** Per source, for `--status` and the log. */
  sources(): ReadonlyMap<BusySource, SourceState>;
  dispose(): void;
}

const systemTimers: BusyTimers = {
  set: (onFire, ms) => {
    const handle = setTimeout(onFire, ms);
    handle.unref?.();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Window class or executable name, compared without case and without a Windows `.exe`. */
export function appKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\.exe$/, '');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function combineReadings(
  probes: readonly BusyProbe[],
  states: ReadonlyMap<BusySource, SourceState>,
  preferences: BusyPreferences,
): MonitorStatus {
  const excluded = new Set(preferences.excludedApps.map(appKey));
  const onBy = new Map<BusyReason, { signalled: boolean }>();
  const covered = new Set<BusyReason>();
  const answered = new Set<BusyReason>();
  for (const probe of probes) {
    for (const reason of probe.reasons) covered.add(reason);
    const state = states.get(probe.source);
    if (state?.state !== 'ok') continue;
    for (const reason of probe.reasons) answered.add(reason);
    const on = [...state.reading.on];
    const app = state.reading.activeApp;
    if (app !== undefined && excluded.has(appKey(app))) on.push('excluded-app');
    for (const reason of on) {
      if (!probe.reasons.includes(reason)) continue;
      const signalled = probe.watch !== undefined || onBy.get(reason)?.signalled === true;
      onBy.set(reason, { signalled });
    }
  }
  const enabled = (reason: BusyReason) => preferences.reasons[reason];
  const active = orderedReasons([...onBy.keys()].filter(enabled));
  const unknown = orderedReasons(
    [...covered].filter((reason) => enabled(reason) && !answered.has(reason) && !onBy.has(reason)),
  );
  const sampled = active.some((reason) => onBy.get(reason)?.signalled === false);
  return { active, unknown, sampled };
}

function sameStatus(a: MonitorStatus, b: MonitorStatus): boolean {
  return (
    a.sampled === b.sampled && a.active.join() === b.active.join() && a.unknown.join() === b.unknown.join()
  );
}

export function createBusyMonitor(deps: BusyMonitorDeps): BusyMonitor {
  const timers = deps.timers ?? systemTimers;
  const states = new Map<BusySource, SourceState>();
  const inFlight = new Map<BusySource, Promise<void>>();
  const loggedFailure = new Set<BusySource>();
  const unwatch: Array<() => void> = [];
  let disposed = false;
  let last: MonitorStatus = { active: [], unknown: [], sampled: false };

  function compute(): MonitorStatus {
    return combineReadings(deps.probes, states, deps.preferences());
  }

  function withTimeout(probe: BusyProbe): Promise<ProbeReading> {
    const timeoutMs = Math.max(deps.timeoutMs, probe.timeoutMs ?? 0);
    return new Promise<ProbeReading>((resolve, reject) => {
      const handle = timers.set(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      let read: Promise<ProbeReading>;
      try {
        read = probe.read();
      } catch (error) {
        read = Promise.reject(error);
      }
      read.then(
        (reading) => {
          timers.clear(handle);
          resolve(reading);
        },
        (error: unknown) => {
          timers.clear(handle);
          reject(error);
        },
      );
    });
  }

  function readOne(probe: BusyProbe): Promise<void> {
    const pending = inFlight.get(probe.source);
    if (pending) return pending;
    const done = withTimeout(probe)
      .then(
        (reading) => {
          if (disposed) return;
          states.set(probe.source, { state: 'ok', reading });
          if (loggedFailure.delete(probe.source)) deps.log.info(`busy: ${probe.source} answers again`);
        },
        (error: unknown) => {
          if (disposed) return;
          const message = describe(error);
          states.set(probe.source, { state: 'unknown', error: message });
          if (!loggedFailure.has(probe.source)) {
            loggedFailure.add(probe.source);
            deps.log.warn(`busy: ${probe.source} is unknown, breaks run as usual: ${message}`);
          }
        },
      )
      .finally(() => inFlight.delete(probe.source));
    inFlight.set(probe.source, done);
    return done;
  }

  function onSignal(probe: BusyProbe): void {
    if (disposed) return;
    void readOne(probe).then(() => {
      if (disposed) return;
      const next = compute();
      if (sameStatus(next, last)) return;
      last = next;
      deps.onChange(next);
    });
  }

  for (const probe of deps.probes) {
    if (!probe.watch) continue;
    try {
      unwatch.push(probe.watch(() => onSignal(probe)));
    } catch (error) {
      loggedFailure.add(probe.source);
      states.set(probe.source, { state: 'unknown', error: describe(error) });
      deps.log.warn(`busy: ${probe.source} cannot be watched: ${describe(error)}`);
    }
  }

  return {
    refresh: async () => {
      await Promise.all(deps.probes.map(readOne));
      if (!disposed) last = compute();
      return last;
    },
    status: () => (disposed ? last : compute()),
    sources: () => new Map(states),
    dispose: () => {
      disposed = true;
      for (const stop of unwatch.splice(0)) stop();
      for (const probe of deps.probes) probe.dispose();
    },
  };
}
