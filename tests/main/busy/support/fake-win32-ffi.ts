import type { Ffi, FfiFunction, FfiLibrary } from '../../../../main/busy/probes/windows-api.ts';

/**
 * A stand-in for koffi on Windows, as strict as the real one: `load` knows only the system DLLs
 * and throws koffi's message for others; `func` throws for a function the DLL does not export
 * and for a prototype that does not match the Windows SDK's (written out here from the headers,
 * not copied from the code under test); calls are only `.async` and answer on a later turn; out
 * parameters are written into the array passed, as koffi does; handles must be closed.
 */

/** The SDK prototypes (shellapi.h, winuser.h, processthreadsapi.h, winbase.h, handleapi.h). */
const EXPORTS: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  'shell32.dll': {
    SHQueryUserNotificationState: /^int32 __stdcall SHQueryUserNotificationState\(_Out_ int32 \*\w+\)$/,
  },
  'user32.dll': {
    GetForegroundWindow: /^void \* __stdcall GetForegroundWindow\(\)$/,
    GetWindowThreadProcessId: /^uint32 __stdcall GetWindowThreadProcessId\(void \*\w+, _Out_ uint32 \*\w+\)$/,
  },
  'kernel32.dll': {
    OpenProcess: /^void \* __stdcall OpenProcess\(uint32 \w+, bool \w+, uint32 \w+\)$/,
    QueryFullProcessImageNameW:
      /^bool __stdcall QueryFullProcessImageNameW\(void \*\w+, uint32 \w+, void \*\w+, _Inout_ uint32 \*\w+\)$/,
    CloseHandle: /^bool __stdcall CloseHandle\(void \*\w+\)$/,
  },
};

/** HRESULTs as SHQueryUserNotificationState returns them (int32, negative on failure). */
export const S_OK = 0;
export const E_FAIL = 0x80004005 | 0;

export interface Win32World {
  hresult: number;
  /** QUERY_USER_NOTIFICATION_STATE written to *pquns. */
  quns: number;
  foreground: { readonly pid: number; readonly image: string; readonly elevated?: boolean } | null;
}

export interface FakeFfi extends Ffi {
  readonly world: Win32World;
  readonly loads: string[];
  openHandles(): number;
  /** Calls made synchronously (koffi would block the main thread): must stay 0. */
  readonly syncCalls: string[];
}

export function fakeWin32Ffi(options: { failLoad?: string } = {}): FakeFfi {
  const world: Win32World = { hresult: S_OK, quns: 5, foreground: null };
  const loads: string[] = [];
  const syncCalls: string[] = [];
  const handles = new Set<object>();
  const hwnd = { hwnd: true };

  const behaviour: Record<string, (args: unknown[]) => unknown> = {
    SHQueryUserNotificationState: ([out]) => {
      if (!Array.isArray(out)) throw new TypeError('Unexpected value for _Out_ int32 *');
      if (world.hresult >= 0) out[0] = world.quns;
      return world.hresult;
    },
    GetForegroundWindow: () => (world.foreground ? hwnd : null),
    GetWindowThreadProcessId: ([window, out]) => {
      if (!Array.isArray(out)) throw new TypeError('Unexpected value for _Out_ uint32 *');
      out[0] = window === hwnd && world.foreground ? world.foreground.pid : 0;
      return 1;
    },
    OpenProcess: ([access, , pid]) => {
      if (access !== 0x1000) throw new Error('only PROCESS_QUERY_LIMITED_INFORMATION is expected');
      if (!world.foreground || world.foreground.pid !== pid || world.foreground.elevated) return null;
      const handle = { pid };
      handles.add(handle);
      return handle;
    },
    QueryFullProcessImageNameW: ([process, , name, size]) => {
      if (!handles.has(process as object)) return false;
      if (!Buffer.isBuffer(name) || !Array.isArray(size)) throw new TypeError('Unexpected buffer arguments');
      const image = world.foreground?.image ?? '';
      if (image.length + 1 > (size[0] as number)) return false;
      name.write(`${image}\0`, 'utf16le');
      size[0] = image.length;
      return true;
    },
    CloseHandle: ([process]) => handles.delete(process as object),
  };

  return {
    world,
    loads,
    syncCalls,
    openHandles: () => handles.size,
    load: (path): FfiLibrary => {
      loads.push(path);
      if (path === options.failLoad || !(path in EXPORTS)) {
        throw new Error(`Failed to load shared library: The specified module could not be found. (${path})`);
      }
      const exports = EXPORTS[path] ?? {};
      return {
        func: (declaration): FfiFunction => {
          const name = /(\w+)\(/.exec(declaration)?.[1] ?? '';
          const prototype = exports[name];
          if (!prototype) throw new Error(`Cannot find function '${name}' in shared library`);
          if (!prototype.test(declaration))
            throw new Error(`Prototype does not match the SDK: ${declaration}`);
          const run = behaviour[name];
          if (!run) throw new Error(`no behaviour for ${name}`);
          const fn = (() => {
            syncCalls.push(name);
            throw new Error('synchronous FFI calls block the main process');
          }) as unknown as FfiFunction;
          fn.async = (...args: unknown[]) => {
            const callback = args.pop();
            if (typeof callback !== 'function') throw new TypeError('async needs a callback');
            setImmediate(() => {
              try {
                callback(null, run(args));
              } catch (error) {
                callback(error);
              }
            });
          };
          return fn;
        },
      };
    },
  };
}
