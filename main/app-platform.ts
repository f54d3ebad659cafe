import type { AppInfo } from '../shared/ipc-contract.ts';

/** The platform as the renderer knows it (app:info): one of the three it supports, or 'other'. */
export function appPlatform(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}
