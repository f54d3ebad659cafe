import type { AppInfo } from '../shared/ipc-contract.ts';

/** The platform names the renderer knows about. */
export function os(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}
