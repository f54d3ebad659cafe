import type { ThemeSetting } from './settings/types.ts';

/**
 * The page background of each theme (tokens.css `--bg`; a test keeps the two equal). A window is
 * created with this colour, so it opens in the theme's background and dark mode never flashes light
 * before the page has painted.
 */
export const THEME_BACKGROUNDS = { light: '#f5f3ee', dark: '#0f1719' } as const;

export function themeBackground(theme: ThemeSetting, systemPrefersDark: boolean): string {
  const dark = theme === 'dark' || (theme === 'system' && systemPrefersDark);
  return dark ? THEME_BACKGROUNDS.dark : THEME_BACKGROUNDS.light;
}
