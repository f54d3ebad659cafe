import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Electron's default menu carries Reload (Ctrl/Cmd+R), Force Reload and
 * Toggle Developer Tools (Ctrl/Cmd+Shift+I), so an installed app must not keep it.
 * - Unpacked (development): the default menu stays, DevTools and reload included.
 * - Packaged on Linux and Windows: no menu at all (the windows are frameless or hide their bar).
 * - Packaged on macOS: key equivalents such as Cmd+C, Cmd+V, Cmd+W and Cmd+Q only work through
 *   the menu, so it keeps the app, Edit and Window menus by role, and nothing else.
 */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  isPackaged: boolean,
): MenuItemConstructorOptions[] | null | 'electron-default' {
  if (!isPackaged) return 'electron-default';
  if (platform !== 'darwin') return null;
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
}

/** The two static methods of Electron's `Menu` used here. */
export interface ApplicationMenuPort<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M | null): void;
}

export function applyApplicationMenu<M>(
  menu: ApplicationMenuPort<M>,
  platform: NodeJS.Platform,
  isPackaged: boolean,
): void {
  const template = applicationMenuTemplate(platform, isPackaged);
  if (template === 'electron-default') return;
  menu.setApplicationMenu(template === null ? null : menu.buildFromTemplate(template));
}
