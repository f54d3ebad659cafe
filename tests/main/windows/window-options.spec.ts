import { describe, expect, it } from 'vitest';
import { besideTray, centeredIn, topRightOf } from '../../../main/windows/placement.ts';
import {
  appWindowOptions,
  breakWindowOptions,
  noticeWindowOptions,
  panelWindowOptions,
  secureWebPreferences,
} from '../../../main/windows/window-options.ts';

const preload = '/app/out/preload/index.cjs';
const bounds = { x: 10, y: 20, width: 560, height: 640 };
const area = { x: 0, y: 25, width: 1440, height: 875 };

describe('window options', () => {
  it.each([
    ['break', breakWindowOptions(preload, bounds)],
    ['notice', noticeWindowOptions(preload, bounds)],
    ['panel', panelWindowOptions(preload, bounds)],
    ['app', appWindowOptions(preload)],
  ] as const)('%s window: hidden until ready, with the hardened webPreferences', (_kind, options) => {
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('never turns a security switch the unsafe way', () => {
    const prefs = secureWebPreferences(preload);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
  });

  it('has DevTools off unless asked for (only an unpacked app asks)', () => {
    expect(secureWebPreferences(preload).devTools).toBe(false);
    for (const options of [
      breakWindowOptions(preload, bounds),
      noticeWindowOptions(preload, bounds),
      panelWindowOptions(preload, bounds),
      appWindowOptions(preload),
    ]) {
      expect(options.webPreferences?.devTools).toBe(false);
    }
    expect(appWindowOptions(preload, true).webPreferences?.devTools).toBe(true);
    expect(breakWindowOptions(preload, bounds, true).webPreferences?.devTools).toBe(true);
  });

  it('break and notice are frameless and on top; the notice never takes focus', () => {
    expect(breakWindowOptions(preload, bounds)).toMatchObject({ frame: false, alwaysOnTop: true, ...bounds });
    expect(noticeWindowOptions(preload, bounds)).toMatchObject({
      frame: false,
      alwaysOnTop: true,
      focusable: false,
    });
  });
});

describe('placement', () => {
  it('centres the break window in the work area', () => {
    expect(centeredIn(area, { width: 560, height: 640 })).toEqual({
      x: 440,
      y: 143,
      width: 560,
      height: 640,
    });
  });

  it('puts the notice in the top-right corner of the work area', () => {
    expect(topRightOf(area, { width: 380, height: 150 })).toEqual({
      x: 1048,
      y: 37,
      width: 380,
      height: 150,
    });
  });

  it('puts the panel below a top tray (macOS) and above a bottom tray (Windows), inside the work area', () => {
    const size = { width: 320, height: 380 };
    // Centred under the icon at x 800 (812 - 160)...
    expect(besideTray({ x: 800, y: 0, width: 24, height: 24 }, area, size)).toMatchObject({ x: 652, y: 28 });
    // ...but never past the right edge: 1312 - 160 = 1152 would end at 1472 > 1440.
    expect(besideTray({ x: 1300, y: 0, width: 24, height: 24 }, area, size)).toEqual({
      x: 1120,
      y: 28,
      width: 320,
      height: 380,
    });
    const windowsArea = { x: 0, y: 0, width: 1920, height: 1040 };
    expect(besideTray({ x: 1890, y: 1044, width: 24, height: 36 }, windowsArea, size)).toEqual({
      x: 1600,
      y: 660,
      width: 320,
      height: 380,
    });
  });

  it('falls back to the corner when the tray reports no bounds (many Linux panels)', () => {
    expect(besideTray({ x: 0, y: 0, width: 0, height: 0 }, area, { width: 320, height: 380 })).toEqual(
      topRightOf(area, { width: 320, height: 380 }),
    );
    expect(besideTray(null, area, { width: 320, height: 380 })).toEqual(
      topRightOf(area, { width: 320, height: 380 }),
    );
  });
});
