/**
 * Factories for `vi.mock` of the two packages that need Electron at import time. electron-store
 * becomes its own core, `conf`, configured the way electron-store configures it (so the real
 * settings service runs on a real file); electron-log keeps its lines in memory.
 */

export async function electronStoreOverConf(): Promise<{ default: unknown }> {
  const { default: Conf } = await import('conf');
  type Options = ConstructorParameters<typeof Conf<Record<string, unknown>>>[0] & { name?: string };
  class ElectronStoreOverConf extends Conf<Record<string, unknown>> {
    constructor(options: Options) {
      super({ ...options, configName: options?.name ?? 'config' });
    }
  }
  return { default: ElectronStoreOverConf };
}

export function memoryElectronLog(): { default: unknown } {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (...parts: unknown[]) => {
      lines.push(`${level} ${parts.map(String).join(' ')}`);
    };
  return {
    default: {
      lines,
      transports: { file: { resolvePathFn: null, maxSize: 0, level: 'info' } },
      errorHandler: { startCatching: () => {} },
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
    },
  };
}
