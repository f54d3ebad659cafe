import type { PowerMonitor } from 'electron';

/** What the scheduler (and the idle check) want to hear about the machine's power state. */
export interface PowerSink {
  onSuspend(): void;
  onResume(): void;
  onLock(): void;
  onUnlock(): void;
  onShutdown(): void;
}

type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown';

/** Subscribes the sink to powerMonitor and returns the function that unsubscribes it again. */
export function connectPowerMonitor(
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>,
  sink: PowerSink,
): () => void {
  const listeners: Record<PowerEvent, () => void> = {
    suspend: () => sink.onSuspend(),
    resume: () => sink.onResume(),
    'lock-screen': () => sink.onLock(),
    'unlock-screen': () => sink.onUnlock(),
    shutdown: () => sink.onShutdown(),
  };
  const events = Object.keys(listeners) as PowerEvent[];
  for (const event of events) powerMonitor.on(event as 'suspend', listeners[event]);
  return () => {
    for (const event of events) powerMonitor.removeListener(event as 'suspend', listeners[event]);
  };
}
