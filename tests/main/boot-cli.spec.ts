import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The part of main() that runs before Electron is ready: --help, --version, bad arguments and a
// second launch must all leave without UI, without the lock and without touching the scheme.
const fake = vi.hoisted(() => {
  const calls: string[] = [];
  return {
    calls,
    hasLock: true,
    lockData: undefined as unknown,
    electron: {
      app: {
        exit: (code: number) => calls.push(`exit ${code}`),
        getVersion: () => '0.1.0',
        requestSingleInstanceLock: (additionalData?: unknown) => {
          calls.push('lock');
          fake.lockData = additionalData;
          return fake.hasLock;
        },
        setAppUserModelId: () => calls.push('app-user-model-id'),
        on: (event: string) => calls.push(`on ${event}`),
        whenReady: () => {
          calls.push('whenReady');
          return new Promise(() => {});
        },
      },
      protocol: { registerSchemesAsPrivileged: () => calls.push('register-scheme') },
    },
  };
});

vi.mock('electron', () => fake.electron);
vi.mock('electron-store', async () => (await import('./fakes/module-mocks.ts')).electronStoreOverConf());
vi.mock('electron-log/node', async () => (await import('./fakes/module-mocks.ts')).memoryElectronLog());

const originalArgv = process.argv;
let out = '';
let err = '';

beforeEach(() => {
  vi.resetModules();
  fake.calls.length = 0;
  fake.hasLock = true;
  fake.lockData = undefined;
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.argv = originalArgv;
});

async function launch(...args: string[]): Promise<void> {
  process.argv = ['/usr/bin/breathing-room', ...args];
  await import('../../main/index.ts');
}

describe('launch before ready', () => {
  it('--help prints the options and exits 0 without UI or lock', async () => {
    await launch('--help');
    expect(out).toContain('--pause');
    expect(out).toContain('--breathe');
    expect(fake.calls).toEqual(['exit 0']);
  });

  it('--version prints the version and exits 0', async () => {
    await launch('--version');
    expect(out).toBe('0.1.0\n');
    expect(fake.calls).toEqual(['exit 0']);
  });

  it('a bad argument is explained on stderr and exits 2', async () => {
    await launch('--pause', 'soon');
    expect(err).toContain('--pause');
    expect(fake.calls).toEqual(['exit 2']);
  });

  it('a second launch hands its parsed command to the running app and leaves at once', async () => {
    fake.hasLock = false;
    await launch('--pause', '30');
    expect(fake.calls).toEqual(['lock', 'exit 0']);
    expect(fake.lockData).toEqual({ breathingRoomCommand: { kind: 'pause', minutes: 30 } });
  });

  it('a first launch with common Linux workaround switches starts normally (no exit 2)', async () => {
    await launch('--password-store=basic', '--disable-gpu-sandbox', '--ozone-platform-hint=auto', '--hidden');
    expect(err).toBe('');
    expect(fake.calls).toEqual(['lock', 'register-scheme', 'on window-all-closed', 'whenReady']);
    expect(fake.lockData).toEqual({ breathingRoomCommand: { kind: 'hidden' } });
  });

  it('our own commands stay strict next to those switches', async () => {
    await launch('--disable-gpu-sandbox', '--pause', 'soon');
    expect(err).toContain('--pause');
    expect(fake.calls).toEqual(['exit 2']);
  });

  it('a first launch takes the lock, registers app:// before ready and waits for ready', async () => {
    await launch('--hidden');
    expect(fake.calls).toEqual(['lock', 'register-scheme', 'on window-all-closed', 'whenReady']);
  });
});
