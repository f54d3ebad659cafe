import { describe, expect, it } from 'vitest';
import { isAccelerator } from '../../../shared/settings/accelerator.ts';

describe('isAccelerator', () => {
  it.each([
    'CommandOrControl+Alt+B',
    'CmdOrCtrl+Shift+Space',
    'Alt+F12',
    'F24',
    'Super+Plus',
    'Ctrl+/',
    'Option+num5',
    'control+shift+b',
    'Meta+MediaPlayPause',
    'AltGr+Esc',
  ])('accepts %s', (value) => {
    expect(isAccelerator(value)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['modifiers only', 'Ctrl+Shift'],
    ['two keys', 'Ctrl+A+B'],
    ['unknown key', 'Ctrl+Banana'],
    ['unknown modifier', 'Hyper+B'],
    ['repeated modifier', 'Ctrl+Ctrl+B'],
    ['alias of the same modifier', 'Cmd+Command+B'],
    ['F25', 'Alt+F25'],
    ['trailing plus', 'Ctrl+'],
    ['spaces', 'Ctrl + B'],
    ['prototype name as modifier', 'constructor+B'],
    ['too long', `${'Ctrl+'.repeat(13)}B`],
  ])('refuses %s', (_label, value) => {
    expect(isAccelerator(value)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAccelerator(42)).toBe(false);
    expect(isAccelerator(null)).toBe(false);
  });
});
