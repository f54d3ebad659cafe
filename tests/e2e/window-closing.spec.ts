import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { WINDOW_FADE_MS } from '../../shared/window-fade.ts';
import { breathingSession, noticeSnapshot } from '../support/break-sessions.ts';
import { waitForFadeIn } from './support/fade-in.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';

// Main closing a window (Postpone chosen in the tray, the break starting, a break ended elsewhere)
// pushes window:closing; the page fades out as for its own close, takes no more input, and
// answers nothing: main destroys the window when the fade is over (window-manager.ts).

afterAll(closeE2eEnvironment);

/** What the page shows of its leaving: the root's marks, #app's opacity and its fade-out animation. */
function leavingState() {
  const root = document.documentElement;
  const app = document.getElementById('app') as HTMLElement;
  const fadeOut = app
    .getAnimations()
    .filter((animation) => (animation as CSSAnimation).animationName === 'window-out')
    .map((animation) => ({ duration: animation.effect?.getTiming().duration, state: animation.playState }));
  return {
    leaving: root.dataset.leaving ?? null,
    inert: root.hasAttribute('inert'),
    opacity: Number(getComputedStyle(app).opacity),
    fadeOut,
  };
}

/** #app's opacity sampled every frame until it reaches 0 (or 2 s pass). */
function opacityUntilGone(): Promise<number[]> {
  const app = document.getElementById('app') as HTMLElement;
  const seen: number[] = [];
  const started = performance.now();
  return new Promise((resolve) => {
    const sample = () => {
      const opacity = Number(getComputedStyle(app).opacity);
      seen.push(opacity);
      if (opacity === 0 || performance.now() - started > 2000) resolve(seen);
      else requestAnimationFrame(sample);
    };
    sample();
  });
}

const PAGES = [
  {
    page: 'break.html?view=notice',
    ready: '[data-testid="notice"][data-kind="breathing"]',
    responses: { 'scheduler:get': noticeSnapshot(Date.now()) },
  },
  {
    page: 'break.html?view=break',
    ready: '[data-testid="pacer"]',
    responses: { 'break:session': breathingSession() },
  },
  { page: 'panel.html', ready: 'main, section, button', responses: {} },
  { page: 'index.html#/about', ready: 'h1', responses: {} },
] as const;

describe('a page main closes (window:closing)', () => {
  for (const { page: path, ready, responses } of PAGES) {
    it(`${path}: fades out over the fade main waits for, and is inert from the start`, async () => {
      const { page, fake, errors, close } = await openPage({ page: path, fake: { responses } });
      await page.waitForSelector(ready);
      await waitForFadeIn(page);
      expect(await page.evaluate(leavingState)).toMatchObject({ leaving: null, inert: false, opacity: 1 });
      await fake.emit('window:closing', { fadeMs: WINDOW_FADE_MS });
      const fading = await page.evaluate(leavingState);
      expect(fading).toMatchObject({ leaving: 'true', inert: true });
      expect(fading.fadeOut).toEqual([{ duration: WINDOW_FADE_MS, state: 'running' }]);
      // A fade, not a jump: the page passes through opacities between 1 and 0 on its way out.
      const opacities = await page.evaluate(opacityUntilGone);
      expect(opacities.at(-1)).toBe(0);
      expect(opacities.some((opacity) => opacity > 0 && opacity < 1)).toBe(true);
      // The page asked main nothing about it: main ends the window on its own timer.
      expect((await fake.calls()).some((call) => call.channel === 'window:close')).toBe(false);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('the notice takes no click while it fades: Postpone there reaches main no more', async () => {
    const { page, fake, close } = await openPage({
      page: 'break.html?view=notice',
      fake: { responses: { 'scheduler:get': noticeSnapshot(Date.now()) } },
    });
    await page.waitForSelector('[data-testid="postpone"]');
    await waitForFadeIn(page);
    const box = await page.locator('[data-testid="postpone"]').boundingBox();
    if (!box) throw new Error('no Postpone button');
    await fake.emit('window:closing', { fadeMs: WINDOW_FADE_MS });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
    expect(await fake.callsTo('break:postpone')).toEqual([]);
    await close();
  });

  it("the window's own close fades too, rather than vanishing and leaving an empty window", async () => {
    const { page, fake, close } = await openPage({
      page: 'break.html?view=break',
      fake: { responses: { 'break:session': breathingSession(), 'window:close': null } },
    });
    await page.waitForSelector('[data-testid="pacer"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="done"]');
    await waitForFadeIn(page);
    await page.locator('[data-testid="close"]').click();
    const opacities = await page.evaluate(opacityUntilGone);
    expect(opacities.some((opacity) => opacity > 0 && opacity < 1)).toBe(true);
    await expect.poll(() => fake.callsTo('window:close')).toHaveLength(1);
    await close();
  });

  for (const how of ['system', 'setting'] as const) {
    it(`with reduced motion (${how}) the page goes at once, with no fade`, async () => {
      const { page, fake, close } = await openPage({
        page: 'break.html?view=notice',
        reducedMotion: how === 'system',
        fake: {
          responses: { 'scheduler:get': noticeSnapshot(Date.now()) },
          ...(how === 'setting'
            ? { settings: { ...DEFAULT_SETTINGS, language: 'en', motion: 'reduce' } }
            : {}),
        },
      });
      await page.waitForSelector('[data-testid="notice"][data-kind="breathing"]');
      await fake.emit('window:closing', { fadeMs: WINDOW_FADE_MS });
      const gone = await page.evaluate(leavingState);
      expect(gone).toMatchObject({ leaving: 'true', inert: true, opacity: 0 });
      expect(gone.fadeOut.filter((animation) => animation.state === 'running')).toEqual([]);
      await close();
    });
  }
});
