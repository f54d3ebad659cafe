import { Menu, type MenuItemConstructorOptions, nativeImage, type Rectangle, Tray } from 'electron';
import type { TrayCommand, TrayIconState, TrayMenuItem, TrayModel } from './tray-model.ts';

/**
 * Thin adapter from the pure tray model to Electron's Tray. Each part is pushed only when it
 * differs from what is already shown; rebuilding a menu while it is open closes it on some
 * desktops, so the menu in particular is rebuilt only when its content changed.
 */

export interface TrayViewDeps {
  readonly platform: NodeJS.Platform;
  readonly iconPath: (state: TrayIconState) => string;
  readonly onCommand: (command: TrayCommand) => void;
  readonly onClick: (bounds: Rectangle | null) => void;
}

export interface TrayView {
  render(model: TrayModel): void;
  /** How many times a native menu was built; lets tests prove unchanged menus are not rebuilt. */
  menuBuildCount(): number;
  destroy(): void;
}

export function menuTemplate(
  items: readonly TrayMenuItem[],
  onCommand: (command: TrayCommand) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if (item.type === 'separator') return { type: 'separator' };
    if (item.type === 'status') return { label: item.label, enabled: false };
    if (item.type === 'command') {
      return { label: item.label, enabled: item.enabled, click: () => onCommand(item.command) };
    }
    if (item.type === 'checkbox') {
      return {
        label: item.label,
        type: 'checkbox',
        checked: item.checked,
        click: () => onCommand(item.command),
      };
    }
    return { label: item.label, submenu: menuTemplate(item.items, onCommand) };
  });
}

/**
 * On macOS a left click on an icon that has a context menu opens that menu and emits 'click' as
 * well, so the panel would open under the menu (electron/electron#24196). On macOS and Windows
 * the menu is therefore never attached: a left click toggles the panel and a right click pops the
 * menu up. Linux tray hosts (StatusNotifierItem) decide themselves and may send no click at all,
 * so the menu stays attached there, and is rebuilt only when an item changes.
 */
function menuOnRightClickOnly(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function createTrayView(deps: TrayViewDeps, initial: TrayModel): TrayView {
  const tray = new Tray(nativeImage.createFromPath(deps.iconPath(initial.icon)));
  let shown: { icon: TrayIconState; tooltip: string; title: string; menuKey: string } | null = null;
  let builds = 0;
  let menu: Menu | null = null;

  tray.on('click', (_event, bounds) => deps.onClick(bounds ?? null));
  if (menuOnRightClickOnly(deps.platform)) {
    tray.on('right-click', () => {
      if (menu && !tray.isDestroyed()) tray.popUpContextMenu(menu);
    });
  }

  function render(model: TrayModel): void {
    if (tray.isDestroyed()) return;
    const menuKey = JSON.stringify(model.menu);
    if (shown?.icon !== model.icon && shown !== null)
      tray.setImage(nativeImage.createFromPath(deps.iconPath(model.icon)));
    if (shown?.tooltip !== model.tooltip) tray.setToolTip(model.tooltip);
    if (shown?.title !== model.title && deps.platform === 'darwin') tray.setTitle(model.title);
    if (shown?.menuKey !== menuKey) {
      menu = Menu.buildFromTemplate(menuTemplate(model.menu, deps.onCommand));
      if (!menuOnRightClickOnly(deps.platform)) tray.setContextMenu(menu);
      builds += 1;
    }
    shown = { icon: model.icon, tooltip: model.tooltip, title: model.title, menuKey };
  }

  render(initial);
  return {
    render,
    menuBuildCount: () => builds,
    destroy() {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
