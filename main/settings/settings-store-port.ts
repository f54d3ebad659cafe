import type { Settings } from '../../shared/settings/types.ts';

/**
 * The persistent store the settings service writes through (electron-store in the app, its
 * `conf` core in tests). The service checks the file itself before opening the store; the store
 * has no schema of its own (one settings validator: shared/settings/validate.ts).
 */
export interface SettingsStorePort {
  /** Absolute path of the JSON file the store reads and writes. */
  readonly filePath: string;
  /**
   * Opens the store on the file (creating it with defaults when missing). Throws when the file
   * cannot be parsed (see `isStoreContentError`) or on I/O errors.
   */
  open(): void;
  /** Replaces the whole stored document, atomically. Opens the store first when needed. Throws on failure. */
  write(settings: Settings): void;
}

/** The few file operations the service needs around the store: size check, move aside, notice marker. */
export interface SettingsFileSystem {
  /** Size in bytes, or `undefined` when there is no file. Throws on other errors. */
  sizeOf(path: string): number | undefined;
  readText(path: string): string;
  rename(fromPath: string, toPath: string): void;
  exists(path: string): boolean;
  writeText(path: string, text: string): void;
  /** Removes a file; no error when it is already gone. */
  remove(path: string): void;
}
