import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_BACKGROUNDS, themeBackground } from '../../shared/theme-background.ts';

describe('theme background of a new window', () => {
  it('follows the setting, and the system only when the setting is system', () => {
    expect(themeBackground('light', true)).toBe(THEME_BACKGROUNDS.light);
    expect(themeBackground('dark', false)).toBe(THEME_BACKGROUNDS.dark);
    expect(themeBackground('system', true)).toBe(THEME_BACKGROUNDS.dark);
    expect(themeBackground('system', false)).toBe(THEME_BACKGROUNDS.light);
  });

  it("is the page's own --bg in each theme (tokens.css), so the window and the page never differ", async () => {
    const css = await readFile(
      join(import.meta.dirname, '..', '..', 'renderer', 'styles', 'tokens.css'),
      'utf8',
    );
    const light = /:root\s*\{[^}]*--bg:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    const dark = /:root\[data-theme="dark"\]\s*\{[^}]*--bg:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    expect({ light, dark }).toEqual(THEME_BACKGROUNDS);
  });
});
