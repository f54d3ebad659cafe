import {
  clearPlatformViolations,
  fakePlatform,
  guardMethods,
  PlatformEmitter,
  platformChosen,
} from './fake-platform.ts';
import { FakeTray, Menu, nativeImage } from './fake-tray.ts';
import { FakeBrowserWindow, preventableEvent } from './fake-windows.ts';

/**
 * A small typed stand-in for the parts of Electron the shell uses (there is no Electron binary
 * here). Each fake implements a `Pick` of the real class so a change in how main uses Electron
 * shows up as a type error in the fake. It is held to the platform table generated from
 * electron.d.ts (see fake-platform.ts): it plays one platform (`setFakePlatform`) and refuses
 * events and calls the real Electron would not make or honour there. Tests reset it with
 * `resetFakeElectron()`.
 */

export {
  clearPlatformViolations,
  fakePlatform,
  platformViolations,
  setFakePlatform,
} from './fake-platform.ts';
export { type FakeImage, type FakeMenu, FakeTray, Menu, nativeImage } from './fake-tray.ts';
export { FakeBrowserWindow, FakeWebContents } from './fake-windows.ts';

type Listener = (...args: never[]) => unknown;

export class FakeNotification
  extends PlatformEmitter
  implements Pick<Electron.Notification, 'show' | 'close'>
{
  static all: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly options: Electron.NotificationConstructorOptions;
  shown = false;
  closed = false;
  constructor(options: Electron.NotificationConstructorOptions) {
    super('Notification');
    this.options = options;
    FakeNotification.all.push(this);
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
  }
  /**
   * The user pressed button `actionIndex`. Electron 45 sends it in the event's details; the
   * deprecated positional index is left out, so code that still reads it gets nothing.
   */
  pressAction(actionIndex: number): void {
    this.emit('action', { actionIndex, selectionIndex: -1 });
  }
}
guardMethods('Notification', FakeNotification.prototype, ['show', 'close']);
guardMethods('Notification', FakeNotification, ['isSupported']);

type InvokeListener = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  /** Channels with ipcMain.on/once/addListener listeners (send-style IPC, no reply). */
  listeners: new Map<string, unknown[]>(),
  on(channel: string, listener: (...args: never[]) => unknown): void {
    ipcMain.listeners.set(channel, [...(ipcMain.listeners.get(channel) ?? []), listener]);
  },
  once(channel: string, listener: (...args: never[]) => unknown): void {
    ipcMain.on(channel, listener);
  },
  addListener(channel: string, listener: (...args: never[]) => unknown): void {
    ipcMain.on(channel, listener);
  },
  handle(channel: string, listener: InvokeListener): void {
    if (ipcMain.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    ipcMain.handlers.delete(channel);
  },
  /** What Electron does when a page calls ipcRenderer.invoke(channel, ...args). */
  async invoke(channel: string, event: Electron.IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  },
} satisfies Pick<Electron.IpcMain, 'handle' | 'removeHandler'> & Record<string, unknown>;
guardMethods('IpcMain', ipcMain, ['handle', 'removeHandler']);

export const globalShortcut = {
  registered: new Map<string, () => void>(),
  takenByOthers: new Set<string>(),
  register(accelerator: string, callback: () => void): boolean {
    // A native Wayland client gets no system-wide key grab (without the GlobalShortcutsPortal
    // feature, which the app does not enable): register() answers false (measured per session in
    // CherryHQ/cherry-studio#20524; see also electron/electron#15863).
    const platform = fakePlatform();
    if (platform.os === 'linux' && platform.session === 'wayland') return false;
    if (globalShortcut.takenByOthers.has(accelerator) || globalShortcut.registered.has(accelerator))
      return false;
    globalShortcut.registered.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    globalShortcut.registered.delete(accelerator);
  },
  unregisterAll(): void {
    globalShortcut.registered.clear();
  },
  isRegistered(accelerator: string): boolean {
    return globalShortcut.registered.has(accelerator);
  },
} satisfies Pick<Electron.GlobalShortcut, 'register' | 'unregister' | 'unregisterAll' | 'isRegistered'> &
  Record<string, unknown>;
guardMethods('GlobalShortcut', globalShortcut, ['register', 'unregister', 'unregisterAll', 'isRegistered']);

class FakePowerMonitor extends PlatformEmitter {
  idleSeconds = 0;
  /** The session's screen lock, as the desktop's screensaver service reports it. */
  screenLocked = false;
  constructor() {
    super('PowerMonitor');
  }
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    if (!Number.isInteger(idleThreshold) || idleThreshold < 1) throw new TypeError('Invalid idle threshold');
    if (this.screenLocked) return 'locked';
    return this.idleSeconds >= idleThreshold ? 'idle' : 'active';
  }
}
guardMethods('PowerMonitor', FakePowerMonitor.prototype, ['getSystemIdleTime', 'getSystemIdleState']);
export const powerMonitor = new FakePowerMonitor();

const workArea = { x: 0, y: 0, width: 1920, height: 1050 };
const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea,
} as unknown as Electron.Display;
export const screen = {
  getCursorScreenPoint: () => ({ x: 400, y: 300 }),
  getDisplayNearestPoint: () => display,
  getDisplayMatching: () => display,
  getPrimaryDisplay: () => display,
} satisfies Pick<
  Electron.Screen,
  'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getDisplayMatching' | 'getPrimaryDisplay'
>;
guardMethods('Screen', screen, [
  'getCursorScreenPoint',
  'getDisplayNearestPoint',
  'getDisplayMatching',
  'getPrimaryDisplay',
]);

export const protocol = {
  privileged: [] as Electron.CustomScheme[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    protocol.handlers.set(scheme, handler);
  },
} satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> & Record<string, unknown>;
guardMethods('Protocol', protocol, ['registerSchemesAsPrivileged', 'handle']);

export const session = {
  defaultSession: {
    permissionRequestHandler: null as Parameters<Electron.Session['setPermissionRequestHandler']>[0],
    permissionCheckHandler: null as Parameters<Electron.Session['setPermissionCheckHandler']>[0],
    setPermissionRequestHandler(
      handler: Parameters<Electron.Session['setPermissionRequestHandler']>[0],
    ): void {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Parameters<Electron.Session['setPermissionCheckHandler']>[0]): void {
      this.permissionCheckHandler = handler;
    },
  },
};
guardMethods('Session', session.defaultSession, ['setPermissionRequestHandler', 'setPermissionCheckHandler']);

export const dialog = {
  nextSavePath: null as string | null,
  async showSaveDialog(..._args: unknown[]): Promise<Electron.SaveDialogReturnValue> {
    return this.nextSavePath === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: this.nextSavePath };
  },
};
guardMethods('Dialog', dialog, ['showSaveDialog']);

/**
 * The app as Electron runs it: `getLocale()` is '' until ready; `quit()` emits 'before-quit', then
 * on later tasks closes every window ('close' → 'closed') and only then emits 'will-quit' and
 * 'quit'; a second launch arrives as 'second-instance' with Chromium's reordered argv and the
 * `additionalData` the second instance passed to requestSingleInstanceLock.
 */
class FakeApp extends PlatformEmitter {
  /** The options of app.relaunch(), once main asked for a restart. */
  relaunchedWith: Electron.RelaunchOptions | null = null;
  relaunch(options: Electron.RelaunchOptions = {}): void {
    this.relaunchedWith = options;
  }
  paths: Record<string, string> = {};
  locale = 'en-US';
  appPath = '/app';
  isPackaged = false;
  hasLock = true;
  lockData: unknown;
  exitCode: number | null = null;
  quitting = false;
  appUserModelId: string | null = null;
  loginItem = { openAtLogin: false };
  isReady = false;
  readonly dockState = { hidden: false };
  private ready: () => void = () => {};
  private readyPromise = new Promise<void>((resolve) => {
    this.ready = resolve;
  });

  constructor() {
    super('App');
  }
  /** macOS only; undefined elsewhere, like the real `app.dock`. */
  get dock(): Pick<Electron.Dock, 'hide'> | undefined {
    if (fakePlatform().os !== 'darwin') return undefined;
    return {
      hide: () => {
        this.dockState.hidden = true;
      },
    };
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`Unexpected call: app.getPath(${name})`);
    return path;
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return 'Breathing Room';
  }
  /** Electron answers '' before 'ready' (docs: "only call it after the ready event"). */
  getLocale(): string {
    return this.isReady ? this.locale : '';
  }
  getAppPath(): string {
    return this.appPath;
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.lockData = additionalData;
    return this.hasLock;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** Test control: the moment Electron says it is ready. */
  becomeReady(): Promise<void> {
    if (!platformChosen())
      throw new Error('A boot test names the platform it plays: call playPlatform() first');
    this.isReady = true;
    this.ready();
    this.emit('ready', {}, {});
    return this.readyPromise;
  }
  quit(): void {
    if (this.quitting) return;
    this.quitting = true;
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    // On a later task Electron closes every window, and only when all closed emits will-quit.
    setTimeout(() => {
      const closed = FakeBrowserWindow.getAllWindows().map((win) => win.closeNow());
      if (closed.includes(false)) {
        this.quitting = false;
        return;
      }
      const willQuit = preventableEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) {
        this.quitting = false;
        return;
      }
      this.emit('quit', {}, 0);
    }, 0);
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItem = { openAtLogin: settings.openAtLogin ?? false };
  }
  getLoginItemSettings(_options?: Electron.LoginItemSettingsOptions): Electron.LoginItemSettings {
    return { openAtLogin: this.loginItem.openAtLogin } as Electron.LoginItemSettings;
  }
}
guardMethods('App', FakeApp.prototype, [
  'getPath',
  'relaunch',
  'getVersion',
  'getName',
  'getLocale',
  'getAppPath',
  'requestSingleInstanceLock',
  'setAppUserModelId',
  'whenReady',
  'quit',
  'exit',
  'setLoginItemSettings',
  'getLoginItemSettings',
]);
export const app = new FakeApp();
// Electron quits when the last window closes unless someone listens to 'window-all-closed'; a
// quit in progress closes the windows itself and emits no 'window-all-closed'.
// Unit tests that never make the app ready drive windows alone, without this app around them.
FakeBrowserWindow.onLastClosed = () => {
  if (!app.isReady || app.quitting) return;
  if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
  else app.quit();
};

export function resetFakeElectron(): void {
  FakeBrowserWindow.all = [];
  FakeBrowserWindow.stallLoads = false;
  FakeBrowserWindow.focusedWindow = null;
  nativeTheme.shouldUseDarkColors = false;
  nativeTheme.themeSource = 'system';
  systemPreferences.prefersReducedMotion = false;
  FakeTray.all = [];
  clearPlatformViolations();
  FakeNotification.all = [];
  FakeNotification.supported = true;
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  Menu.applicationMenu = { set: false, menu: null };
  globalShortcut.registered.clear();
  globalShortcut.takenByOthers.clear();
  powerMonitor.removeAllListeners();
  powerMonitor.idleSeconds = 0;
  powerMonitor.screenLocked = false;
  protocol.privileged = [];
  protocol.handlers.clear();
  dialog.nextSavePath = null;
}

/**
 * systemPreferences: only what main reads. A test sets the system's reduced-motion preference;
 * the other animation settings are what an ordinary desktop reports.
 */
export const systemPreferences = {
  prefersReducedMotion: false,
  getAnimationSettings(): Electron.AnimationSettings {
    return {
      shouldRenderRichAnimation: true,
      scrollAnimationsEnabledBySystem: true,
      prefersReducedMotion: this.prefersReducedMotion,
      prefersAnimatedImagesStartPaused: false,
    };
  },
};
guardMethods('SystemPreferences', systemPreferences, ['getAnimationSettings']);

/** The module object `vi.mock('electron', ...)` hands to the code under test. */
/** nativeTheme: only what main reads; a test sets the system's dark preference. */
export const nativeTheme = {
  shouldUseDarkColors: false,
  themeSource: 'system' as 'system' | 'light' | 'dark',
};

export const electronModule = {
  nativeTheme,
  systemPreferences,
  app,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Menu,
  nativeImage,
  Notification: FakeNotification,
  ipcMain,
  globalShortcut,
  powerMonitor,
  screen,
  protocol,
  session,
  dialog,
};

export type { Listener };
