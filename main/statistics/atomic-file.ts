import fs from 'node:fs';
import path from 'node:path';

/** File operations the statistics store needs; the node implementation is below, tests wrap it. */
export interface StatisticsFileSystem {
  /** Size in bytes, or `undefined` when there is no file. */
  sizeOf(filePath: string): number | undefined;
  readText(filePath: string): string;
  /** Creates or truncates, writes everything and fsyncs before returning. */
  writeDurably(filePath: string, text: string): void;
  rename(fromPath: string, toPath: string): void;
  /** Makes a rename durable where the platform allows it; a no-op where it does not. */
  syncDirectory(directory: string): void;
  list(directory: string): string[];
  remove(filePath: string): void;
  exists(filePath: string): boolean;
  makeDirectory(directory: string): void;
}

function hasCode(error: unknown, codes: readonly string[]): boolean {
  return (
    error instanceof Error && 'code' in error && typeof error.code === 'string' && codes.includes(error.code)
  );
}

export const nodeStatisticsFileSystem: StatisticsFileSystem = {
  sizeOf(filePath) {
    try {
      return fs.statSync(filePath).size;
    } catch (error) {
      if (hasCode(error, ['ENOENT', 'ENOTDIR'])) return undefined;
      throw error;
    }
  },
  readText: (filePath) => fs.readFileSync(filePath, 'utf8'),
  writeDurably(filePath, text) {
    const descriptor = fs.openSync(filePath, 'w');
    try {
      fs.writeFileSync(descriptor, text, 'utf8');
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
  },
  rename: (fromPath, toPath) => fs.renameSync(fromPath, toPath),
  syncDirectory(directory) {
    let descriptor: number | undefined;
    try {
      descriptor = fs.openSync(directory, 'r');
      fs.fsyncSync(descriptor);
    } catch (error) {
      // Windows cannot open or fsync a directory; its rename is already as durable as it gets.
      if (!hasCode(error, ['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'EBADF'])) throw error;
    } finally {
      if (descriptor !== undefined) fs.closeSync(descriptor);
    }
  },
  list: (directory) => fs.readdirSync(directory),
  remove: (filePath) => fs.rmSync(filePath, { force: true }),
  exists: (filePath) => fs.existsSync(filePath),
  makeDirectory: (directory) => {
    fs.mkdirSync(directory, { recursive: true });
  },
};

export const TEMP_MARKER = '.tmp-';

/**
 * Write a temp file beside the target, fsync it, rename it over the target, fsync the folder.
 * A crash at any point leaves either the old file or the new one, never half of either; a
 * leftover temp file is what `isTempFileOf` recognises and the store removes on its next start.
 */
export function writeFileAtomically(
  files: StatisticsFileSystem,
  filePath: string,
  text: string,
  uniqueSuffix: string,
): void {
  const tempPath = `${filePath}${TEMP_MARKER}${uniqueSuffix}`;
  try {
    files.writeDurably(tempPath, text);
    files.rename(tempPath, filePath);
  } catch (error) {
    try {
      files.remove(tempPath);
    } catch {
      // The next start removes it.
    }
    throw error;
  }
  files.syncDirectory(path.dirname(filePath));
}

export function isTempFileOf(fileName: string, targetFileName: string): boolean {
  return fileName.startsWith(`${targetFileName}${TEMP_MARKER}`);
}
