/**
 * The size of every window main opens, in CSS pixels. One source for main (window options,
 * placement) and for the e2e and screenshot runs, so a layout is always tested at the size the
 * user sees.
 */
export type WindowKind = 'break' | 'notice' | 'panel' | 'app';

/**
 * Every size main opens a window at: one per window kind, plus the break window while it holds a
 * floor session ("Lie down and breathe"), which is wider so the dark, dim screen covers more of
 * the bright desktop behind it while still fitting a 1366x768 screen.
 */
export type WindowSizeName = WindowKind | 'floor';

export interface WindowSize {
  readonly width: number;
  readonly height: number;
}

export const WINDOW_SIZES: Readonly<Record<WindowSizeName, WindowSize>> = {
  break: { width: 560, height: 640 },
  floor: { width: 720, height: 680 },
  notice: { width: 380, height: 150 },
  panel: { width: 320, height: 380 },
  app: { width: 860, height: 640 },
};
