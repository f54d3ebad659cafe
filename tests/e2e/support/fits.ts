import type { Page } from 'playwright-core';
import { waitForFadeIn } from './fade-in.ts';

/** What does not fit a page's viewport: scrolling, and controls drawn (partly) outside it. */
export interface FitReport {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly scroll: { readonly width: number; readonly height: number };
  /** One line per control outside the viewport: its label and its box. */
  readonly outside: readonly string[];
}

/**
 * Measures the page as the window shows it. Controls are everything a user can click or tab to;
 * the app window's skip link sits above the top edge on purpose until it has focus.
 */
export async function fitReport(page: Page): Promise<FitReport> {
  await waitForFadeIn(page);
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = window.innerWidth;
    const height = window.innerHeight;
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
    const outside: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (element.classList.contains('skip-link')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // A visually hidden radio inside its label counts through the label's box. A control inside a
      // box that scrolls on its own (a long list of choices) is reached by scrolling that box, so
      // it fits when the box does; the page itself must still not scroll.
      let scroller: HTMLElement | null = element.parentElement;
      while (scroller !== null && scroller !== document.body) {
        const overflow = getComputedStyle(scroller).overflowY;
        if ((overflow === 'auto' || overflow === 'scroll') && scroller.scrollHeight > scroller.clientHeight)
          break;
        scroller = scroller.parentElement;
      }
      const measured =
        scroller !== null && scroller !== document.body ? scroller : (element.closest('label') ?? element);
      const box = measured.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const slack = 0.5;
      if (box.left < -slack || box.top < -slack || box.right > width + slack || box.bottom > height + slack) {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.tagName).trim();
        outside.push(
          `${name.slice(0, 40)} @ ${Math.round(box.left)},${Math.round(box.top)}-${Math.round(box.right)},${Math.round(box.bottom)}`,
        );
      }
    }
    return {
      viewport: { width, height },
      scroll: { width: root.scrollWidth, height: root.scrollHeight },
      outside,
    };
  });
}

/** Fits: no scrolling either way and every control inside the viewport. */
export function fits(report: FitReport): boolean {
  return (
    report.scroll.width <= report.viewport.width &&
    report.scroll.height <= report.viewport.height &&
    report.outside.length === 0
  );
}
