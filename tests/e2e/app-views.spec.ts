import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { DayStats } from '../../shared/statistics-types.ts';
import { waitForFadeIn } from './support/fade-in.ts';
import { closeE2eEnvironment, type OpenPageOptions, openPage } from './support/open-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const ROUTES = ['preferences', 'statistics', 'checkin', 'learn', 'welcome', 'about'] as const;
const HEADINGS: Record<(typeof ROUTES)[number], Record<Locale, string>> = {
  preferences: { en: 'Preferences', nl: 'Voorkeuren' },
  statistics: { en: 'Statistics', nl: 'Statistieken' },
  checkin: { en: 'Check-in', nl: 'Check-in' },
  learn: { en: 'Why breathe low', nl: 'Waarom laag ademen' },
  welcome: { en: 'Welcome to Breathing Room', nl: 'Welkom bij Breathing Room' },
  about: { en: 'About', nl: 'Over' },
};

function dateKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

// Two weeks that look lived-in, so the chart and trend have something to show.
function sampleDays(): DayStats[] {
  return Array.from({ length: 14 }, (_, index) => {
    const day = new Date();
    day.setHours(12, 0, 0, 0);
    day.setDate(day.getDate() + index - 13);
    const date = dateKey(day);
    const weekend = index % 7 === 5 || index % 7 === 6;
    const taken = weekend ? 1 : 3 + (index % 4);
    return {
      date,
      offered: taken + 2,
      taken,
      postponed: index % 3,
      skipped: weekend ? 0 : 1 + (index % 2),
      natural: index % 5 === 0 ? 2 : 0,
      breathingSeconds: taken * 60,
      floorSessions: index % 4 === 1 ? 1 : 0,
      floorSeconds: index % 4 === 1 ? 300 : 0,
      feelings: { calmer: taken - 1, same: 1, tenser: index % 6 === 0 ? 1 : 0 },
      held: {
        presentation: index % 3 === 0 ? 1 : 0,
        fullscreen: 0,
        call: weekend ? 0 : 1,
        'do-not-disturb': 0,
        'excluded-app': 0,
      },
      checkins:
        index % 4 === 1
          ? [
              {
                atMs: Date.now() - (13 - index) * 86_400_000,
                answers: {
                  'deep-breath-hard': index < 7 ? 2 : 1,
                  'belly-back-pressure': 1,
                  'tired-despite-rest': index < 7 ? 2 : 1,
                  'breath-high': index < 7 ? 2 : 0,
                  'short-of-breath': 0,
                },
              },
            ]
          : [],
    };
  });
}

function open(route: string, extra: Partial<OpenPageOptions> = {}) {
  return openPage({
    page: `index.html#/${route}`,
    ...extra,
    fake: {
      responses: {
        'stats:days': sampleDays(),
        'autostart:get': { supported: true, enabled: true },
        'stats:export-csv': { saved: true, path: '/home/you/breathing-room.csv' },
      },
      ...extra.fake,
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

describe('app window views in Chromium', () => {
  it('a preferences change reaches the bridge and an invalid one is refused inline', async () => {
    const { page, fake, errors, close } = await open('preferences');
    const interval = page.getByLabel('Every (minutes)').first();
    await interval.fill('30');
    await interval.press('Tab');
    await expect.poll(async () => (await fake.settings()).breathing.intervalMinutes).toBe(30);
    expect(await fake.callsTo('settings:update')).toContainEqual({ breathing: { intervalMinutes: 30 } });

    await interval.fill('2');
    await interval.press('Tab');
    await page.getByText('Choose a whole number from 5 to 180.').waitFor();
    expect(await interval.inputValue()).toBe('2');
    expect((await fake.settings()).breathing.intervalMinutes).toBe(30);

    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Voorkeuren' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('Schedule From and Until line up, although only Until has a hint under it', async () => {
    const { page, close } = await open('preferences');
    const from = await page.getByLabel('From', { exact: true }).boundingBox();
    const until = await page.getByLabel('Until', { exact: true }).boundingBox();
    expect(from && until).toBeTruthy();
    expect(Math.abs((from?.y ?? 0) - (until?.y ?? 0))).toBeLessThan(1);
    expect(Math.abs((from?.height ?? 0) - (until?.height ?? 0))).toBeLessThan(1);
    await close();
  });

  it('an empty statistics page styles its check-in link like the app, not the browser default', async () => {
    const { page, close } = await open('statistics', { fake: { responses: { 'stats:days': [] } } });
    const link = page.locator('#content').getByRole('link', { name: 'Check-in' });
    await link.waitFor();
    const colour = await link.evaluate((element) => getComputedStyle(element).color);
    const accent = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--accent)';
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    });
    expect(colour).toBe(accent);
    await close();
  });

  it('records a shortcut from real key presses', async () => {
    const { page, fake, close } = await open('preferences');
    await page.getByLabel('Shortcut', { exact: true }).focus();
    await page.keyboard.press('Control+Shift+K');
    await expect
      .poll(async () => (await fake.settings()).shortcut.breatheNow)
      .toBe('CommandOrControl+Shift+K');
    await close();
  });

  it('check-in by keyboard only saves the answers and suggests exercises', async () => {
    const { page, fake, close } = await open('checkin');
    // Nothing is selected at first: Tab reaches each group's first choice, and arrows choose.
    const first = page.getByRole('radio', { name: 'Not at all' }).first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    for (let group = 1; group < 5; group += 1) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'See what may help' }).press('Enter');
    await page.getByText('Saved. Here is what may help.').waitFor();
    const saved = (await fake.callsTo('checkin:save'))[0];
    expect(saved?.answers['deep-breath-hard']).toBe(2);
    await close();
  });

  for (const [locale, theme] of [
    ['en', 'light'],
    ['nl', 'dark'],
  ] as const) {
    it(`check-in in ${locale}, ${theme}: "See what may help" looks unavailable until all five are answered, and Tab still reaches it`, async () => {
      const { page, fake, errors, close } = await open('checkin', { locale, theme });
      const submit = page.locator('.checkin__submit');
      await submit.waitFor();
      await waitForFadeIn(page);
      const looks = () =>
        submit.evaluate((button) => {
          const style = getComputedStyle(button);
          const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
          const probe = document.createElement('div');
          probe.style.color = accent;
          document.body.append(probe);
          const accentRgb = getComputedStyle(probe).color;
          probe.remove();
          return {
            accentBackground: style.backgroundColor === accentRgb,
            cursor: style.cursor,
            ariaDisabled: button.getAttribute('aria-disabled'),
            disabled: (button as HTMLButtonElement).disabled,
            describedBy: document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent,
          };
        });
      const total = locale === 'en' ? '0 of 5 answered' : '0 van de 5 beantwoord';
      expect(await looks()).toEqual({
        accentBackground: false,
        cursor: 'not-allowed',
        ariaDisabled: 'true',
        disabled: false,
        describedBy: total,
      });
      // By keyboard: Tab from the last question reaches the button; Enter takes focus to the first
      // open question and saves nothing.
      await page.locator('input[name="signal-short-of-breath"]').first().focus();
      await page.keyboard.press('Tab');
      expect(await submit.evaluate((button) => document.activeElement === button)).toBe(true);
      await page.keyboard.press('Enter');
      expect(
        await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? null),
      ).toBe('signal-deep-breath-hard');
      expect(await fake.callsTo('checkin:save')).toEqual([]);
      // Answered: it looks like the main action again and saves.
      for (const group of await page.locator('fieldset.signal').all()) {
        await group.locator('input').first().check({ force: true });
      }
      expect(await looks()).toMatchObject({ accentBackground: true, cursor: 'pointer', ariaDisabled: null });
      await submit.press('Enter');
      await expect.poll(async () => (await fake.callsTo('checkin:save')).length).toBe(1);
      expect(errors).toEqual([]);
      await close();
    });
  }

  for (const locale of ['en', 'nl'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      // One test per view, so a loaded machine's slow axe run of one view does not eat the others' time.
      for (const route of ROUTES) {
        it(`${route} in ${locale}, ${theme}: right language, theme applied, no serious axe finding`, async () => {
          const { page, errors, close } = await open(route, { locale, theme });
          await page.getByRole('heading', { level: 1, name: HEADINGS[route][locale] }).waitFor();
          if (route === 'statistics') await page.getByTestId('stats-chart').waitFor();
          expect(
            await page.evaluate(
              () =>
                (globalThis as unknown as { document: { documentElement: { dataset: { theme?: string } } } })
                  .document.documentElement.dataset.theme,
            ),
          ).toBe(theme);
          expect(
            await page.evaluate(
              () =>
                (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
                  .documentElement.lang,
            ),
          ).toBe(locale);
          expect(await seriousA11yViolations(page), `${route} ${locale} ${theme}`).toEqual([]);
          await saveScreenshot(page, `${route}-${locale}-${theme}`);
          expect(errors).toEqual([]);
          await close();
        });
      }
    }
  }
});
