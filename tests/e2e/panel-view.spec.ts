import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { runningSnapshot } from '../support/app-fixtures.ts';
import { waitForFadeIn } from './support/fade-in.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

function snapshot(dueInMs: number): SchedulerSnapshot {
  return runningSnapshot(Date.now(), dueInMs);
}

function open(locale: 'en' | 'nl', theme: 'light' | 'dark') {
  return openPage({
    page: 'panel.html',
    locale,
    theme,
    fake: {
      responses: {
        'scheduler:get': snapshot(12 * 60_000 + 30_000),
        'stats:days': [
          {
            date: '2026-01-01',
            offered: 5,
            taken: 4,
            postponed: 1,
            skipped: 0,
            natural: 0,
            breathingSeconds: 7 * 60,
            floorSessions: 0,
            floorSeconds: 0,
            feelings: { calmer: 2, same: 1, tenser: 0 },
            held: { presentation: 0, fullscreen: 0, call: 0, 'do-not-disturb': 0, 'excluded-app': 0 },
            checkins: [],
          },
        ],
      },
    },
  });
}

// The shared helper injects axe with addScriptTag, which the page's CSP (script-src 'self') blocks;
// evaluating the source through the DevTools protocol is not subject to the page's CSP.
async function seriousA11yViolations(page: Page): Promise<string[]> {
  await waitForFadeIn(page);
  const source = await readFile(
    join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
    'utf8',
  );
  await page.evaluate(source);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

afterAll(closeE2eEnvironment);

describe('tray panel in Chromium', () => {
  it('shows the countdown and pauses through the bridge', async () => {
    const { page, fake, errors, close } = await open('en', 'light');
    await page.getByText('in 13 min').waitFor();
    await page.getByText('7 minutes breathed').waitFor();
    await page.getByRole('button', { name: '1 hour' }).click();
    expect(await fake.callsTo('schedule:pause')).toEqual([{ minutes: 60 }]);
    await page.getByRole('button', { name: 'Breathe now' }).press('Enter');
    expect(await fake.callsTo('break:start')).toEqual([{ kind: 'breathing' }]);
    expect(errors).toEqual([]);
    await close();
  });

  for (const locale of ['en', 'nl'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`fits 320x380 in ${locale}, ${theme}, without serious axe findings`, async () => {
        const { page, close } = await open(locale, theme);
        await page.getByTestId('panel-today').getByText(/7/).waitFor();
        expect(
          await page.evaluate(
            () =>
              (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document
                .documentElement.scrollHeight,
          ),
        ).toBeLessThanOrEqual(380);
        expect(await seriousA11yViolations(page)).toEqual([]);
        await saveScreenshot(page, `panel-${locale}-${theme}`);
        await close();
      });
    }
  }
});
