import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beforeReady } from '../../../main/setup/before-ready.ts';
import { readStatusFile, writeStatusFile } from '../../../main/status/status-file-io.ts';
import { STATUS_FILE_MAX_BYTES, STATUS_FILE_NAME, statusRecord } from '../../../main/status/status-record.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';

// before-ready reaches break-notice.ts, which imports Notification; --status never notifies.
vi.mock('electron', () => ({ Notification: class {} }));

const NOW = Date.UTC(2026, 11, 1, 10, 0);
let directory = '';

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'br-status-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** `breathing-room --status` before ready; `running` is whether another instance holds the lock. */
function status(running: boolean) {
  const calls: string[] = [];
  const out = { stdout: '', stderr: '' };
  let holding = false;
  const result = beforeReady({
    app: {
      // Electron: the lock is ours only when no other instance holds it; a holder can release it.
      requestSingleInstanceLock: (data?: Record<string, unknown>) => {
        calls.push(`lock ${JSON.stringify(data)}`);
        holding = !running;
        return holding;
      },
      releaseSingleInstanceLock: () => {
        if (!holding) throw new Error('released a lock this process does not hold');
        holding = false;
        calls.push('release');
      },
      exit: (code?: number) => calls.push(`exit ${code}`),
      getVersion: () => '0.1.0',
      setAppUserModelId: () => calls.push('app-user-model-id'),
      on: (event: string) => {
        calls.push(`on ${event}`);
        return undefined as never;
      },
    },
    protocol: { registerSchemesAsPrivileged: () => calls.push('register-scheme') },
    argv: ['/opt/Breathing Room/breathing-room', '--status'],
    platform: 'linux',
    write: (stream, text) => {
      out[stream] += text;
    },
    readStatus: () => readStatusFile(directory),
    clock: () => ({ nowMs: NOW, timeZone: 'UTC' }),
  });
  return { result, calls, out, stillHolding: holding };
}

describe('--status before ready', () => {
  it('says the app is not running when the lock is free, and gives the lock back', () => {
    writeStatusFile(directory, '{"left over":"by a crashed app"}');
    const { result, calls, out, stillHolding } = status(false);
    expect(result).toBeNull();
    expect(out).toEqual({ stdout: 'Breathing Room is not running.\n', stderr: '' });
    expect(calls).toEqual(['lock {"breathingRoomCommand":{"kind":"status"}}', 'release', 'exit 0']);
    expect(stillHolding).toBe(false);
  });

  it('prints the running app status file, with the held reasons', () => {
    const snapshot = runningSnapshot(NOW, 5 * 60_000, { state: 'busy', busy: ['call', 'excluded-app'] });
    writeStatusFile(directory, JSON.stringify(statusRecord(snapshot)));
    const { result, calls, out } = status(true);
    expect(result).toBeNull();
    expect(out).toEqual({
      stdout:
        'Breaks are on.\nNext break: breathing at 10:05.\nHolding breaks: camera or microphone in use, an app on your list\n',
      stderr: '',
    });
    expect(calls).toEqual(['lock {"breathingRoomCommand":{"kind":"status"}}', 'exit 0']);
  });

  it.each<[string, () => void, string]>([
    ['missing', () => {}, 'The running app has not written its status yet.\n'],
    [
      'corrupt',
      () => writeFileSync(join(directory, STATUS_FILE_NAME), '{"version":1,"paused":'),
      'The status file is not valid JSON.\n',
    ],
    [
      'oversized',
      () => writeFileSync(join(directory, STATUS_FILE_NAME), ' '.repeat(STATUS_FILE_MAX_BYTES + 1)),
      `The status file is larger than ${STATUS_FILE_MAX_BYTES} bytes.\n`,
    ],
  ])('a %s status file gives one clear line and exit 1', (_name, arrange, error) => {
    arrange();
    const { calls, out } = status(true);
    expect(out).toEqual({ stdout: '', stderr: error });
    expect(calls.at(-1)).toBe('exit 1');
    expect(calls).not.toContain('register-scheme');
  });

  it('replaces the file whole: no temp file is left beside it', async () => {
    writeStatusFile(directory, 'first\n');
    writeStatusFile(directory, 'second\n');
    const { readdirSync, readFileSync } = await import('node:fs');
    expect(readdirSync(directory)).toEqual([STATUS_FILE_NAME]);
    expect(readFileSync(join(directory, STATUS_FILE_NAME), 'utf8')).toBe('second\n');
  });
});
