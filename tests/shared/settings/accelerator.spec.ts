import { describe, expect, it } from 'vitest';
import { isAccelerator, isGlobalShortcut } from '../../../shared/settings/accelerator.ts';

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

describe('isGlobalShortcut (grabbed system-wide, so it must never take a typing key)', () => {
  it.each([
    'CommandOrControl+Alt+B',
    'Alt+Shift+P',
    'Super+Space',
    'Ctrl+F5',
    'F13',
    'f24',
    'Shift+F13',
    'Option+B',
  ])('accepts %s', (value) => {
    expect(isGlobalShortcut(value)).toBe(true);
  });

  it.each([
    ['a bare letter', 'A'],
    ['Enter', 'Enter'],
    ['Space', 'Space'],
    ['a bare F1–F12 key', 'F5'],
    ['Shift with a letter (types a capital)', 'Shift+A'],
    ['AltGr with a letter (types €)', 'AltGr+E'],
    ['Shift+AltGr with a digit', 'Shift+AltGr+2'],
    ['not an accelerator at all', 'Ctrl+Banana'],
  ])('refuses %s', (_label, value) => {
    expect(isGlobalShortcut(value)).toBe(false);
  });
});
