/**
 * Electron accelerator strings ("CommandOrControl+Alt+B"), checked without Electron so the
 * preferences form and the settings validator refuse a shortcut before it reaches
 * `globalShortcut.register`, which only answers with a bare `false`.
 * Lists follow Electron's accelerator documentation; names compare case-insensitively,
 * as Electron's own parser lowercases them.
 */

export const ACCELERATOR_MAX_LENGTH = 64;

// Aliases count as the modifier they stand for, so "Cmd+Command+B" is a duplicate.
// A Map, not an object literal, so a token such as "constructor" finds nothing.
const modifierGroups: ReadonlyMap<string, string> = new Map([
  ['command', 'command'],
  ['cmd', 'command'],
  ['control', 'control'],
  ['ctrl', 'control'],
  ['commandorcontrol', 'commandorcontrol'],
  ['cmdorctrl', 'commandorcontrol'],
  ['alt', 'alt'],
  ['option', 'alt'],
  ['altgr', 'altgr'],
  ['shift', 'shift'],
  ['super', 'super'],
  ['meta', 'super'],
]);

const namedKeys: ReadonlySet<string> = new Set(
  [
    'Plus',
    'Space',
    'Tab',
    'Capslock',
    'Numlock',
    'Scrolllock',
    'Backspace',
    'Delete',
    'Insert',
    'Return',
    'Enter',
    'Up',
    'Down',
    'Left',
    'Right',
    'Home',
    'End',
    'PageUp',
    'PageDown',
    'Escape',
    'Esc',
    'VolumeUp',
    'VolumeDown',
    'VolumeMute',
    'MediaNextTrack',
    'MediaPreviousTrack',
    'MediaStop',
    'MediaPlayPause',
    'PrintScreen',
    'numdec',
    'numadd',
    'numsub',
    'nummult',
    'numdiv',
  ].map((name) => name.toLowerCase()),
);

// Single printable characters Electron maps to a key code. '+' is the separator, hence "Plus".
const punctuation = new Set([...')!@#$%^&*(:;=,<-_.>/?`~[{\\|]}\'"']);

function isKey(token: string): boolean {
  const lower = token.toLowerCase();
  if (namedKeys.has(lower)) return true;
  if (/^[a-z0-9]$/.test(lower)) return true;
  if (punctuation.has(token)) return true;
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return true;
  return /^num[0-9]$/.test(lower);
}

/** True when `value` is an accelerator Electron accepts: distinct modifiers, then exactly one key. */
export function isAccelerator(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > ACCELERATOR_MAX_LENGTH) return false;
  const tokens = value.split('+');
  const key = tokens.pop();
  if (key === undefined || !isKey(key)) return false;
  const seen = new Set<string>();
  for (const token of tokens) {
    const group = modifierGroups.get(token.toLowerCase());
    if (group === undefined || seen.has(group)) return false;
    seen.add(group);
  }
  return true;
}

/** F13–F24 are on no typing keyboard's main block, so they alone may be a global shortcut. */
function isSpareFunctionKey(key: string): boolean {
  return /^f(1[3-9]|2[0-4])$/i.test(key);
}

// Shift and AltGr only pick another character of the same key ("Shift+A" types "A", "AltGr+E"
// types "€"), so they do not keep a shortcut away from typing on their own.
const typingModifiers: ReadonlySet<string> = new Set(['shift', 'altgr']);

/**
 * True when `value` may be registered system-wide: a valid accelerator with a modifier other
 * than Shift or AltGr, or F13–F24 alone. A bare "A", "Enter", "Space" or "F5" (or "Shift+A")
 * would be taken from every other app while the user types.
 */
export function isGlobalShortcut(value: unknown): value is string {
  if (!isAccelerator(value)) return false;
  const tokens = value.split('+');
  const key = tokens.pop() ?? '';
  const commandModifier = tokens.some(
    (token) => !typingModifiers.has(modifierGroups.get(token.toLowerCase()) ?? ''),
  );
  return commandModifier || isSpareFunctionKey(key);
}
