import { statSync } from 'node:fs';
import { checkMember, fakePlatform, guardMethods, PlatformEmitter } from './fake-platform.ts';

/**
 * Tray, Menu and nativeImage as the real ones behave:
 * - `nativeImage.createFromPath` of a file that is missing (or empty) gives an empty image, and a
 *   tray made from it shows nothing at all.
 * - A click means different things per OS (electronjs.org/docs/latest/api/tray, "Platform
 *   Considerations"): on macOS a left click on an icon with a context menu opens the menu and also
 *   emits 'click'; on Windows a left click only emits 'click' and the right click opens the menu;
 *   on Linux the StatusNotifierItem host decides, and the common one (GNOME's AppIndicator) opens
 *   the menu on a left click and never sends 'click' when a menu is set.
 * - Every call on a destroyed tray throws.
 */

export interface FakeMenu {
  readonly template: Electron.MenuItemConstructorOptions[];
}

export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]): FakeMenu => ({ template }),
  /** Whether main called setApplicationMenu at all (not calling it keeps Electron's default menu). */
  applicationMenu: { set: false, menu: null } as { set: boolean; menu: FakeMenu | null },
  setApplicationMenu(menu: FakeMenu | null): void {
    Menu.applicationMenu = { set: true, menu };
  },
};
guardMethods('Menu', Menu, ['buildFromTemplate', 'setApplicationMenu']);

export interface FakeImage {
  readonly path: string;
  isEmpty(): boolean;
}

export const nativeImage = {
  createFromPath(path: string): FakeImage {
    checkMember('NativeImage', 'createFromPath');
    let empty = true;
    try {
      empty = statSync(path).size === 0;
    } catch {
      empty = true;
    }
    return { path, isEmpty: () => empty };
  },
};

export class FakeTray
  extends PlatformEmitter
  implements
    Pick<
      Electron.Tray,
      | 'setToolTip'
      | 'setTitle'
      | 'setContextMenu'
      | 'setImage'
      | 'destroy'
      | 'isDestroyed'
      | 'popUpContextMenu'
    >
{
  static all: FakeTray[] = [];
  image: FakeImage;
  tooltip = '';
  title = '';
  menu: FakeMenu | null = null;
  menuSets = 0;
  /** Every menu the user saw open, in order. */
  readonly openedMenus: FakeMenu[] = [];
  destroyed = false;

  constructor(image: FakeImage) {
    super('Tray');
    this.image = image;
    FakeTray.all.push(this);
  }
  /** Whether the user can see the icon at all. */
  iconVisible(): boolean {
    return !this.destroyed && !this.image.isEmpty();
  }
  private alive(): void {
    if (this.destroyed) throw new TypeError('Tray is destroyed');
  }
  setToolTip(text: string): void {
    this.alive();
    this.tooltip = text;
  }
  setTitle(title: string): void {
    this.alive();
    this.title = title;
  }
  setContextMenu(menu: Electron.Menu | null): void {
    this.alive();
    this.menu = menu as unknown as FakeMenu;
    this.menuSets += 1;
  }
  setImage(image: Electron.NativeImage | string): void {
    this.alive();
    this.image = image as unknown as FakeImage;
  }
  popUpContextMenu(menu?: Electron.Menu): void {
    this.alive();
    const shown = (menu as unknown as FakeMenu | undefined) ?? this.menu;
    if (shown) this.openedMenus.push(shown);
  }
  destroy(): void {
    this.alive();
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Test control: the user left-clicks the icon, with what each OS then does. */
  click(bounds: Electron.Rectangle = { x: 1880, y: 0, width: 24, height: 24 }): void {
    this.alive();
    const os = fakePlatform().os;
    if (os === 'linux') {
      if (this.menu) this.openedMenus.push(this.menu);
      else this.emit('click', {}, bounds, { x: bounds.x, y: bounds.y });
      return;
    }
    if (os === 'darwin' && this.menu) this.openedMenus.push(this.menu);
    this.emit('click', {}, bounds, { x: bounds.x, y: bounds.y });
  }
  /** Test control: the user right-clicks the icon. */
  rightClick(bounds: Electron.Rectangle = { x: 1880, y: 0, width: 24, height: 24 }): void {
    this.alive();
    if (fakePlatform().os !== 'linux') this.emit('right-click', {}, bounds);
    if (this.menu) this.openedMenus.push(this.menu);
  }
}
guardMethods('Tray', FakeTray.prototype, [
  'setToolTip',
  'setTitle',
  'setContextMenu',
  'setImage',
  'popUpContextMenu',
  'destroy',
  'isDestroyed',
]);
