import { afterAll, describe, expect, it } from 'vitest';
import { findExercise } from '../../shared/exercises/exercises.ts';
import { noticeSnapshot, stretchSession } from '../support/break-sessions.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';
import { runFramesUntil, withFramesRunning } from './support/page-clock.ts';

afterAll(closeE2eEnvironment);

describe('stretch break in Chromium', () => {
  it('steps through the exercises with Enter, times a timed step, pauses with Space and ends on the done screen', async () => {
    const session = stretchSession({ exerciseIds: ['standing-hip-circles', 'hip-flexor-release-desk'] });
    // The page's clock is paused and moved by hand: the timed step is read where the test puts it.
    const { page, fake, errors, close } = await openPage({
      page: 'break.html?view=break',
      clock: 'paused',
      fake: { responses: { 'break:session': session } },
    });
    const stretch = page.locator('[data-testid="stretch"]');
    // The stretch is in the page's first render; its timed step starts on the frame after it shows.
    await runFramesUntil(page, '[data-testid="stretch"] [data-testid="step-timer"]');
    const first = findExercise('standing-hip-circles');
    expect(await stretch.getAttribute('data-exercise')).toBe('standing-hip-circles');
    expect(await page.getAttribute('svg.illustration', 'aria-label')).toBe(first.title.en);
    expect(await page.textContent('[data-testid="place"]')).toBe('Standing');
    // The first step is 5 s, shown whole as it starts, then counting down with the page clock.
    const timer = () => page.textContent('[data-testid="step-timer"]');
    expect(await timer()).toContain('0:05');
    // 2.5 s on (the step starts a frame or two after it shows): 2.5 s left, shown rounded up.
    await page.clock.runFor(2500);
    expect(await timer()).toContain('0:03');

    // A timed step stands still while paused and moves on by itself.
    await page.keyboard.press('Space');
    expect(await stretch.getAttribute('data-paused')).toBe('true');
    const whilePaused = await timer();
    expect(whilePaused).toContain('Paused');
    // axe waits on the page's own timers: the clock runs a frame at a time while it checks the
    // paused step (however long that takes, the step cannot move on meanwhile).
    expect(await withFramesRunning(page, seriousA11yViolations(page))).toEqual([]);
    await page.clock.runFor(10_000);
    expect(await timer()).toBe(whilePaused);
    expect(await stretch.getAttribute('data-step')).toBe('0');
    await page.keyboard.press('Space');
    await runFramesUntil(page, '[data-testid="stretch"][data-step="1"]');
    expect(await page.textContent('[data-testid="step-reps"]')).toContain('6 times');

    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="stretch"][data-step="2"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector(
      '[data-testid="stretch"][data-exercise="hip-flexor-release-desk"][data-step="0"]',
    );
    const second = findExercise('hip-flexor-release-desk');
    for (let step = 1; step < second.steps.length; step += 1) {
      await page.keyboard.press('Enter');
      await page.waitForSelector(`[data-testid="stretch"][data-step="${step}"]`);
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="done"][data-ended="false"]');
    expect(await fake.callsTo('break:complete')).toEqual([{ outcome: 'taken', breathedSeconds: 0 }]);
    expect(errors).toEqual([]);
    await close();
  });

  it('goes back to the previous exercise and skips one, in Dutch', async () => {
    const { page, close } = await openPage({
      page: 'break.html?view=break',
      locale: 'nl',
      fake: {
        responses: {
          'break:session': stretchSession({
            exerciseIds: ['seated-hip-circles', 'seated-figure-four', 'mindful-walk'],
          }),
        },
      },
    });
    await page.waitForSelector('[data-testid="stretch"][data-exercise="seated-hip-circles"]');
    expect(await page.textContent('.stretch-count')).toBe('Oefening 1 van 3');
    await page.click('[data-testid="skip"]');
    await page.waitForSelector('[data-testid="stretch"][data-exercise="seated-figure-four"]');
    await page.click('[data-testid="previous"]');
    await page.waitForSelector('[data-testid="stretch"][data-exercise="seated-hip-circles"]');
    expect(await page.textContent('[data-testid="place"]')).toBe('Aan je bureau');
    await close();
  });
});

describe('notice window in Chromium', () => {
  it('counts down to the break and offers Start now, Postpone and Skip', async () => {
    const { page, fake, errors, close } = await openPage({
      page: 'break.html?view=notice',
      fake: { responses: { 'scheduler:get': noticeSnapshot(Date.now()) } },
    });
    await page.waitForSelector('[data-testid="notice"][data-kind="breathing"]');
    // Counted from the snapshot's 30 s notice; how much has passed depends on the load, so only
    // the model's bound is asserted: never more than the notice's 30 s, never a negative time.
    const countdown = (await page.textContent('[data-testid="notice-countdown"]')) ?? '';
    expect(countdown).toMatch(/^Starts in 0:[0-3]\d$/);
    expect(Number(countdown.slice(-2))).toBeLessThanOrEqual(30);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Enter starts the break while no button has focus; a focused button keeps Enter for itself.
    await page.keyboard.press('Enter');
    await page.click('[data-testid="postpone"]');
    await page.click('[data-testid="skip"]');
    expect(await fake.callsTo('break:postpone')).toHaveLength(1);
    expect(await fake.callsTo('break:skip')).toHaveLength(1);
    expect(await fake.callsTo('break:start')).toEqual([{ kind: 'breathing' }]);

    // Strict mode arrives by push: the ways out disappear.
    await fake.emit('scheduler:changed', noticeSnapshot(Date.now(), { strict: true }));
    await page.waitForSelector('[data-testid="postpone"]', { state: 'detached' });
    expect(await page.locator('[data-testid="skip"]').count()).toBe(0);
    expect(await page.locator('[data-testid="start-now"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
