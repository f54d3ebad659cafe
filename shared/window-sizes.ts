/**
 * The size of every window main opens, in CSS pixels. One source for main (window options,
 * placement) and for the e2e and screenshot runs, so a layout is always tested at the size the
 * user sees.
 */
export type WindowKind = 'break' | 'notice' | 'panel' | 'app';

export interface WindowSize {
  readonly width: number;
  readonly height: number;
}

export const WINDOW_SIZES: Readonly<Record<WindowKind, WindowSize>> = {
  break: { width: 560, height: 640 },
  notice: { width: 380, height: 150 },
  panel: { width: 320, height: 380 },
  app: { width: 860, height: 640 },
};
