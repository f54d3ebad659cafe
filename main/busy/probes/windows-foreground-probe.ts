import { win32 } from 'node:path';
import type { BusyProbe } from '../busy-probe.ts';
import type { WindowsApi } from './windows-api.ts';

/**
 * The app in front on Windows, for the exclusion list: the executable of the foreground
 * window's process ("Zoom.exe"). Sampled, like every Windows probe.
 */
export function createWindowsForegroundProbe(api: () => Promise<WindowsApi>): BusyProbe {
  return {
    source: 'windows-foreground-app',
    reasons: ['excluded-app'],
    read: async () => {
      const path = await (await api()).foregroundExecutable();
      return path ? { on: [], activeApp: win32.basename(path) } : { on: [] };
    },
    dispose: () => {},
  };
}
