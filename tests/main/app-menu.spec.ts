import { beforeEach, describe, expect, it } from 'vitest';
import { applicationMenuTemplate, applyApplicationMenu } from '../../main/app-menu.ts';
import { Menu, resetFakeElectron } from './fakes/fake-electron.ts';

function roles(template: ReturnType<typeof applicationMenuTemplate>): string[] {
  if (template === null || template === 'electron-default') return [];
  return template.map((item) => String(item.role));
}

beforeEach(() => resetFakeElectron());

describe('application menu', () => {
  it.each(['linux', 'win32'] as const)(
    'packaged on %s: no menu, so no Ctrl+R and no Ctrl+Shift+I',
    (platform) => {
      applyApplicationMenu(Menu, platform, true);
      expect(Menu.applicationMenu).toEqual({ set: true, menu: null });
    },
  );

  it('packaged on macOS: app, Edit and Window menus by role only (copy, paste, Cmd+W, Cmd+Q)', () => {
    applyApplicationMenu(Menu, 'darwin', true);
    expect(roles(applicationMenuTemplate('darwin', true))).toEqual(['appMenu', 'editMenu', 'windowMenu']);
    const set = Menu.applicationMenu;
    expect(set.set).toBe(true);
    // Electron's viewMenu role is the one with reload, force reload and toggleDevTools.
    expect(JSON.stringify(set.menu)).not.toMatch(/viewMenu|reload|toggleDevTools|forceReload/i);
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'unpacked on %s: Electron\u2019s default menu stays for development',
    (platform) => {
      applyApplicationMenu(Menu, platform, false);
      expect(Menu.applicationMenu).toEqual({ set: false, menu: null });
    },
  );
});
