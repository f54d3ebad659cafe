import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import type { Logger } from '../logger.ts';
import { writeStatusFile } from '../status/status-file-io.ts';
import { createStatusWriter } from '../status/status-writer.ts';
import type { EventHub } from './event-hub.ts';

export interface StatusFileSetupDeps {
  readonly userData: () => string;
  readonly log: Pick<Logger, 'warn'>;
  readonly snapshots: Pick<EventHub<SchedulerSnapshot>, 'subscribe'>;
}

/**
 * What `--status` prints, kept in userData whenever it changes: every snapshot the tray gets, and
 * the first one (`write`) as the scheduler starts.
 */
export function setupStatusFile(deps: StatusFileSetupDeps): {
  write(snapshot: SchedulerSnapshot): void;
  dispose(): void;
} {
  const write = createStatusWriter({
    write: (text) => writeStatusFile(deps.userData(), text),
    onError: (error) => deps.log.warn(`status file: not written (${String(error)})`),
  });
  const stop = deps.snapshots.subscribe(write);
  return { write, dispose: stop };
}
