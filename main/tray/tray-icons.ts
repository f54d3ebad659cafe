import { join } from 'node:path';
import type { TrayIconState } from './tray-model.ts';

/**
 * File of the tray icon for a state. macOS gets template images (the "Template" suffix makes the
 * menubar recolour them for light and dark), Windows an .ico with several sizes, Linux a PNG with
 * an @2x sibling that Electron picks on HiDPI screens.
 */
export function trayIconFile(platform: NodeJS.Platform, state: TrayIconState): string {
  if (platform === 'darwin') return `tray-${state}Template.png`;
  if (platform === 'win32') return `tray-${state}.ico`;
  return `tray-${state}.png`;
}

/**
 * Icons ship via electron-builder's extraResources into `<resources>/tray`; in development they
 * are read straight from `build/tray` in the project.
 */
export function trayIconDirectory(options: {
  readonly isPackaged: boolean;
  readonly resourcesPath: string;
  readonly appPath: string;
}): string {
  return options.isPackaged ? join(options.resourcesPath, 'tray') : join(options.appPath, 'build', 'tray');
}
