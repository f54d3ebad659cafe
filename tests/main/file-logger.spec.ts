import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileLogger } from '../../main/file-logger.ts';

const electronLog = vi.hoisted(() => ({
  lines: [] as string[],
  catching: [] as unknown[],
  transports: {
    file: { resolvePathFn: null as null | (() => string), maxSize: 0, level: 'silly' as string | false },
  },
}));

vi.mock('electron-log/node', () => ({
  default: {
    transports: electronLog.transports,
    errorHandler: { startCatching: (options: unknown) => electronLog.catching.push(options) },
    info: (...parts: unknown[]) => electronLog.lines.push(`info ${parts.join(' ')}`),
    warn: (...parts: unknown[]) => electronLog.lines.push(`warn ${parts.join(' ')}`),
    error: (...parts: unknown[]) => electronLog.lines.push(`error ${parts.join(' ')}`),
  },
}));

describe('file logger', () => {
  it('writes to <userData>/logs/main.log, rotated at 1 MB, and catches crashes without a dialog', () => {
    const log = createFileLogger('/home/ann/.config/Breathing Room');
    expect(electronLog.transports.file.resolvePathFn?.()).toBe(
      join('/home/ann/.config/Breathing Room', 'logs', 'main.log'),
    );
    expect(electronLog.transports.file.maxSize).toBe(1024 * 1024);
    expect(electronLog.transports.file.level).toBe('info');
    expect(electronLog.catching).toEqual([{ showDialog: false }]);
    log.warn('idle: stuck');
    log.error('ipc: failed');
    expect(electronLog.lines).toEqual(['warn idle: stuck', 'error ipc: failed']);
  });
});
