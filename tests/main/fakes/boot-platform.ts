import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describePlatform, type PlatformUnderTest } from './electron-platform-table.ts';
import { setFakePlatform } from './fake-platform.ts';

export type { PlatformUnderTest } from './electron-platform-table.ts';

/**
 * Makes a boot test play one platform end to end: `process.platform` (which main reads), the
 * Linux display session (`XDG_SESSION_TYPE`) and the fake Electron's platform table. Returns the
 * function that puts process.platform and the session back.
 */
export function playPlatform(platform: PlatformUnderTest): () => void {
  const originalPlatform = process.platform;
  const originalSession = process.env.XDG_SESSION_TYPE;
  Object.defineProperty(process, 'platform', { value: platform.os, configurable: true });
  if (platform.os === 'linux') process.env.XDG_SESSION_TYPE = platform.session;
  else delete process.env.XDG_SESSION_TYPE;
  setFakePlatform(platform);
  return () => {
    Object.defineProperty(process, 'platform', { value: originalPlatform, configurable: true });
    if (originalSession === undefined) delete process.env.XDG_SESSION_TYPE;
    else process.env.XDG_SESSION_TYPE = originalSession;
  };
}

/** The name a boot test gives itself: its platform and, on Linux, its display session. */
export function platformLabel(platform: PlatformUnderTest): string {
  return `[${describePlatform(platform)}]`;
}

/** Puts the project's real tray icons at `directory`, where the booted app looks for them. */
export function provideTrayIcons(directory: string): void {
  mkdirSync(dirname(directory), { recursive: true });
  symlinkSync(fileURLToPath(new URL('../../../build/tray', import.meta.url)), directory, 'dir');
}
