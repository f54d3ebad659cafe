/** The two kinds of break, once: the type, the IPC validator and the statistics reader use this list. */
export const BREAK_KINDS = ['breathing', 'stretch'] as const;

export type BreakKind = (typeof BREAK_KINDS)[number];

export function isBreakKind(value: unknown): value is BreakKind {
  return typeof value === 'string' && (BREAK_KINDS as readonly string[]).includes(value);
}
