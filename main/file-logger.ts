import { join } from 'node:path';
import log from 'electron-log/node';
import type { Logger } from './logger.ts';

/**
 * electron-log writing to `<userData>/logs/main.log`, rotated at 1 MB. Nothing leaves the
 * machine; the console transport stays on for development.
 *
 * Its Node build, not `electron-log/main`: importing the main build registers `ipcMain.on` and
 * `ipcMain.handle('__ELECTRON_LOG__')` with no sender check, so any frame could write log lines
 * or ask for an error box. Our pages never log through IPC, and main listens only to the
 * contract's channels (tests/main/boot-ipc-surface.spec.ts).
 */
export function createFileLogger(userDataDir: string): Logger {
  log.transports.file.resolvePathFn = () => join(userDataDir, 'logs', 'main.log');
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.file.level = 'info';
  log.errorHandler.startCatching({ showDialog: false });
  return {
    info: (message, ...details) => log.info(message, ...details),
    warn: (message, ...details) => log.warn(message, ...details),
    error: (message, ...details) => log.error(message, ...details),
  };
}
