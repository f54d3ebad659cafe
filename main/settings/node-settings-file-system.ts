import fs from 'node:fs';
import type { SettingsFileSystem } from './settings-store-port.ts';

// ENOTDIR: a path through a regular file holds no file either.
function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}

/** Synchronous on purpose: settings are read once at startup, before any window exists. */
export const nodeSettingsFileSystem: SettingsFileSystem = {
  sizeOf(path) {
    try {
      return fs.statSync(path).size;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  readText: (path) => fs.readFileSync(path, 'utf8'),
  rename: (fromPath, toPath) => fs.renameSync(fromPath, toPath),
  exists: (path) => fs.existsSync(path),
  writeText: (path, text) => fs.writeFileSync(path, text, 'utf8'),
  remove: (path) => fs.rmSync(path, { force: true }),
};
