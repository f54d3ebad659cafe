import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import { WINDOW_SIZES } from '../../shared/window-sizes.ts';

/**
 * Options of every window we open, as pure functions so tests can assert on them. All windows
 * share one hardened set of webPreferences; nothing here may loosen it.
 */

export { WINDOW_SIZES, type WindowKind } from '../../shared/window-sizes.ts';

/**
 * `devTools` is true only for an unpacked (development) app: in an installed app neither a
 * shortcut nor a menu may open the inspector on our pages.
 */
export function secureWebPreferences(preloadPath: string, devTools = false): WebPreferences {
  return {
    preload: preloadPath,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    disableBlinkFeatures: 'Auxclick',
    // Pacer timing must keep running in a window that is on screen but not focused.
    backgroundThrottling: false,
  };
}

const common = (preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions => ({
  // Shown by the manager once the page is ready, so no white flash and no focus theft.
  show: false,
  title: 'Breathing Room',
  backgroundColor: '#f4f1ea',
  webPreferences: secureWebPreferences(preloadPath, devTools),
});

/** A frameless, fixed-size window that floats above the others: break, notice and panel. */
function floatingWindowOptions(
  preloadPath: string,
  bounds: Rectangle,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...common(preloadPath, devTools),
    ...bounds,
    frame: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
  };
}

export function breakWindowOptions(
  preloadPath: string,
  bounds: Rectangle,
  devTools = false,
): BrowserWindowConstructorOptions {
  return floatingWindowOptions(preloadPath, bounds, devTools);
}

export function noticeWindowOptions(
  preloadPath: string,
  bounds: Rectangle,
  devTools = false,
): BrowserWindowConstructorOptions {
  return {
    ...floatingWindowOptions(preloadPath, bounds, devTools),
    // The notice must never take keyboard focus from someone typing.
    focusable: false,
  };
}

export function panelWindowOptions(
  preloadPath: string,
  bounds: Rectangle,
  devTools = false,
): BrowserWindowConstructorOptions {
  return floatingWindowOptions(preloadPath, bounds, devTools);
}

export function appWindowOptions(preloadPath: string, devTools = false): BrowserWindowConstructorOptions {
  return {
    ...common(preloadPath, devTools),
    ...WINDOW_SIZES.app,
    minWidth: 640,
    minHeight: 480,
    autoHideMenuBar: true,
  };
}
