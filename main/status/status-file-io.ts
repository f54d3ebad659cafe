import * as fs from 'node:fs';
import { join } from 'node:path';
import { STATUS_FILE_MAX_BYTES, STATUS_FILE_NAME } from './status-record.ts';

export type StatusRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string };

/** Writes the status file whole or not at all: a temp file beside it, then a rename over it. */
export function writeStatusFile(directory: string, text: string): void {
  const target = join(directory, STATUS_FILE_NAME);
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, text, 'utf8');
  fs.renameSync(temp, target);
}

/** Reads at most STATUS_FILE_MAX_BYTES of the status file; missing, larger or unreadable is an error. */
export function readStatusFile(directory: string): StatusRead {
  const path = join(directory, STATUS_FILE_NAME);
  let handle: number;
  try {
    handle = fs.openSync(path, 'r');
  } catch {
    return { ok: false, error: 'The running app has not written its status yet.' };
  }
  try {
    const buffer = Buffer.alloc(STATUS_FILE_MAX_BYTES + 1);
    const length = fs.readSync(handle, buffer, 0, buffer.length, 0);
    if (length > STATUS_FILE_MAX_BYTES) {
      return { ok: false, error: `The status file is larger than ${STATUS_FILE_MAX_BYTES} bytes.` };
    }
    return { ok: true, text: buffer.subarray(0, length).toString('utf8') };
  } catch {
    return { ok: false, error: 'The status file could not be read.' };
  } finally {
    fs.closeSync(handle);
  }
}
