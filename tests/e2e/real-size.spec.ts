import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CUSTOM_PATTERN_LIMITS } from '../../shared/domain/custom-patterns.ts';
import type { CustomPatternId } from '../../shared/domain/pattern-ids.ts';
import { exercises } from '../../shared/exercises/index.ts';
import { breathingPatterns } from '../../shared/exercises/patterns.ts';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { WINDOW_SIZES } from '../../shared/window-sizes.ts';
import { runningSnapshot } from '../support/app-fixtures.ts';
import { breathingSession, noticeSnapshot, stretchSession } from '../support/break-sessions.ts';
import { type FitReport, fitReport, fits } from './support/fits.ts';
import { closeE2eEnvironment, type OpenPageOptions, openPage } from './support/open-page.ts';

afterAll(closeE2eEnvironment);

// Every view at the size main gives its window (openPage reads WINDOW_SIZES, as main does), at
// device scale 1 and 2, in both languages and both themes. The break, notice and panel windows are
// frameless, fixed-size and on top: a page that scrolls there hides its controls, so any scrolling
// or any control outside the viewport fails.
const variants = ([1, 2] as const).flatMap((deviceScaleFactor) =>
  (['nl', 'en'] as const).flatMap((locale) =>
    (['light', 'dark'] as const).map((theme) => ({ deviceScaleFactor, locale, theme })),
  ),
);

type Variant = (typeof variants)[number];

async function expectFits(page: Page, what: string): Promise<FitReport> {
  const report = await fitReport(page);
  expect(fits(report), `${what} does not fit: ${JSON.stringify(report)}`).toBe(true);
  return report;
}

function open(variant: Variant, options: OpenPageOptions) {
  return openPage({ ...variant, ...options });
}

/**
 * The rows of the breathe-now pattern list as the window shows them, once scrolling has settled:
 * which rows are cut by the list's edge without that edge fading out to say the list goes on.
 */
async function patternRows(page: Page) {
  // Two frames: a scroll into view and its snapping are done by then.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.$eval('.pattern-list', (list) => {
    const box = list.getBoundingClientRect();
    const top = box.top + list.clientTop;
    const bottom = top + list.clientHeight;
    const style = getComputedStyle(list);
    const masked = style.maskImage !== 'none' && style.maskImage !== '';
    // "More" is said at an edge by its fade and by its chevron, drawn over that edge.
    const marked = (edge: 'above' | 'below') => {
      const mark = document.querySelector(`[data-testid="pattern-more-${edge}"]`) as HTMLElement;
      const at = mark.getBoundingClientRect();
      const edgeY = edge === 'above' ? box.top : box.bottom;
      return (
        masked &&
        list.hasAttribute(`data-more-${edge}`) &&
        getComputedStyle(mark).visibility === 'visible' &&
        at.top - 4 <= edgeY &&
        at.bottom + 4 >= edgeY
      );
    };
    const moreAbove = marked('above');
    const moreBelow = marked('below');
    const cut: string[] = [];
    for (const option of Array.from(list.querySelectorAll<HTMLElement>('.pattern-option'))) {
      const row = option.getBoundingClientRect();
      if (row.bottom <= top || row.top >= bottom) continue;
      const cutAbove = row.top < top - 0.5;
      const cutBelow = row.bottom > bottom + 0.5;
      if ((cutAbove && !moreAbove) || (cutBelow && !moreBelow)) {
        cut.push(
          `${option.textContent} ${Math.round(row.top - top)}..${Math.round(row.bottom - top)} of ${Math.round(bottom - top)}`,
        );
      }
    }
    return {
      cut,
      scrolls: list.scrollHeight > list.clientHeight + 0.5,
      moreAbove,
      moreBelow,
      scrollTop: list.scrollTop,
    };
  });
}

/** What kind of control End is and where it sits: its row, its neighbours, its looks. */
function endControl(page: Page) {
  return page.$eval('[data-testid="end"]', (end) => {
    const row = end.parentElement as HTMLElement;
    const box = end.getBoundingClientRect();
    const pause = row.querySelector('[data-testid="pause"]')?.getBoundingClientRect();
    const style = getComputedStyle(end);
    return {
      tag: end.tagName,
      role: end.getAttribute('role') ?? (end.tagName === 'BUTTON' ? 'button' : 'none'),
      classes: end.className,
      row: row.className,
      lastInRow: row.lastElementChild === end,
      rowAboveKeys: row.nextElementSibling?.classList.contains('keys-hint') ?? false,
      besidePause: pause !== undefined && Math.abs(pause.top - box.top) < 1 && pause.right < box.left,
      wholeInView: box.top >= 0 && box.bottom <= window.innerHeight,
      fontSize: style.fontSize,
      height: Math.round(box.height),
    };
  });
}

const refused = { ok: false, error: { code: 'refused', message: 'no break to act on' } } as const;

const pausedPanel: SchedulerSnapshot = runningSnapshot(0, 0, { state: 'paused', next: null, paused: true });

describe.each(variants)('real sizes at scale $deviceScaleFactor, $locale, $theme', (variant) => {
  it(`notice (${WINDOW_SIZES.notice.width}x${WINDOW_SIZES.notice.height}): every kind, strict and waiting for typing to stop`, async () => {
    const snapshots = [
      noticeSnapshot(Date.now()),
      noticeSnapshot(Date.now(), { kind: 'stretch' }),
      noticeSnapshot(Date.now(), { strict: true, waitingForInputPause: true, kind: 'stretch' }),
      noticeSnapshot(Date.now(), { strict: true, kind: 'breathing' }),
    ];
    const { page, fake, errors, close } = await open(variant, {
      page: 'break.html?view=notice',
      fake: { responses: { 'scheduler:get': snapshots[0] } },
    });
    await page.waitForSelector('[data-testid="notice"][data-kind="breathing"]');
    await expectFits(page, 'notice breathing');
    for (const [index, snapshot] of snapshots.slice(1).entries()) {
      await fake.emit('scheduler:changed', snapshot);
      await page.waitForSelector(`[data-testid="notice"][data-kind="${snapshot.notice?.kind}"]`);
      await expectFits(page, `notice variant ${index + 1}`);
    }
    expect(errors).toEqual([]);
    await close();
  });

  // Main refuses (strict mode, the break already gone), so the window says so; the refusal must fit
  // with the actions, not push the page past its edge.
  for (const strict of [false, true]) {
    it(`notice when main refuses ${strict ? 'Start now, strict and waiting for typing' : 'Postpone'}: the refusal fits`, async () => {
      const snapshot = strict
        ? noticeSnapshot(Date.now(), { strict: true, waitingForInputPause: true, kind: 'stretch' })
        : noticeSnapshot(Date.now());
      const { page, errors, close } = await open(variant, {
        page: 'break.html?view=notice',
        fake: {
          responses: {
            'scheduler:get': snapshot,
            // A refusal as main sends it: an IpcResult that is not ok (the fake passes it through).
            [strict ? 'break:start' : 'break:postpone']: refused as never,
          },
        },
      });
      await page.waitForSelector(`[data-testid="notice"][data-kind="${snapshot.notice?.kind}"]`);
      await page.click(strict ? '[data-testid="start-now"]' : '[data-testid="postpone"]');
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="refusal"]')?.textContent ?? '') !== '',
      );
      await expectFits(page, 'notice with a refusal');
      // The refusal is wholly in view, above the row of actions and clear of the window's edge.
      const boxes = await page.evaluate(() => {
        const refusal = (
          document.querySelector('[data-testid="refusal"]') as HTMLElement
        ).getBoundingClientRect();
        const actions = (document.querySelector('.notice-actions') as HTMLElement).getBoundingClientRect();
        return { refusalBottom: refusal.bottom, actionsTop: actions.top, height: window.innerHeight };
      });
      expect(boxes.refusalBottom, JSON.stringify(boxes)).toBeLessThanOrEqual(boxes.actionsTop);
      expect(boxes.refusalBottom, JSON.stringify(boxes)).toBeLessThanOrEqual(boxes.height - 8);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it(`breathe-now setup (${WINDOW_SIZES.break.width}x${WINDOW_SIZES.break.height}): Begin stays in view for every pattern`, async () => {
    const { page, errors, close } = await open(variant, {
      page: 'break.html?view=break',
      fake: { responses: { 'break:session': breathingSession({ source: 'manual', durationMs: 60_000 }) } },
    });
    await page.waitForSelector('[data-testid="setup"]');
    for (const pattern of breathingPatterns) {
      await page.click(`input[name="pattern"][value="${pattern.id}"]`, { force: true });
      await page.waitForSelector(`[data-testid="setup"][data-pattern="${pattern.id}"]`);
      await expectFits(page, `setup ${pattern.id}`);
      const rows = await patternRows(page);
      // Every row the list shows is whole, or cut at an edge that visibly says "more this way".
      expect(rows.cut, `setup ${pattern.id}: ${JSON.stringify(rows)}`).toEqual([]);
      // When the list scrolls it says so at an edge, whatever the scrollbar does.
      if (rows.scrolls) expect(rows.moreAbove || rows.moreBelow, JSON.stringify(rows)).toBe(true);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('breathe-now setup with twelve patterns of your own: the list scrolls by itself, Begin stays in view', async () => {
    const own = Array.from({ length: CUSTOM_PATTERN_LIMITS.maxCount }, (_, index) => ({
      id: `own-${index + 1}` as CustomPatternId,
      // As long as a name may be, so the longest labels are measured.
      name: `Evening calm with a long slow exhale ${String(index + 1).padStart(2, '0')}`.slice(0, 40),
      inhaleSeconds: 4,
      holdInSeconds: index % 2 === 0 ? 0 : 2,
      exhaleSeconds: 6.5,
      holdOutSeconds: 0,
    }));
    const last = own.at(-1) as (typeof own)[number];
    const { page, errors, close } = await open(variant, {
      page: 'break.html?view=break',
      fake: {
        settings: {
          ...DEFAULT_SETTINGS,
          language: variant.locale,
          breathing: { ...DEFAULT_SETTINGS.breathing, customPatterns: own },
        },
        responses: { 'break:session': breathingSession({ source: 'manual', durationMs: 60_000 }) },
      },
    });
    await page.waitForSelector('[data-testid="setup"]');
    expect(await page.locator('input[name="pattern"]').count()).toBe(breathingPatterns.length + own.length);
    const report = await expectFits(page, 'setup with twelve own patterns');
    // The list really scrolls inside itself rather than being cut off.
    const list = await page.$eval('.pattern-list', (element) => ({
      scrolls: element.scrollHeight > element.clientHeight,
      overflowY: getComputedStyle(element).overflowY,
    }));
    expect(list).toEqual({ scrolls: true, overflowY: 'auto' });
    const firstRows = await patternRows(page);
    expect(firstRows.cut, JSON.stringify(firstRows)).toEqual([]);
    expect(firstRows.moreAbove || firstRows.moreBelow, JSON.stringify(firstRows)).toBe(true);
    expect(report.scroll.height).toBeLessThanOrEqual(WINDOW_SIZES.break.height);
    // By keyboard: the last of the user's own patterns is reached, scrolled into view and chosen.
    await page.focus('input[name="pattern"]:checked');
    await page.keyboard.press('ArrowUp');
    await page.waitForSelector(`[data-testid="setup"][data-pattern="${last.id}"]`);
    const lastBox = await page.$eval(`input[value="${last.id}"]`, (input) => {
      const label = (input.closest('label') as HTMLElement).getBoundingClientRect();
      const list = (input.closest('.pattern-list') as HTMLElement).getBoundingClientRect();
      return { inList: label.top >= list.top - 1 && label.bottom <= list.bottom + 1 };
    });
    expect(lastBox).toEqual({ inList: true });
    await expectFits(page, `setup with ${last.id} chosen`);
    const rows = await patternRows(page);
    expect(rows.cut, JSON.stringify(rows)).toEqual([]);
    expect(rows.moreAbove, JSON.stringify(rows)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  for (const reducedMotion of [false, true]) {
    it(`breathing break settling in, breathing and done${reducedMotion ? ' with reduced motion' : ''}`, async () => {
      const { page, errors, close } = await open(variant, {
        page: 'break.html?view=break',
        reducedMotion,
        fake: {
          responses: {
            'break:session': breathingSession({ patternId: 'four-seven-eight', durationMs: 76_000 }),
          },
        },
      });
      await page.waitForSelector('[data-testid="pacer"]');
      await expectFits(page, 'pacer settling in');
      await page.waitForSelector('[data-testid="pacer"][data-phase="inhale"]');
      await expectFits(page, 'pacer breathing');
      await page.keyboard.press('Space');
      await page.waitForSelector('[data-testid="pacer"][data-paused="true"]');
      await expectFits(page, 'pacer paused');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="done"]');
      await expectFits(page, 'done');
      await page.click('[data-testid="feeling-calmer"]');
      await expectFits(page, 'done, feeling chosen');
      expect(errors).toEqual([]);
      await close();
    });
  }

  for (const strict of [false, true]) {
    it(`stretch break: every step of every exercise in the library${strict ? ', strict' : ''}`, async () => {
      const ids = exercises.map((exercise) => exercise.id);
      const { page, errors, close } = await open(variant, {
        page: 'break.html?view=break',
        fake: {
          responses: { 'break:session': stretchSession({ exerciseIds: ids, strict, durationMs: 60_000 }) },
        },
      });
      if (strict) {
        // Strict: no Skip, and Next waits for each timer; the first step shows every control there is.
        await page.waitForSelector(`[data-testid="stretch"][data-exercise="${ids[0]}"][data-step="0"]`);
        await expectFits(page, `${ids[0]} strict`);
      }
      for (const exercise of strict ? [] : exercises) {
        for (const [stepIndex] of exercise.steps.entries()) {
          await page.waitForSelector(
            `[data-testid="stretch"][data-exercise="${exercise.id}"][data-step="${stepIndex}"]`,
          );
          await expectFits(page, `${exercise.id} step ${stepIndex + 1}`);
          await page.click('[data-testid="next"]');
        }
      }
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('End is the same control in the same place in breathing and stretch breaks', async () => {
    const seen: Awaited<ReturnType<typeof endControl>>[] = [];
    for (const session of [
      breathingSession({ patternId: 'four-seven-eight', durationMs: 76_000 }),
      stretchSession({ exerciseIds: ['seated-figure-four'], durationMs: 60_000 }),
    ]) {
      const { page, errors, close } = await open(variant, {
        page: 'break.html?view=break',
        fake: { responses: { 'break:session': session } },
      });
      await page.waitForSelector('[data-testid="end"]');
      await expectFits(page, `${session.kind} break`);
      seen.push(await endControl(page));
      expect(errors).toEqual([]);
      await close();
    }
    const [breathing, stretch] = seen;
    expect(breathing).toMatchObject({
      tag: 'BUTTON',
      role: 'button',
      lastInRow: true,
      rowAboveKeys: true,
      besidePause: true,
      wholeInView: true,
    });
    const { height: breathingHeight, ...breathingRest } = breathing ?? { height: 0 };
    const { height: stretchHeight, ...stretchRest } = stretch ?? { height: 0 };
    expect(stretchRest).toEqual(breathingRest);
    expect(Math.abs(stretchHeight - breathingHeight)).toBeLessThanOrEqual(2);
  });

  it('tray panel while running: every pause choice, "Until tomorrow" too, stays on one line', async () => {
    const { page, errors, close } = await open(variant, {
      page: 'panel.html',
      fake: {
        responses: {
          'scheduler:get': runningSnapshot(Date.now(), 750_000),
          'stats:days': [],
        },
      },
    });
    await page.waitForSelector('.panel__chip');
    await expectFits(page, 'panel running');
    const heights = await page.$$eval('.panel__chip', (chips) =>
      chips.map((chip) => chip.getBoundingClientRect().height),
    );
    expect(new Set(heights).size).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it(`tray panel (${WINDOW_SIZES.panel.width}x${WINDOW_SIZES.panel.height}) while paused`, async () => {
    const { page, errors, close } = await open(variant, {
      page: 'panel.html',
      fake: { responses: { 'scheduler:get': pausedPanel, 'stats:days': [] } },
    });
    await page.waitForSelector('.panel');
    await page.waitForTimeout(100);
    await expectFits(page, 'panel paused');
    expect(errors).toEqual([]);
    await close();
  });
});
