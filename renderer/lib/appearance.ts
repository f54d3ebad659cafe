import type { ThemeSetting } from '../../shared/settings/types.ts';

export { effectiveReducedMotion } from '../../shared/window-fade.ts';

export type Theme = 'light' | 'dark';

export function effectiveTheme(setting: ThemeSetting | undefined, systemPrefersDark: boolean): Theme {
  if (setting === 'light' || setting === 'dark') return setting;
  return systemPrefersDark ? 'dark' : 'light';
}

/** Applies theme, motion and language to the document root, where the CSS tokens read them. */
export function applyAppearance(root: HTMLElement, theme: Theme, reducedMotion: boolean, lang: string): void {
  root.dataset.theme = theme;
  root.dataset.motion = reducedMotion ? 'reduce' : 'full';
  root.lang = lang;
}
