import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import { WINDOW_SIZES } from '../../shared/window-sizes.ts';

/**
 * Options of every window we open, as pure functions so tests can assert on them. All windows
 * share one hardened set of webPreferences; nothing here may loosen it.
 */

export { WINDOW_SIZES, type WindowKind } from '../../shared/window-sizes.ts';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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

const common = (preloadPath: string): BrowserWindowConstructorOptions => ({
  // Shown by the manager once the page is ready, so no white flash and no focus theft.
  show: false,
  title: 'Breathing Room',
  backgroundColor: '#f4f1ea',
  webPreferences: secureWebPreferences(preloadPath),
});

/** A frameless, fixed-size window that floats above the others: break, notice and panel. */
function floatingWindowOptions(preloadPath: string, bounds: Rectangle): BrowserWindowConstructorOptions {
  return {
    ...common(preloadPath),
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

export function breakWindowOptions(preloadPath: string, bounds: Rectangle): BrowserWindowConstructorOptions {
  return floatingWindowOptions(preloadPath, bounds);
}

export function noticeWindowOptions(preloadPath: string, bounds: Rectangle): BrowserWindowConstructorOptions {
  return {
    ...floatingWindowOptions(preloadPath, bounds),
    // The notice must never take keyboard focus from someone typing.
    focusable: false,
  };
}

export function panelWindowOptions(preloadPath: string, bounds: Rectangle): BrowserWindowConstructorOptions {
  return floatingWindowOptions(preloadPath, bounds);
}

export function appWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...common(preloadPath),
    ...WINDOW_SIZES.app,
    minWidth: 640,
    minHeight: 480,
    autoHideMenuBar: true,
  };
}
