import { fakePlatform, guardMethods, PlatformEmitter } from './fake-platform.ts';

/**
 * BrowserWindow and its WebContents as the real ones behave, not as a test would like them to:
 * - `ready-to-show` comes after the first load, except on Wayland, where Electron 38+ may never
 *   send it for a hidden window (electron/electron#48859); `did-finish-load` always comes.
 * - `close()` is a request: 'close' (preventable) and then 'closed' arrive on a later task, so
 *   the window is still alive right after the call. `destroy()` is immediate and skips 'close'.
 * - One window has the focus: show() and focus() take it (not for `focusable: false`), and the
 *   window that loses it hears 'blur'; closing the focused window blurs it first.
 * - Any call on a destroyed window throws, like Electron's "Object has been destroyed".
 * - Methods and events are held to the platform table (e.g. showInactive and setAlwaysOnTop do
 *   not exist on Wayland).
 */

function destroyedError(): TypeError {
  return new TypeError('Object has been destroyed');
}

export class FakeWebContents
  extends PlatformEmitter
  implements Pick<Electron.WebContents, 'id' | 'send' | 'isDestroyed' | 'setWindowOpenHandler'>
{
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  destroyed = false;
  url = '';
  readonly mainFrame = { parent: null, url: '' };

  constructor() {
    super('WebContents');
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw destroyedError();
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
guardMethods('WebContents', FakeWebContents.prototype, ['send', 'isDestroyed', 'setWindowOpenHandler']);

/** The preventable event object Electron passes to 'close', 'before-quit' and 'will-quit'. */
export function preventableEvent(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeBrowserWindow
  extends PlatformEmitter
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
      | 'isFocused'
      | 'setAlwaysOnTop'
      | 'setVisibleOnAllWorkspaces'
      | 'isMinimized'
      | 'restore'
      | 'minimize'
      | 'isVisible'
      | 'setIgnoreMouseEvents'
    >
{
  static all: FakeBrowserWindow[] = [];
  static focusedWindow: FakeBrowserWindow | null = null;
  /**
   * Test control: pages start loading but never finish (a stalled renderer or a slow disk), so
   * neither `did-finish-load` nor `ready-to-show` comes, as can happen for real.
   */
  static stallLoads = false;
  /** Set by the fake app: what Electron does when the last window has closed. */
  static onLastClosed: () => void = () => {};
  readonly webContents = new FakeWebContents();
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly urls: string[] = [];
  visible = false;
  focused = false;
  destroyed = false;
  /** close() was called and its 'closed' has not come yet. */
  closing = false;
  alwaysOnTopLevel: string | null = null;
  readyToShowSent = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super('BrowserWindow');
    this.options = options;
    FakeBrowserWindow.all.push(this);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((win) => win.webContents === contents && !win.destroyed) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((win) => !win.destroyed);
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focusedWindow;
  }
  static live(): FakeBrowserWindow[] {
    return FakeBrowserWindow.getAllWindows();
  }
  /** Test control: the user clicks somewhere outside every window of ours (desktop, taskbar). */
  static blurAll(): void {
    FakeBrowserWindow.focusedWindow?.loseFocus();
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError();
  }
  async loadURL(url: string): Promise<void> {
    this.alive();
    this.urls.push(url);
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
    // The page loads and paints asynchronously.
    await Promise.resolve();
    if (this.destroyed || FakeBrowserWindow.stallLoads) return;
    this.webContents.emit('did-finish-load');
    const platform = fakePlatform();
    const wayland = platform.os === 'linux' && platform.session === 'wayland';
    if (!this.readyToShowSent && !wayland) {
      this.readyToShowSent = true;
      this.emit('ready-to-show');
    }
  }
  private takeFocus(): void {
    if (this.options.focusable === false || FakeBrowserWindow.focusedWindow === this) return;
    FakeBrowserWindow.focusedWindow?.loseFocus();
    FakeBrowserWindow.focusedWindow = this;
    this.focused = true;
    this.emit('focus');
  }
  private loseFocus(): void {
    if (FakeBrowserWindow.focusedWindow !== this) return;
    FakeBrowserWindow.focusedWindow = null;
    this.focused = false;
    this.emit('blur');
  }
  show(): void {
    this.alive();
    this.visible = true;
    this.takeFocus();
  }
  showInactive(): void {
    this.alive();
    this.visible = true;
  }
  focus(): void {
    this.alive();
    this.takeFocus();
  }
  isFocused(): boolean {
    this.alive();
    return this.focused;
  }
  close(): void {
    this.alive();
    if (this.closing) return;
    this.closing = true;
    setTimeout(() => this.closeNow(), 0);
  }
  /** The close itself, on its own task: 'close' (preventable), then 'closed'. True if it closed. */
  closeNow(): boolean {
    this.closing = false;
    if (this.destroyed) return true;
    const event = preventableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.loseFocus();
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.visible = false;
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) FakeBrowserWindow.onLastClosed();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  private bounds: Electron.Rectangle | null = null;
  /** Where the window stands: its constructor options until setBounds moves it (800x600 is Electron's default). */
  getBounds(): Electron.Rectangle {
    this.alive();
    const { x = 0, y = 0, width = 800, height = 600 } = this.options;
    return { ...(this.bounds ?? { x, y, width, height }) };
  }
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.alive();
    this.bounds = { ...this.getBounds(), ...bounds };
  }
  setAlwaysOnTop(_flag: boolean, level?: string): void {
    this.alive();
    this.alwaysOnTopLevel = level ?? 'floating';
  }
  /** The last setVisibleOnAllWorkspaces call (macOS and Linux only, per electron.d.ts). */
  allWorkspaces: { visible: boolean; options: Electron.VisibleOnAllWorkspacesOptions } | null = null;
  setVisibleOnAllWorkspaces(visible: boolean, options: Electron.VisibleOnAllWorkspacesOptions = {}): void {
    this.alive();
    this.allWorkspaces = { visible, options };
  }
  minimized = false;
  /** Minimising keeps the window visible to isVisible() (as on Windows), and moves the focus away. */
  minimize(): void {
    this.alive();
    if (this.minimized) return;
    this.minimized = true;
    this.loseFocus();
    this.emit('minimize');
  }
  isMinimized(): boolean {
    this.alive();
    return this.minimized;
  }
  restore(): void {
    this.alive();
    if (!this.minimized) return;
    this.minimized = false;
    this.emit('restore');
  }
  isVisible(): boolean {
    this.alive();
    return this.visible;
  }
  /** Whether clicks pass through the window to what is below (setIgnoreMouseEvents). */
  ignoresMouse = false;
  setIgnoreMouseEvents(ignore: boolean, _options?: Electron.IgnoreMouseEventsOptions): void {
    this.alive();
    this.ignoresMouse = ignore;
  }
}
guardMethods('BrowserWindow', FakeBrowserWindow.prototype, [
  'loadURL',
  'show',
  'showInactive',
  'focus',
  'isFocused',
  'close',
  'destroy',
  'isDestroyed',
  'setAlwaysOnTop',
  'setVisibleOnAllWorkspaces',
  'isMinimized',
  'restore',
  'minimize',
  'isVisible',
  'setIgnoreMouseEvents',
]);
guardMethods('BrowserWindow', FakeBrowserWindow, ['fromWebContents', 'getAllWindows', 'getFocusedWindow']);
