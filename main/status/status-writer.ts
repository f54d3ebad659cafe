import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { statusRecord } from './status-record.ts';

export interface StatusWriterDeps {
  /** Replaces the status file (atomically, see writeStatusFile). */
  readonly write: (text: string) => void;
  readonly onError: (error: unknown) => void;
}

/**
 * Keeps the status file in step with the scheduler: called with the snapshots the tray gets, it
 * writes only when what `--status` prints changed. A failed write is reported and tried again at
 * the next change; it never stops the tray or the windows from hearing of the snapshot.
 */
export function createStatusWriter(deps: StatusWriterDeps): (snapshot: SchedulerSnapshot) => void {
  let last: string | null = null;
  return (snapshot) => {
    const text = `${JSON.stringify(statusRecord(snapshot))}\n`;
    if (text === last) return;
    try {
      deps.write(text);
      last = text;
    } catch (error) {
      deps.onError(error);
    }
  };
}
