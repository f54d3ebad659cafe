import { afterAll, describe, it } from 'vitest';
import { breathingSession, noticeSnapshot, stretchSession } from '../support/break-sessions.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

afterAll(closeE2eEnvironment);

const variants = [
  { locale: 'en', theme: 'light' },
  { locale: 'nl', theme: 'light' },
  { locale: 'en', theme: 'dark' },
  { locale: 'nl', theme: 'dark' },
] as const;

// docs/screenshots/break-<view>-<locale>-<theme>.png, for the README and for looking at.
describe('break window screenshots', () => {
  for (const { locale, theme } of variants) {
    it(`breathing mid-inhale, done, stretch and notice in ${locale}, ${theme}`, async () => {
      const breathing = await openPage({
        page: 'break.html?view=break',
        locale,
        theme,
        fake: { responses: { 'break:session': breathingSession({ durationMs: 60_000 }) } },
      });
      await breathing.page.waitForSelector('[data-testid="pacer"][data-phase="inhale"]');
      // Well into the in-breath for the picture; which phase it lands in depends on the load, so
      // it is not asserted here (the pacer's timing is the bench's business).
      await breathing.page.waitForTimeout(2500);
      await saveScreenshot(breathing.page, `break-breathing-${locale}-${theme}`);
      await breathing.page.keyboard.press('Escape');
      await breathing.page.waitForSelector('[data-testid="done"]');
      await breathing.page.click('[data-testid="feeling-calmer"]');
      await saveScreenshot(breathing.page, `break-done-${locale}-${theme}`);
      await breathing.close();

      const setup = await openPage({
        page: 'break.html?view=break',
        locale,
        theme,
        fake: { responses: { 'break:session': breathingSession({ source: 'manual', durationMs: 60_000 }) } },
      });
      await setup.page.waitForSelector('[data-testid="setup"]');
      await saveScreenshot(setup.page, `break-setup-${locale}-${theme}`);
      await setup.close();

      const stretch = await openPage({
        page: 'break.html?view=break',
        locale,
        theme,
        fake: {
          responses: {
            'break:session': stretchSession({
              exerciseIds: ['hip-flexor-release-desk', 'standing-hip-circles'],
            }),
          },
        },
      });
      await stretch.page.waitForSelector('[data-testid="stretch"]');
      await stretch.page.keyboard.press('Enter');
      await stretch.page.waitForSelector('[data-testid="stretch"][data-step="1"]');
      await saveScreenshot(stretch.page, `break-stretch-${locale}-${theme}`);
      await stretch.close();

      const notice = await openPage({
        page: 'break.html?view=notice',
        locale,
        theme,
        fake: { responses: { 'scheduler:get': noticeSnapshot(Date.now()) } },
      });
      await notice.page.waitForSelector('[data-testid="notice"][data-kind="breathing"]');
      await saveScreenshot(notice.page, `break-notice-${locale}-${theme}`);
      await notice.close();
    });
  }
});
