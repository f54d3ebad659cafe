import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { createBusyMonitor } from '../../../../main/busy/busy-monitor.ts';
import {
  bindWindowsApi,
  lazyWindowsApi,
  QUNS,
  WIN32_DECLARATIONS,
} from '../../../../main/busy/probes/windows-api.ts';
import {
  CONSENT_STORE,
  createWindowsConsentStoreProbe,
  keysInUse,
} from '../../../../main/busy/probes/windows-consent-store-probe.ts';
import { createWindowsForegroundProbe } from '../../../../main/busy/probes/windows-foreground-probe.ts';
import { createWindowsNotificationStateProbe } from '../../../../main/busy/probes/windows-notification-state-probe.ts';
import { createMemoryLogger } from '../../../../main/logger.ts';
import { DEFAULT_BUSY_PREFERENCES } from '../../../../shared/domain/busy.ts';
import { E_FAIL, fakeWin32Ffi } from '../support/fake-win32-ffi.ts';

describe('Win32 declarations', () => {
  it.each(Object.entries(WIN32_DECLARATIONS))(
    'real koffi parses the prototype of %s',
    (_name, declaration) => {
      expect(() => koffi.proto(declaration)).not.toThrow();
    },
  );
});

describe('SHQueryUserNotificationState (fake FFI with the real QUNS_* codes)', () => {
  const cases: ReadonlyArray<[string, number, readonly string[]]> = [
    ['QUNS_NOT_PRESENT (locked, screen saver: the lock handling covers it)', QUNS.NOT_PRESENT, []],
    ['QUNS_BUSY (a full-screen app)', QUNS.BUSY, ['fullscreen']],
    ['QUNS_RUNNING_D3D_FULL_SCREEN (a game)', QUNS.RUNNING_D3D_FULL_SCREEN, ['fullscreen']],
    ['QUNS_PRESENTATION_MODE (a slide show)', QUNS.PRESENTATION_MODE, ['presentation']],
    ['QUNS_ACCEPTS_NOTIFICATIONS', QUNS.ACCEPTS_NOTIFICATIONS, []],
    ['QUNS_QUIET_TIME (the hour after a first sign-in)', QUNS.QUIET_TIME, ['do-not-disturb']],
    ['QUNS_APP (a full-screen Store app)', QUNS.APP, ['fullscreen']],
  ];

  it.each(cases)('%s', async (_name, quns, on) => {
    const ffi = fakeWin32Ffi();
    ffi.world.quns = quns;
    const probe = createWindowsNotificationStateProbe(lazyWindowsApi(async () => ffi));
    expect(await probe.read()).toEqual({ on });
    expect(ffi.syncCalls).toEqual([]);
  });

  it('the QUNS values are those of shellapi.h', () => {
    expect(QUNS).toEqual({
      NOT_PRESENT: 1,
      BUSY: 2,
      RUNNING_D3D_FULL_SCREEN: 3,
      PRESENTATION_MODE: 4,
      ACCEPTS_NOTIFICATIONS: 5,
      QUIET_TIME: 6,
      APP: 7,
    });
  });

  it('a failing HRESULT (E_FAIL) rejects with its code; an unknown state value is garbage', async () => {
    const ffi = fakeWin32Ffi();
    const probe = createWindowsNotificationStateProbe(lazyWindowsApi(async () => ffi));
    ffi.world.hresult = E_FAIL;
    await expect(probe.read()).rejects.toThrow('SHQueryUserNotificationState failed with HRESULT 0x80004005');
    ffi.world.hresult = 0;
    ffi.world.quns = 42;
    await expect(probe.read()).rejects.toThrow('unknown notification state 42');
  });

  it('a DLL that fails to load: unknown, logged once, koffi loaded once; the schedule is untouched', async () => {
    const ffi = fakeWin32Ffi({ failLoad: 'shell32.dll' });
    const log = createMemoryLogger();
    let imports = 0;
    const api = lazyWindowsApi(async () => {
      imports += 1;
      return ffi;
    });
    const monitor = createBusyMonitor({
      probes: [createWindowsNotificationStateProbe(api), createWindowsForegroundProbe(api)],
      preferences: () => DEFAULT_BUSY_PREFERENCES,
      timeoutMs: 200,
      log,
      onChange: () => {},
    });
    for (let i = 0; i < 3; i += 1) {
      expect(await monitor.refresh()).toEqual({
        active: [],
        unknown: ['presentation', 'fullscreen', 'do-not-disturb', 'excluded-app'],
        sampled: false,
      });
    }
    expect(imports).toBe(1);
    expect(log.lines).toHaveLength(2);
    expect(log.lines[0]).toMatch(
      /^warn busy: windows-notification-state is unknown.*Failed to load shared library/,
    );
  });

  it('koffi itself failing to import is unknown too', async () => {
    const probe = createWindowsNotificationStateProbe(
      lazyWindowsApi(() => Promise.reject(new Error('Cannot find the native Koffi module'))),
    );
    await expect(probe.read()).rejects.toThrow('Cannot find the native Koffi module');
  });
});

describe('foreground app (exclusion list)', () => {
  it('names the foreground executable; the exclusion list matches it without .exe', async () => {
    const ffi = fakeWin32Ffi();
    ffi.world.foreground = { pid: 4242, image: 'C:\\Users\\Anna\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe' };
    const monitor = createBusyMonitor({
      probes: [createWindowsForegroundProbe(lazyWindowsApi(async () => ffi))],
      preferences: () => ({ ...DEFAULT_BUSY_PREFERENCES, excludedApps: ['zoom'] }),
      timeoutMs: 200,
      log: createMemoryLogger(),
      onChange: () => {},
    });
    expect(await monitor.refresh()).toEqual({ active: ['excluded-app'], unknown: [], sampled: true });
    expect(ffi.openHandles()).toBe(0);
    expect(ffi.syncCalls).toEqual([]);
  });

  it('no foreground window, or an elevated app we may not open: no app named, nothing held', async () => {
    const ffi = fakeWin32Ffi();
    const api = bindWindowsApi(ffi);
    expect(await api.foregroundExecutable()).toBeNull();
    ffi.world.foreground = { pid: 7, image: 'C:\\Windows\\regedit.exe', elevated: true };
    expect(await api.foregroundExecutable()).toBeNull();
    expect(ffi.openHandles()).toBe(0);
  });

  it('a path with non-ASCII letters comes through whole (UTF-16)', async () => {
    const ffi = fakeWin32Ffi();
    ffi.world.foreground = { pid: 9, image: 'C:\\Programma’s\\Ëditor\\édit.exe' };
    expect(await createWindowsForegroundProbe(async () => bindWindowsApi(ffi)).read()).toEqual({
      on: [],
      activeApp: 'édit.exe',
    });
  });
});

// `reg query <ConsentStore>\webcam /s` as Windows 11 prints it: each key, then its values
// indented by four spaces, name, type and data separated by four spaces; CRLF line ends.
const WEBCAM_IN_USE = [
  '',
  `HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam`,
  '    Value    REG_SZ    Allow',
  '',
  `HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam\\Microsoft.WindowsCamera_8wekyb3d8bbwe`,
  '    Value    REG_SZ    Allow',
  '    LastUsedTimeStart    REG_QWORD    0x1da1f2e3c4b5a69',
  '    LastUsedTimeStop    REG_QWORD    0x1da1f2e4d5c6b7a',
  '',
  `HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam\\NonPackaged`,
  '',
  `HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe`,
  '    LastUsedTimeStart    REG_QWORD    0x1da1f30a1b2c3d4',
  '    LastUsedTimeStop    REG_QWORD    0x0',
  '',
].join('\r\n');

const ALL_STOPPED = WEBCAM_IN_USE.replace(
  'LastUsedTimeStop    REG_QWORD    0x0',
  'LastUsedTimeStop    REG_QWORD    0x1da1f31b2c3d4e5',
);
const KEY_MISSING = 'ERROR: The system was unable to find the specified registry key or value.';

describe('capability consent store (camera or microphone in use)', () => {
  it('an app with a start and a stop of 0 is using the camera now', () => {
    expect(keysInUse(WEBCAM_IN_USE)).toEqual([
      `HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe`,
    ]);
    expect(keysInUse(ALL_STOPPED)).toEqual([]);
    expect(keysInUse('    LastUsedTimeStop    REG_QWORD    0x0\r\n')).toEqual([]);
  });

  it('reads webcam and microphone; either in use is a call', async () => {
    const asked: string[][] = [];
    const probe = createWindowsConsentStoreProbe(async (args) => {
      asked.push([...args]);
      return args[1]?.endsWith('webcam') ? ALL_STOPPED : WEBCAM_IN_USE.replaceAll('\\webcam', '\\microphone');
    });
    expect(await probe.read()).toEqual({ on: ['call'] });
    expect(asked).toEqual([
      ['query', `${CONSENT_STORE}\\webcam`, '/s'],
      ['query', `${CONSENT_STORE}\\microphone`, '/s'],
    ]);
  });

  it('a missing microphone key (reg.exe exits 1) still lets the camera answer', async () => {
    const probe = createWindowsConsentStoreProbe(async (args) => {
      if (args[1]?.endsWith('microphone')) throw Object.assign(new Error(KEY_MISSING), { code: 1 });
      return ALL_STOPPED;
    });
    expect(await probe.read()).toEqual({ on: [] });
  });

  it('reg.exe missing or printing nothing useful: the read fails (unknown), never busy', async () => {
    const missing = createWindowsConsentStoreProbe(() => Promise.reject(new Error('spawn reg.exe ENOENT')));
    await expect(missing.read()).rejects.toThrow('reg.exe printed no consent store keys');
    const garbage = createWindowsConsentStoreProbe(async () => '\u0000\u0001 garbage');
    await expect(garbage.read()).rejects.toThrow('reg.exe printed no consent store keys');
  });
});
