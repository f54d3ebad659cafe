import { describe, expect, it } from 'vitest';
import { keyName, recordShortcut } from '../../../../renderer/app/preferences/accelerator-from-event.ts';
import { isAccelerator } from '../../../../shared/settings/accelerator.ts';

const press = (
  code: string,
  mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {},
) => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('recordShortcut', () => {
  it('records Ctrl on Linux and Windows, Cmd on macOS, as CommandOrControl', () => {
    expect(recordShortcut(press('KeyB', { ctrlKey: true, altKey: true }), 'linux').accelerator).toBe(
      'CommandOrControl+Alt+B',
    );
    expect(recordShortcut(press('KeyB', { metaKey: true, shiftKey: true }), 'darwin').accelerator).toBe(
      'CommandOrControl+Shift+B',
    );
  });

  it('is incomplete while only modifiers are held', () => {
    expect(recordShortcut(press('AltLeft', { altKey: true }), 'linux')).toEqual({
      accelerator: 'Alt',
      complete: false,
      hasModifier: true,
    });
  });

  it('produces accelerators Electron accepts for letters, digits, F-keys, arrows and punctuation', () => {
    for (const code of ['KeyZ', 'Digit7', 'F12', 'ArrowUp', 'Space', 'Slash', 'Numpad3']) {
      const recorded = recordShortcut(press(code, { ctrlKey: true }), 'win32');
      expect(recorded.complete, code).toBe(true);
      expect(isAccelerator(recorded.accelerator), recorded.accelerator).toBe(true);
    }
  });

  it('uses the physical key, so Shift or a layout does not change the letter', () => {
    expect(keyName('KeyQ')).toBe('Q');
    expect(keyName('IntlBackslash')).toBeNull();
  });
});
