import type { Page } from 'playwright-core';

/**
 * Every window fades in (tokens.css, --fade). Measuring, checking contrast or photographing a
 * page mid-fade would see it half transparent, so those wait for the fade to finish first.
 */
export async function waitForFadeIn(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          (animation as CSSAnimation).animationName !== 'window-in' || animation.playState === 'finished',
      ),
  );
}
