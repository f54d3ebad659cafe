import { EventEmitter } from 'node:events';

/**
 * A small typed stand-in for the parts of Electron the shell uses (there is no Electron binary
 * here). Each fake implements a `Pick` of the real class so a change in how main uses Electron
 * shows up as a type error in the fake. Tests reset it with `resetFakeElectron()`.
 */

type Listener = (...args: never[]) => unknown;

export class FakeWebContents
  extends EventEmitter
  implements Pick<Electron.WebContents, 'id' | 'send' | 'isDestroyed' | 'setWindowOpenHandler'>
{
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  destroyed = false;
  url = '';
  readonly mainFrame = { parent: null, url: '' };

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, payload: args[0] });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
  /** The IPC event Electron would build for a call from this page's main frame. */
  invokeEvent(): Electron.IpcMainInvokeEvent {
    return { sender: this, senderFrame: this.mainFrame } as unknown as Electron.IpcMainInvokeEvent;
  }
}

export class FakeBrowserWindow
  extends EventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      | 'loadURL'
      | 'show'
      | 'showInactive'
      | 'focus'
      | 'close'
      | 'destroy'
      | 'isDestroyed'
      | 'setAlwaysOnTop'
      | 'isMinimized'
      | 'restore'
    >
{
  static all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly urls: string[] = [];
  visible = false;
  focused = false;
  destroyed = false;
  alwaysOnTopLevel: string | null = null;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    FakeBrowserWindow.all.push(this);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((win) => win.webContents === contents && !win.destroyed) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((win) => !win.destroyed);
  }
  static live(): FakeBrowserWindow[] {
    return FakeBrowserWindow.getAllWindows();
  }
  async loadURL(url: string): Promise<void> {
    this.urls.push(url);
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
    // Like Electron: the page paints asynchronously, then the window may be shown.
    await Promise.resolve();
    if (this.urls.length === 1 && !this.destroyed) this.emit('ready-to-show');
  }
  show(): void {
    this.visible = true;
    this.focused = true;
  }
  showInactive(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  close(): void {
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.visible = false;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setAlwaysOnTop(_flag: boolean, level?: string): void {
    this.alwaysOnTopLevel = level ?? 'floating';
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
}

export class FakeTray
  extends EventEmitter
  implements
    Pick<Electron.Tray, 'setToolTip' | 'setTitle' | 'setContextMenu' | 'setImage' | 'destroy' | 'isDestroyed'>
{
  static all: FakeTray[] = [];
  image: unknown;
  tooltip = '';
  title = '';
  menu: FakeMenu | null = null;
  menuSets = 0;
  destroyed = false;

  constructor(image: unknown) {
    super();
    this.image = image;
    FakeTray.all.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: Electron.Menu | null): void {
    this.menu = menu as unknown as FakeMenu;
    this.menuSets += 1;
  }
  setImage(image: Electron.NativeImage | string): void {
    this.image = image;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export interface FakeMenu {
  readonly template: Electron.MenuItemConstructorOptions[];
}

export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]): FakeMenu => ({ template }),
};

export const nativeImage = {
  createFromPath: (path: string) => ({ path }),
};

export class FakeNotification extends EventEmitter implements Pick<Electron.Notification, 'show' | 'close'> {
  static all: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly options: Electron.NotificationConstructorOptions;
  shown = false;
  closed = false;
  constructor(options: Electron.NotificationConstructorOptions) {
    super();
    this.options = options;
    FakeNotification.all.push(this);
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
  }
}

type InvokeListener = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
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

export const globalShortcut = {
  registered: new Map<string, () => void>(),
  takenByOthers: new Set<string>(),
  register(accelerator: string, callback: () => void): boolean {
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

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}
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

export const dialog = {
  nextSavePath: null as string | null,
  async showSaveDialog(..._args: unknown[]): Promise<Electron.SaveDialogReturnValue> {
    return this.nextSavePath === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: this.nextSavePath };
  },
};

class FakeApp extends EventEmitter {
  paths: Record<string, string> = {};
  locale = 'en-US';
  appPath = '/app';
  isPackaged = false;
  hasLock = true;
  exitCode: number | null = null;
  quitting = false;
  appUserModelId: string | null = null;
  loginItem = { openAtLogin: false };
  readonly dock = undefined;
  private ready: () => void = () => {};
  private readyPromise = new Promise<void>((resolve) => {
    this.ready = resolve;
  });

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
  getLocale(): string {
    return this.locale;
  }
  getAppPath(): string {
    return this.appPath;
  }
  requestSingleInstanceLock(): boolean {
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
    this.ready();
    return this.readyPromise;
  }
  quit(): void {
    if (this.quitting) return;
    this.quitting = true;
    this.emit('before-quit');
    this.emit('will-quit');
    this.emit('quit');
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItem = { openAtLogin: settings.openAtLogin ?? false };
  }
  getLoginItemSettings(): Electron.LoginItemSettings {
    return { openAtLogin: this.loginItem.openAtLogin } as Electron.LoginItemSettings;
  }
}
export const app = new FakeApp();

export function resetFakeElectron(): void {
  FakeBrowserWindow.all = [];
  FakeTray.all = [];
  FakeNotification.all = [];
  FakeNotification.supported = true;
  ipcMain.handlers.clear();
  globalShortcut.registered.clear();
  globalShortcut.takenByOthers.clear();
  powerMonitor.removeAllListeners();
  powerMonitor.idleSeconds = 0;
  protocol.privileged = [];
  protocol.handlers.clear();
  dialog.nextSavePath = null;
}

/** The module object `vi.mock('electron', ...)` hands to the code under test. */
export const electronModule = {
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
