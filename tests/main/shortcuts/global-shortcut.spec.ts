import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../main/logger.ts';
import { createShortcutBinding } from '../../../main/shortcuts/global-shortcut.ts';
import { globalShortcut, resetFakeElectron } from '../fakes/fake-electron.ts';

beforeEach(() => resetFakeElectron());

describe('global shortcut', () => {
  it('registers a valid accelerator, re-registers on change and releases on quit', () => {
    let pressed = 0;
    const binding = createShortcutBinding(globalShortcut, () => (pressed += 1), createMemoryLogger());
    expect(binding.apply({ enabled: true, accelerator: 'CommandOrControl+Alt+B' })).toBe('registered');
    globalShortcut.registered.get('CommandOrControl+Alt+B')?.();
    expect(pressed).toBe(1);
    expect(binding.apply({ enabled: true, accelerator: 'CommandOrControl+Alt+B' })).toBe('registered');
    expect(binding.apply({ enabled: true, accelerator: 'Alt+Shift+P' })).toBe('registered');
    expect([...globalShortcut.registered.keys()]).toEqual(['Alt+Shift+P']);
    binding.release();
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('refuses an invalid accelerator without calling Electron, and says when another app holds one', () => {
    const binding = createShortcutBinding(globalShortcut, () => {}, createMemoryLogger());
    expect(binding.apply({ enabled: true, accelerator: 'Ctrl+Banana' })).toBe('invalid');
    expect(globalShortcut.registered.size).toBe(0);
    globalShortcut.takenByOthers.add('Alt+Shift+P');
    expect(binding.apply({ enabled: true, accelerator: 'Alt+Shift+P' })).toBe('taken');
    expect(binding.current()).toBeNull();
  });

  it('turning it off releases it', () => {
    const binding = createShortcutBinding(globalShortcut, () => {}, createMemoryLogger());
    binding.apply({ enabled: true, accelerator: 'CommandOrControl+Alt+B' });
    expect(binding.apply({ enabled: false, accelerator: 'CommandOrControl+Alt+B' })).toBe('off');
    expect(globalShortcut.registered.size).toBe(0);
  });
});

describe('global shortcut without a modifier', () => {
  it.each(['A', 'Enter', 'Space', 'F5', 'Shift+A'])(
    'never registers %s (it would take a typing key from every app)',
    (accelerator) => {
      const log = createMemoryLogger();
      const binding = createShortcutBinding(globalShortcut, () => {}, log);
      expect(binding.apply({ enabled: true, accelerator })).toBe('invalid');
      expect(globalShortcut.registered.size).toBe(0);
      expect(log.lines).toHaveLength(1);
    },
  );

  it('registers F13–F24 alone', () => {
    const binding = createShortcutBinding(globalShortcut, () => {}, createMemoryLogger());
    expect(binding.apply({ enabled: true, accelerator: 'F19' })).toBe('registered');
  });
});

describe('global shortcut where the session has none (Wayland)', () => {
  it('never asks Electron and answers "unavailable", not "taken"', () => {
    const binding = createShortcutBinding(
      globalShortcut,
      () => {},
      createMemoryLogger(),
      'unavailable-on-wayland',
    );
    expect(binding.apply({ enabled: true, accelerator: 'CommandOrControl+Alt+B' })).toBe('unavailable');
    expect(globalShortcut.registered.size).toBe(0);
    expect(binding.apply({ enabled: false, accelerator: 'CommandOrControl+Alt+B' })).toBe('off');
  });
});
