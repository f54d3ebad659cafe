/**
 * The Win32 calls the Windows probes make, bound through koffi (a C FFI that ships prebuilt
 * binaries for every platform in its npm package, so nothing is compiled on install). koffi is
 * imported only when a Windows probe first reads, so a binary that fails to load costs one
 * "unknown" in the log and never the app's start. Every call runs through koffi's `.async`, on
 * its worker threads, never on the main thread.
 */

/** The part of koffi used here (koffi's own types, narrowed to what the fake must honour). */
export interface FfiFunction {
  async(...args: unknown[]): void;
}
export interface FfiLibrary {
  func(declaration: string): FfiFunction;
}
export interface Ffi {
  load(path: string): FfiLibrary;
}

export const WIN32_DECLARATIONS = {
  SHQueryUserNotificationState: 'int32 __stdcall SHQueryUserNotificationState(_Out_ int32 *pquns)',
  GetForegroundWindow: 'void * __stdcall GetForegroundWindow()',
  GetWindowThreadProcessId: 'uint32 __stdcall GetWindowThreadProcessId(void *hwnd, _Out_ uint32 *pid)',
  OpenProcess: 'void * __stdcall OpenProcess(uint32 access, bool inherit, uint32 pid)',
  QueryFullProcessImageNameW:
    'bool __stdcall QueryFullProcessImageNameW(void *process, uint32 flags, void *name, _Inout_ uint32 *size)',
  CloseHandle: 'bool __stdcall CloseHandle(void *handle)',
} as const;

/** QUERY_USER_NOTIFICATION_STATE (shellapi.h). */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

const PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
/** MAX_PATH is 260; long-path aware processes can have longer names, up to 32,767 UTF-16 units. */
const IMAGE_NAME_UNITS = 1024;

export interface WindowsApi {
  /** The QUERY_USER_NOTIFICATION_STATE value; rejects with the HRESULT on failure. */
  notificationState(): Promise<number>;
  /** The full path of the foreground window's executable; null when there is none or it is not ours to read. */
  foregroundExecutable(): Promise<string | null>;
}

function call<T>(fn: FfiFunction, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    fn.async(...args, (error: unknown, result: T) => (error ? reject(error) : resolve(result)));
  });
}

export function hresultText(hr: number): string {
  return `0x${(hr >>> 0).toString(16).padStart(8, '0')}`;
}

export function bindWindowsApi(ffi: Ffi): WindowsApi {
  const shell32 = ffi.load('shell32.dll');
  const user32 = ffi.load('user32.dll');
  const kernel32 = ffi.load('kernel32.dll');
  const d = WIN32_DECLARATIONS;
  const queryState = shell32.func(d.SHQueryUserNotificationState);
  const foregroundWindow = user32.func(d.GetForegroundWindow);
  const threadProcessId = user32.func(d.GetWindowThreadProcessId);
  const openProcess = kernel32.func(d.OpenProcess);
  const imageName = kernel32.func(d.QueryFullProcessImageNameW);
  const closeHandle = kernel32.func(d.CloseHandle);
  return {
    notificationState: async () => {
      const state = [0];
      const hr = await call<number>(queryState, state);
      if (hr < 0) throw new Error(`SHQueryUserNotificationState failed with HRESULT ${hresultText(hr)}`);
      return state[0] ?? 0;
    },
    foregroundExecutable: async () => {
      const hwnd = await call<unknown>(foregroundWindow);
      if (hwnd === null) return null;
      const pid = [0];
      await call<number>(threadProcessId, hwnd, pid);
      if (!pid[0]) return null;
      const process = await call<unknown>(openProcess, PROCESS_QUERY_LIMITED_INFORMATION, false, pid[0]);
      // An elevated app cannot be opened by a normal user's process: not ours to name.
      if (process === null) return null;
      try {
        const name = Buffer.alloc(IMAGE_NAME_UNITS * 2);
        const size = [IMAGE_NAME_UNITS];
        const ok = await call<boolean>(imageName, process, 0, name, size);
        return ok ? name.toString('utf16le', 0, (size[0] ?? 0) * 2) : null;
      } finally {
        await call<boolean>(closeHandle, process);
      }
    },
  };
}

/** Imports koffi and binds the calls once; a failure is kept and answered to every read. */
export function lazyWindowsApi(loadFfi: () => Promise<Ffi>): () => Promise<WindowsApi> {
  let api: Promise<WindowsApi> | null = null;
  return () => {
    api ??= loadFfi().then(bindWindowsApi);
    return api;
  };
}

export async function importKoffi(): Promise<Ffi> {
  const koffi = await import('koffi');
  return koffi.default ?? koffi;
}
