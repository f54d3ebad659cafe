import type { Page } from 'playwright-core';

/**
 * Helpers for a page opened with `clock: 'paused'` (Playwright's clock emulation,
 * https://playwright.dev/docs/clock): time in the page moves only when the test moves it.
 */

/** Moves the page clock a frame (16 ms) at a time until `selector` shows; at most 10 s of page time. */
export async function runFramesUntil(page: Page, selector: string): Promise<void> {
  for (let frame = 0; (await page.$(selector)) === null; frame += 1) {
    if (frame === 625) throw new Error(`${selector} did not show within 10 s of the page clock`);
    await page.clock.runFor(16);
  }
}

/**
 * Runs `work` (an axe check, which waits on the page's own timers) while moving the page clock a
 * frame at a time, and returns its result. Page time moves on only as far as the work needed.
 */
export async function withFramesRunning<T>(page: Page, work: Promise<T>): Promise<T> {
  let settled = false;
  const outcome = work.finally(() => {
    settled = true;
  });
  while (!settled) await page.clock.runFor(16);
  return outcome;
}
