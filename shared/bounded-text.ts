/**
 * Error texts that repeat outside input (a CLI argument, a settings key, an IPC key) end up in
 * the log and on a terminal. A local process controls that input, so the echo is kept short and
 * on one line: it can neither flood the log nor forge a second log line.
 */

/** Longest error message that may carry echoed input, in UTF-16 units (String#length). */
export const MAX_ERROR_MESSAGE_LENGTH = 200;
/** Longest piece of input repeated inside such a message. */
export const MAX_ECHO_LENGTH = 40;

const ELLIPSIS = '…';

/**
 * Every C0/C1 control (line breaks included), the line and paragraph separators, and the bidi
 * overrides and isolates that could make a log line read differently from what it holds.
 */
function isUnsafe(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x2028 && code <= 0x2029) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * Joins the pieces while they fit in `max` units, ending in "…" when something was left out.
 * Pieces are whole code points (or whole escapes), so a cut never splits a surrogate pair.
 */
function fitPieces(pieces: readonly string[], max: number): string {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  if (total <= max) return pieces.join('');
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > max - ELLIPSIS.length) break;
    out += piece;
  }
  return `${out}${ELLIPSIS}`;
}

/** A piece of untrusted input as it may appear inside an error message: escaped, one line, short. */
export function echoInput(text: string, max: number = MAX_ECHO_LENGTH): string {
  const pieces = Array.from(text, (char) =>
    isUnsafe(char) ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char,
  );
  return fitPieces(pieces, max);
}

/** A whole error message made safe to log: one line, at most MAX_ERROR_MESSAGE_LENGTH units. */
export function boundedMessage(text: string): string {
  return fitPieces(
    Array.from(text, (char) => (isUnsafe(char) ? ' ' : char)),
    MAX_ERROR_MESSAGE_LENGTH,
  );
}
