import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { WINDOW_SIZES } from '../../shared/window-sizes.ts';
import { EVENING } from '../support/custom-patterns.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

afterAll(closeE2eEnvironment);

// Preferences › Breathing › Your own patterns at the app window's real size (860x640). The page
// scrolls down by design, so what must hold is what a scrolling page can break: nothing wider
// than the window, and every control of the editor inside it from left to right.
const LABELS = {
  en: {
    add: 'Add a pattern',
    name: 'Name',
    inhale: 'Breathe in',
    save: 'Save pattern',
    editor: 'New pattern',
  },
  nl: {
    add: 'Ritme toevoegen',
    name: 'Naam',
    inhale: 'Inademen',
    save: 'Ritme bewaren',
    editor: 'Nieuw ritme',
  },
} as const;

async function horizontalFit(page: Page, scope: string) {
  return page.evaluate((selector) => {
    const width = window.innerWidth;
    const root = document.scrollingElement ?? document.documentElement;
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(`${selector} button, ${selector} input, ${selector} code`),
    );
    const outside = controls
      .map((element) => ({ text: element.textContent ?? element.id, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.left < -0.5 || box.right > width + 0.5)
      .map(({ text, box }) => `${text.slice(0, 30)} ${Math.round(box.left)}-${Math.round(box.right)}`);
    return { scrollWidth: root.scrollWidth, width, outside, controls: controls.length };
  }, scope);
}

describe('custom pattern editor in Chromium, at the app window’s real size', () => {
  for (const locale of ['en', 'nl'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${locale}, ${theme}: by keyboard alone, fits the width, no serious axe finding, with a live preview`, async () => {
        const labels = LABELS[locale];
        const { page, fake, errors, close } = await openPage({
          page: 'index.html#/preferences',
          locale,
          theme,
          fake: {
            settings: {
              ...DEFAULT_SETTINGS,
              language: locale,
              breathing: { ...DEFAULT_SETTINGS.breathing, customPatterns: [EVENING] },
            },
            responses: { 'autostart:get': { supported: true, enabled: true } },
          },
        });
        expect(await page.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([
          WINDOW_SIZES.app.width,
          WINDOW_SIZES.app.height,
        ]);
        // Keyboard only: focus Add, Enter opens the editor with focus in Name.
        const add = page.getByRole('button', { name: labels.add });
        await add.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('form', { name: labels.editor }).waitFor();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('custom-pattern-name');
        await page.keyboard.type(locale === 'en' ? 'Slow evening' : 'Trage avond');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('5');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('8.5');
        // The preview breathes: its shape animates on the break window's keyframes.
        const animated = await page.evaluate(
          () => document.querySelectorAll('[data-testid="pattern-preview"] .bloom-layer').length,
        );
        expect(animated).toBe(3);
        const editor = page.getByTestId('pattern-editor');
        await editor.scrollIntoViewIfNeeded();
        const fit = await horizontalFit(page, '[data-testid="custom-patterns"]');
        expect(fit.outside, JSON.stringify(fit)).toEqual([]);
        expect(fit.scrollWidth).toBeLessThanOrEqual(fit.width);
        expect(fit.controls).toBeGreaterThan(6);
        const violations = await seriousA11yViolations(page);
        expect(violations, JSON.stringify(violations)).toEqual([]);
        await saveScreenshot(page, `custom-pattern-editor-${locale}-${theme}`);
        // Enter in a field saves: one update with the new pattern after the existing one.
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await fake.settings()).breathing.customPatterns.length).toBe(2);
        const saved = (await fake.settings()).breathing.customPatterns[1];
        expect(saved).toMatchObject({
          inhaleSeconds: 5,
          holdInSeconds: 0,
          exhaleSeconds: 8.5,
          holdOutSeconds: 0,
        });
        expect(saved?.id).toBe(locale === 'en' ? 'slow-evening' : 'trage-avond');
        expect(errors).toEqual([]);
        await close();
      });
    }
  }
});
