import { afterAll, describe, expect, it } from 'vitest';
import { findPattern } from '../../shared/exercises/patterns.ts';
import { cycleMs } from '../../shared/pacer.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { WINDOW_SIZES } from '../../shared/window-sizes.ts';
import { breathingSession } from '../support/break-sessions.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { fitReport, fits } from './support/fits.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

afterAll(closeE2eEnvironment);

const floorSession = breathingSession({ source: 'manual', durationMs: 300_000, floor: true });

const texts = {
  en: { title: 'Lie down and breathe', breath: 'Breath 1 of 18', sound: 'Sound on' },
  nl: { title: 'Ga liggen en adem', breath: 'Ademhaling 1 van 18', sound: 'Geluid aan' },
} as const;

// The break window holds a floor session at WINDOW_SIZES.floor (main opens it so; see the boot
// test): setup, breathing and the done screen must fit it, in both languages and at scale 1 and 2.
describe(`floor session in Chromium at its real size (${WINDOW_SIZES.floor.width}x${WINDOW_SIZES.floor.height})`, () => {
  for (const locale of ['en', 'nl'] as const) {
    for (const deviceScaleFactor of [1, 2] as const) {
      it(`${locale}, scale ${deviceScaleFactor}: calm setup, dark and dim breathing with sound on, soft end`, async () => {
        const { page, fake, errors, close } = await openPage({
          page: 'break.html?view=break',
          size: 'floor',
          locale,
          // Light system theme and sounds off in the preferences: the floor session is dark and
          // guided by sound regardless.
          theme: 'light',
          deviceScaleFactor,
          fake: {
            settings: { ...DEFAULT_SETTINGS, language: locale, sounds: { enabled: false, volume: 40 } },
            responses: {
              'break:session': floorSession,
              // Main's plan for the 3 minutes asked for (the fake answers as main would).
              'break:choose': breathingSession({ source: 'manual', durationMs: 180_000, floor: true }),
              'break:started': null,
              'break:complete': null,
            },
          },
        });
        expect(page.viewportSize()).toEqual(WINDOW_SIZES.floor);
        await page.waitForSelector('[data-testid="floor-setup"]');
        expect(await page.textContent('h1')).toBe(texts[locale].title);
        if (deviceScaleFactor === 1) await saveScreenshot(page, `floor-setup-${locale}`);
        expect(fits(await fitReport(page)), JSON.stringify(await fitReport(page))).toBe(true);
        expect(await seriousA11yViolations(page)).toEqual([]);
        // Dark whatever the theme: the page background is near black.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe('rgb(7, 10, 12)');

        // The first "Breath N of M" is recorded as it appears: a later read would depend on the load.
        await page.evaluate(() => {
          const g = globalThis as unknown as { __firstBreath?: string };
          new MutationObserver((_records, observer) => {
            const text = document.querySelector('[data-testid="breath-count"]')?.textContent;
            if (!text) return;
            g.__firstBreath = text;
            observer.disconnect();
          }).observe(document, { subtree: true, childList: true, characterData: true });
        });
        // 3 minutes of belly breathing: 18 breaths, begun with the pre-roll.
        await page.click('text=3 min');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-testid="pacer"][data-phase="inhale"]');
        expect(await fake.callsTo('break:choose')).toEqual([
          { patternId: 'belly', requestedMs: 18 * cycleMs(findPattern('belly')) },
        ]);
        await expect.poll(() => fake.callsTo('break:started')).toHaveLength(1);
        const firstBreath = await page.evaluate(
          () => (globalThis as unknown as { __firstBreath?: string }).__firstBreath,
        );
        expect(firstBreath).toBe(texts[locale].breath);
        expect(await page.getAttribute('[data-testid="sound"]', 'aria-pressed')).toBe('true');
        expect(await page.textContent('[data-testid="sound"]')).toBe(texts[locale].sound);
        expect(fits(await fitReport(page)), JSON.stringify(await fitReport(page))).toBe(true);
        expect(await seriousA11yViolations(page)).toEqual([]);
        if (deviceScaleFactor === 1) {
          await page.waitForTimeout(2000);
          await saveScreenshot(page, `floor-breathing-${locale}`);
        }
        await page.keyboard.press('Escape');
        await page.waitForSelector('[data-testid="done"]');
        expect(fits(await fitReport(page)), JSON.stringify(await fitReport(page))).toBe(true);
        const [completion] = (await fake.callsTo('break:complete')) as { outcome: string }[];
        expect(completion?.outcome).toBe('skipped');
        expect(errors).toEqual([]);
        await close();
      });
    }
  }
});
