import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BusyProbe } from '../busy-probe.ts';

/**
 * Camera in use on Linux: some other process holds a `/dev/video*` device open, seen as a
 * `/proc/<pid>/fd/*` link to it. Only the user's own processes can be read (others answer
 * EACCES and are passed over), which covers the browser or call app they are in. There is no
 * signal for this, so the probe is sampled. Both roots are injectable for tests.
 */

export interface CameraProbeDeps {
  readonly procRoot?: string;
  readonly devRoot?: string;
  /** Our own process never counts (Electron's camera permission is denied anyway). */
  readonly ownPid?: number;
}

const VIDEO_DEVICE = /^video\d+$/;
const PID = /^\d+$/;
/** Processes looked at together: enough to be quick, few enough not to flood libuv's pool. */
const BATCH = 16;

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    // A process that ended, or one of another user: nothing to see there.
    return [];
  }
}

async function holdsDevice(fdDir: string, devices: ReadonlySet<string>): Promise<boolean> {
  for (const fd of await entries(fdDir)) {
    try {
      if (devices.has(await readlink(join(fdDir, fd)))) return true;
    } catch {
      // The descriptor closed between the listing and the look.
    }
  }
  return false;
}

export function createCameraDeviceProbe(deps: CameraProbeDeps = {}): BusyProbe {
  const procRoot = deps.procRoot ?? '/proc';
  const devRoot = deps.devRoot ?? '/dev';
  const ownPid = String(deps.ownPid ?? process.pid);
  return {
    source: 'camera-device',
    reasons: ['call'],
    // A desktop has a few hundred processes with thousands of descriptors between them.
    timeoutMs: 1000,
    read: async () => {
      // The device list is read strictly: a /dev that cannot be listed makes the reason unknown.
      const names = (await readdir(devRoot)).filter((name) => VIDEO_DEVICE.test(name));
      if (names.length === 0) return { on: [] };
      const devices = new Set(names.map((name) => join(devRoot, name)));
      const pids = (await readdir(procRoot)).filter((name) => PID.test(name) && name !== ownPid);
      for (let start = 0; start < pids.length; start += BATCH) {
        const batch = pids.slice(start, start + BATCH);
        const found = await Promise.all(batch.map((pid) => holdsDevice(join(procRoot, pid, 'fd'), devices)));
        if (found.includes(true)) return { on: ['call'] };
      }
      return { on: [] };
    },
    dispose: () => {},
  };
}
