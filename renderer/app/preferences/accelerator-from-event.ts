/** The parts of a KeyboardEvent the shortcut recorder reads; plain data so it tests without a DOM. */
export interface KeyPress {
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
}

export interface RecordedShortcut {
  /** Electron accelerator text so far, e.g. "CommandOrControl+Alt+B" or "CommandOrControl+Alt" while held. */
  readonly accelerator: string;
  /** A non-modifier key was pressed: the shortcut is complete. */
  readonly complete: boolean;
  readonly hasModifier: boolean;
}

const NAMED_CODES: Readonly<Record<string, string>> = {
  Space: 'Space',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Escape',
  Minus: '-',
  Equal: '=',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Semicolon: ';',
  Quote: "'",
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
};

/**
 * Electron's name for the physical key, from `code` rather than `key`, so a layout or a held
 * Shift/Alt (which turn "b" into "B" or "∫") does not change what is recorded.
 */
export function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1] ?? null;
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) return digit[1] ?? null;
  const numpad = /^Numpad([0-9])$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return NAMED_CODES[code] ?? null;
}

/**
 * Turns a key press into an accelerator. On macOS Cmd is the app-wide modifier, elsewhere Ctrl,
 * so either is recorded as "CommandOrControl" and the shortcut travels between systems.
 */
export function recordShortcut(press: KeyPress, platform: string): RecordedShortcut {
  const mac = platform === 'darwin';
  const modifiers: string[] = [];
  if (mac ? press.metaKey : press.ctrlKey) modifiers.push('CommandOrControl');
  if (mac && press.ctrlKey) modifiers.push('Control');
  if (!mac && press.metaKey) modifiers.push('Super');
  if (press.altKey) modifiers.push('Alt');
  if (press.shiftKey) modifiers.push('Shift');
  const key = keyName(press.code);
  return {
    accelerator: [...modifiers, ...(key ? [key] : [])].join('+'),
    complete: key !== null,
    hasModifier: modifiers.length > 0,
  };
}
