import { BrowserWindow, type Rectangle, type Screen, type WebContents } from 'electron';
import type { AppRoute, PushChannel, PushMap } from '../../shared/ipc-contract.ts';
import { WINDOW_FADE_MS } from '../../shared/window-fade.ts';
import { appUrl } from '../app-protocol.ts';
import type { Logger } from '../logger.ts';
import type { Timer } from '../scheduler/ports.ts';
import { besideTray, centeredIn, topRightOf } from './placement.ts';
import { hardenWebContents } from './web-contents-guards.ts';
import {
  appWindowOptions,
  breakWindowOptions,
  noticeWindowOptions,
  panelWindowOptions,
  WINDOW_SIZES,
  type WindowKind,
} from './window-options.ts';

/**
 * Creates our windows on demand and forgets them when they close, so while nothing is on screen
 * no BrowserWindow (and no renderer process) is alive. At most one window of each kind exists.
 */

export interface WindowManagerDeps {
  readonly preloadPath: string;
  readonly screen: Pick<
    Screen,
    'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getDisplayMatching' | 'getPrimaryDisplay'
  >;
  readonly log: Logger;
  /**
   * Where the app runs. On Linux a window is also revealed when its page has loaded, since on
   * Wayland `ready-to-show` may never come for a hidden window (electron/electron#48859). Wayland
   * has no cursor position, no showInactive and no always-on-top (electron.d.ts: "Not supported
   * on Wayland"), so those are left out there.
   */
  readonly platform: NodeJS.Platform;
  readonly wayland: boolean;
  /** Monotonic milliseconds, to tell a tray click from the blur that the same click caused. */
  readonly nowMs: () => number;
  /** The theme's page background, read as each window opens (themeBackground in shared). */
  readonly background: () => string;
  /** Inspector allowed on our pages: only in an unpacked (development) app. */
  readonly devTools?: boolean;
  /** macOS: hide the Dock icon again (showing a window over full-screen Spaces can bring it back). */
  readonly keepDockHidden?: () => void;
  /**
   * A fresh one-shot timer for each window. On Linux a window whose page has neither painted
   * (`ready-to-show`) nor finished loading (`did-finish-load`) after REVEAL_FALLBACK_MS is shown
   * anyway, so a slow or stalled load on Wayland never leaves the user with no window at all.
   */
  readonly createTimer?: () => Timer;
  /**
   * Reduced motion as the pages apply it (settings, else the system). When main closes a window
   * the page fades out first (`window:closing`, then destroyed after WINDOW_FADE_MS on a timer of
   * `createTimer`); with reduced motion, or without `createTimer`, it closes at once.
   */
  readonly reducedMotion?: () => boolean;
}

/** Linux: how long a hidden window may wait for its page before it is shown regardless. */
export const REVEAL_FALLBACK_MS = 1_500;

/**
 * On Windows a click on the tray icon first takes the focus from the open panel (its blur closes
 * it) and only then arrives as 'click'; a click this soon after such a close means "close it".
 */
export const PANEL_BLUR_CLICK_MS = 400;

export interface WindowManager {
  /** The small pre-break notice; never takes focus. */
  showNotice(): void;
  /**
   * The break itself, on the display with the cursor. `focus` false shows it without taking focus.
   * A break window still open (a done screen) is reloaded for the new break, not reused.
   */
  showBreak(options: { readonly focus: boolean; readonly floor?: boolean }): void;
  closeBreakWindows(): void;
  togglePanel(trayBounds: Rectangle | null): void;
  closePanel(): void;
  openApp(route: AppRoute): void;
  /** Closes the window that sent a request (the renderer's own "close": its page has faded already). */
  closeWindowOf(contents: WebContents): void;
  /** The windows that may talk to main; a window fading out is no longer one of them. */
  ourWebContents(): Iterable<WebContents>;
  kindOf(contents: WebContents): WindowKind | null;
  broadcast<K extends PushChannel>(channel: K, payload: PushMap[K]): void;
  /** Windows alive, those fading out included. */
  liveWindowCount(): number;
  /** Destroys every window at once (quit), those fading out included, and leaves no timer. */
  closeAll(): void;
}

export function createWindowManager(deps: WindowManagerDeps): WindowManager {
  const windows = new Map<WindowKind, BrowserWindow>();
  /** Windows main is closing, fading out until their timer destroys them; no longer in `windows`. */
  const fading = new Map<BrowserWindow, Timer>();
  /** Windows whose current page has loaded (a reload takes a window out until it loads again). */
  const loaded = new WeakSet<BrowserWindow>();
  const devTools = deps.devTools ?? false;

  function live(kind: WindowKind): BrowserWindow | null {
    const win = windows.get(kind);
    if (!win) return null;
    if (win.isDestroyed()) {
      windows.delete(kind);
      return null;
    }
    return win;
  }

  let panelBlurClosedAt = Number.NEGATIVE_INFINITY;

  function cursorWorkArea(): Rectangle {
    if (deps.wayland) return deps.screen.getPrimaryDisplay().workArea;
    return deps.screen.getDisplayNearestPoint(deps.screen.getCursorScreenPoint()).workArea;
  }

  /** showInactive where the platform has it; on Wayland a non-focusable window shows without focus. */
  function showWithoutFocus(win: BrowserWindow): void {
    if (deps.wayland) win.show();
    else win.showInactive();
  }

  function open(
    kind: WindowKind,
    options: Electron.BrowserWindowConstructorOptions,
    url: string,
    reveal: (win: BrowserWindow) => void,
  ): BrowserWindow {
    const win = new BrowserWindow({ ...options, backgroundColor: deps.background() });
    windows.set(kind, win);
    hardenWebContents(win.webContents);
    let revealed = false;
    const fallback = deps.platform === 'linux' ? deps.createTimer?.() : undefined;
    const revealOnce = () => {
      fallback?.cancel();
      if (revealed || win.isDestroyed()) return;
      revealed = true;
      reveal(win);
    };
    win.webContents.on('did-finish-load', () => loaded.add(win));
    win.once('ready-to-show', revealOnce);
    if (deps.platform === 'linux') {
      win.webContents.once('did-finish-load', revealOnce);
      fallback?.arm(REVEAL_FALLBACK_MS, revealOnce);
    }
    win.on('closed', () => {
      fallback?.cancel();
      fading.get(win)?.cancel();
      fading.delete(win);
      if (windows.get(kind) === win) windows.delete(kind);
    });
    win.loadURL(url).catch((error: unknown) => {
      deps.log.error(`windows: could not load ${kind} window`, error);
    });
    return win;
  }

  /** Reloads a window of ours; until the new page has loaded it closes without a fade. */
  function reload(win: BrowserWindow, url: string, failure: string): void {
    loaded.delete(win);
    win.loadURL(url).catch((error: unknown) => deps.log.error(failure, error));
  }

  /**
   * Whether a window main closes fades out first: only a page on screen that has loaded (and so
   * listens), and only with motion. A hidden or minimised window, a page still loading or reduced
   * motion closes at once.
   */
  function fadesOut(win: BrowserWindow): boolean {
    if (!deps.createTimer || deps.reducedMotion?.()) return false;
    if (!loaded.has(win) || win.webContents.isDestroyed()) return false;
    return win.isVisible() && !win.isMinimized();
  }

  /**
   * Takes the window out of `windows` at once, so a new window of its kind opens without waiting,
   * and neither a broadcast nor the IPC sender check reaches it any more. Then it fades out: it
   * lets every click through to what is below, its page hears `window:closing` (and makes itself
   * inert), and the timer destroys it after WINDOW_FADE_MS, whether or not the page answered.
   */
  function close(kind: WindowKind, options: { readonly fade: boolean } = { fade: true }): void {
    const win = live(kind);
    windows.delete(kind);
    if (!win) return;
    const timer = options.fade && fadesOut(win) ? deps.createTimer?.() : undefined;
    if (!timer) {
      win.close();
      return;
    }
    fading.set(win, timer);
    win.setIgnoreMouseEvents(true);
    win.webContents.send('window:closing', { fadeMs: WINDOW_FADE_MS } satisfies PushMap['window:closing']);
    timer.arm(WINDOW_FADE_MS, () => {
      fading.delete(win);
      if (!win.isDestroyed()) win.destroy();
    });
  }

  return {
    showNotice() {
      if (live('break') || live('notice')) return;
      const bounds = topRightOf(cursorWorkArea(), WINDOW_SIZES.notice);
      open(
        'notice',
        noticeWindowOptions(deps.preloadPath, bounds, devTools),
        appUrl('break.html', { view: 'notice' }),
        showWithoutFocus,
      );
    },
    showBreak({ focus, floor = false }) {
      close('notice');
      const url = appUrl('break.html', { view: 'break' });
      const size = floor ? WINDOW_SIZES.floor : WINDOW_SIZES.break;
      const existing = live('break');
      if (existing) {
        const now = existing.getBounds();
        if (now.width !== size.width || now.height !== size.height) {
          existing.setBounds(centeredIn(cursorWorkArea(), size));
        }
        // A window left from the last break (its done screen, waiting for the feeling) must not be
        // reused as it is: load the page afresh so it asks main for this break's session.
        reload(existing, url, 'windows: could not reload the break window');
        if (focus) existing.focus();
        return;
      }
      const bounds = centeredIn(cursorWorkArea(), size);
      const win = open('break', breakWindowOptions(deps.preloadPath, bounds, devTools), url, (w) =>
        focus ? w.show() : showWithoutFocus(w),
      );
      // Above full-screen apps too, where the OS allows it (Wayland does not).
      if (!deps.wayland) win.setAlwaysOnTop(true, 'screen-saver');
      // macOS keeps a full-screen app in its own Space; only a window visible on all workspaces
      // including full-screen ones appears there. That call turns the app into a foreground app
      // for a moment, which shows the Dock icon; a menubar app hides it again at once.
      if (deps.platform === 'darwin') {
        win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
        deps.keepDockHidden?.();
      }
    },
    closeBreakWindows() {
      close('notice');
      close('break');
    },
    togglePanel(trayBounds) {
      if (live('panel')) {
        close('panel');
        return;
      }
      if (deps.nowMs() - panelBlurClosedAt < PANEL_BLUR_CLICK_MS) return;
      const area = trayBounds
        ? deps.screen.getDisplayMatching(trayBounds).workArea
        : deps.screen.getPrimaryDisplay().workArea;
      const bounds = besideTray(trayBounds, area, WINDOW_SIZES.panel);
      const win = open(
        'panel',
        panelWindowOptions(deps.preloadPath, bounds, devTools),
        appUrl('panel.html'),
        (w) => w.show(),
      );
      // A tray panel goes away when the user clicks elsewhere, like a menu.
      win.on('blur', () => {
        if (live('panel') !== win) return;
        panelBlurClosedAt = deps.nowMs();
        close('panel');
      });
    },
    closePanel() {
      close('panel');
    },
    openApp(route) {
      const url = appUrl('index.html', undefined, `/${route}`);
      const existing = live('app');
      if (existing) {
        reload(existing, url, 'windows: could not change route');
        if (existing.isMinimized()) existing.restore();
        existing.show();
        existing.focus();
        return;
      }
      open('app', appWindowOptions(deps.preloadPath, devTools), url, (w) => {
        w.show();
        w.focus();
      });
    },
    closeWindowOf(contents) {
      for (const [kind, win] of windows) {
        if (!win.isDestroyed() && win.webContents === contents) close(kind, { fade: false });
      }
    },
    *ourWebContents() {
      for (const win of windows.values()) if (!win.isDestroyed()) yield win.webContents;
    },
    kindOf(contents) {
      for (const [kind, win] of windows) if (!win.isDestroyed() && win.webContents === contents) return kind;
      return null;
    },
    broadcast(channel, payload) {
      for (const win of windows.values()) {
        if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(channel, payload);
      }
    },
    liveWindowCount() {
      return [...windows.values(), ...fading.keys()].filter((win) => !win.isDestroyed()).length;
    },
    closeAll() {
      for (const kind of [...windows.keys()]) {
        const win = live(kind);
        if (win) win.destroy();
      }
      windows.clear();
      for (const [win, timer] of fading) {
        timer.cancel();
        if (!win.isDestroyed()) win.destroy();
      }
      fading.clear();
    },
  };
}
