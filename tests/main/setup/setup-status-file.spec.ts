import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventHub } from '../../../main/setup/event-hub.ts';
import { setupStatusFile } from '../../../main/setup/setup-status-file.ts';
import { parseStatusRecord } from '../../../main/status/status-record.ts';
import type { SchedulerSnapshot } from '../../../shared/scheduler-types.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function setup(userData = mkdtempSync(join(tmpdir(), 'br-status-'))) {
  folders.push(userData);
  const snapshots = createEventHub<SchedulerSnapshot>();
  const warnings: string[] = [];
  const statusFile = setupStatusFile({
    userData: () => userData,
    log: { warn: (message) => warnings.push(message) },
    snapshots,
  });
  const read = () => parseStatusRecord(readFileSync(join(userData, 'status.json'), 'utf8'));
  return { snapshots, statusFile, warnings, read };
}

describe('setupStatusFile', () => {
  it('writes the first snapshot and every snapshot the tray gets, until disposed', () => {
    const { snapshots, statusFile, read } = setup();
    statusFile.write(runningSnapshot(0, 25 * 60_000));
    expect(read()).toMatchObject({ ok: true, record: { paused: false } });
    snapshots.emit(runningSnapshot(0, 0, { state: 'paused', paused: true, next: null }));
    expect(read()).toMatchObject({ ok: true, record: { paused: true } });
    statusFile.dispose();
    snapshots.emit(runningSnapshot(0, 25 * 60_000));
    expect(read()).toMatchObject({ ok: true, record: { paused: true } });
  });

  it('a write that fails is logged, never thrown at the snapshot followers', () => {
    const { snapshots, warnings } = setup(join(tmpdir(), 'br-status-missing', 'no', 'such', 'folder'));
    expect(() => snapshots.emit(runningSnapshot(0, 60_000))).not.toThrow();
    expect(warnings).toEqual([expect.stringContaining('status file: not written')]);
  });
});
