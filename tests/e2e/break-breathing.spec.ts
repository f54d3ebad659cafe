import { afterAll, describe, expect, it } from 'vitest';
import { findPattern } from '../../shared/exercises/patterns.ts';
import { breathingSession } from '../support/break-sessions.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';
import { runFramesUntil } from './support/page-clock.ts';

afterAll(closeE2eEnvironment);

interface Mark {
  readonly phase: string;
  readonly atMs: number;
}

interface Recorder {
  __marks: Mark[];
  __keys: { key: string; atMs: number }[];
  __announcements: string[];
}

// Records, in the page, every change of the pacer's phase (or the switch to the done screen), every
// key press and every live-region text, each with performance.now(): the clock the pacer runs on.
const installRecorder = () => {
  const g = globalThis as unknown as Recorder & {
    document: {
      querySelector(s: string): { getAttribute(n: string): string | null; textContent: string } | null;
    };
    addEventListener(type: string, fn: (e: { key: string }) => void, capture: boolean): void;
    MutationObserver: new (fn: () => void) => { observe(node: unknown, options: unknown): void };
    performance: { now(): number };
  };
  g.__marks = [];
  g.__keys = [];
  g.__announcements = [];
  let last = '';
  let lastSpoken = '';
  const check = () => {
    const now = g.performance.now();
    const pacer = g.document.querySelector('[data-testid="pacer"]');
    const phase = pacer
      ? `${pacer.getAttribute('data-phase')}`
      : g.document.querySelector('[data-testid="done"]')
        ? 'done'
        : '';
    if (phase && phase !== last) {
      last = phase;
      g.__marks.push({ phase, atMs: now });
    }
    const spoken = g.document.querySelector('[data-testid="live-region"]')?.textContent ?? '';
    if (spoken && spoken !== lastSpoken) {
      lastSpoken = spoken;
      g.__announcements.push(spoken);
    }
  };
  g.addEventListener('keydown', (e) => g.__keys.push({ key: e.key, atMs: g.performance.now() }), true);
  new g.MutationObserver(check).observe(g.document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  check();
};

const readRecorder = () => {
  const g = globalThis as unknown as Recorder;
  return { marks: g.__marks, keys: g.__keys, announcements: g.__announcements };
};

describe('breathing break in Chromium', () => {
  it('runs a whole scheduled break by keyboard: phases in order, pause and resume told to main, feeling and close', async () => {
    const session = breathingSession({ patternId: 'belly', durationMs: 20_000 });
    // The page's clock is paused and moved by hand: every read lands at an exact point of the
    // break, however slowly the machine answers.
    const { page, fake, errors, close } = await openPage({
      page: 'break.html?view=break',
      clock: 'paused',
      fake: { responses: { 'break:session': session } },
    });
    // The window's own start (settings, the session) runs on the page's effects and frames: one
    // frame at a time until the pacer shows, so its clock starts less than a frame before ours.
    await runFramesUntil(page, '[data-testid="pacer"]');
    await page.evaluate(installRecorder);
    const phase = () => page.getAttribute('[data-testid="pacer"]', 'data-phase');
    const paused = () => page.getAttribute('[data-testid="pacer"]', 'data-paused');
    expect(await phase()).toBe('preroll');
    await page.clock.runFor(2900);
    expect(await phase()).toBe('preroll');

    await page.clock.runFor(200);
    expect(await phase()).toBe('inhale');
    expect(await page.textContent('[data-testid="phase-word"]')).toBe('Breathe in');
    // One second into the first out-breath (inhale 4 s), pause for 1.5 s.
    await page.clock.runFor(4900);
    expect(await phase()).toBe('exhale');
    await page.keyboard.press('Space');
    expect(await paused()).toBe('true');
    await page.clock.runFor(1500);
    expect(await phase()).toBe('exhale');
    await page.keyboard.press('Space');
    expect(await paused()).toBe('false');
    // 5 s of that out-breath left, then one more breath (10 s): done.
    await page.clock.runFor(4900);
    expect(await phase()).toBe('exhale');
    await page.clock.runFor(200);
    expect(await phase()).toBe('inhale');
    await page.clock.runFor(10_000);
    await page.waitForSelector('[data-testid="done"]');
    // From here on the page runs in real time again (the feeling, the fade-out before closing).
    await page.clock.resume();
    const { marks, keys, announcements } = await page.evaluate(readRecorder);
    // The window tells main what the user did, in order; main keeps the end of the break.
    const intents = (await fake.calls()).map((call) => call.channel).filter((c) => c.startsWith('break:'));
    expect(intents).toEqual([
      'break:session',
      'break:started',
      'break:paused',
      'break:resumed',
      'break:complete',
    ]);

    expect(marks.map((m) => m.phase)).toEqual(['preroll', 'inhale', 'exhale', 'inhale', 'exhale', 'done']);
    // Order and model values only: how close real phases land to the clock depends on the
    // machine's load, so that is measured by npm run bench, not asserted here.
    expect(keys.filter((k) => k.key === ' ')).toHaveLength(2);
    const atMs = marks.map((mark) => mark.atMs);
    expect(atMs).toEqual([...atMs].sort((a, b) => a - b));

    expect(await fake.callsTo('break:complete')).toEqual([{ outcome: 'taken', breathedSeconds: 20 }]);
    // One announcement per phase plus pause and resume: never a per-second countdown.
    expect(announcements).toEqual([
      'Settle in. The first breath starts in 3 seconds.',
      'Breathe in, 4 seconds',
      'Breathe out, 6 seconds',
      'Paused',
      'Resumed',
      'Breathe in, 4 seconds',
      'Breathe out, 6 seconds',
    ]);

    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await fake.callsTo('break:feeling')).toEqual([{ feeling: 'calmer' }]);
    await page.keyboard.press('Escape');
    // The window fades out before it asks main to close it (withGentleClose): wait for the call.
    await expect.poll(() => fake.callsTo('window:close')).toHaveLength(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('offers pattern and length for a manual start, starts on Enter and ends on Esc as skipped', async () => {
    const { page, fake, errors, close } = await openPage({
      page: 'break.html?view=break&kind=stretch&pattern=box',
      fake: {
        responses: {
          'break:session': breathingSession({ source: 'manual', durationMs: 60_000 }),
        },
      },
    });
    await page.waitForSelector('[data-testid="setup"]');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Nothing is told to main while the user is still choosing.
    const breakCalls = async () =>
      (await fake.calls()).map((call) => call.channel).filter((channel) => channel.startsWith('break:'));
    expect(await breakCalls()).toEqual(['break:session']);
    // Recording from before the start: the pacer's first phase is read as it appears, not later.
    await page.evaluate(installRecorder);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="pacer"]');
    expect(await page.getAttribute('[data-testid="pacer"]', 'aria-label')).toBe(
      findPattern('resonance').name.en,
    );
    expect((await page.evaluate(readRecorder)).marks[0]?.phase).toBe('preroll');
    // The choice goes to main, which plans it; effects run after paint, so wait for the start.
    expect(await fake.callsTo('break:choose')).toEqual([{ patternId: 'resonance', requestedMs: 60_000 }]);
    await expect.poll(() => fake.callsTo('break:started')).toHaveLength(1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="done"][data-ended="true"]');
    expect(await fake.callsTo('break:complete')).toEqual([{ outcome: 'skipped', breathedSeconds: 0 }]);
    expect(errors).toEqual([]);
    await close();
  });

  it('in strict mode Esc does not end the break and there is no End button', async () => {
    const { page, fake, close } = await openPage({
      page: 'break.html?view=break',
      // Ten minutes: the break cannot end by itself while a loaded machine is still checking.
      fake: { responses: { 'break:session': breathingSession({ strict: true, durationMs: 600_000 }) } },
    });
    await page.waitForSelector('[data-testid="pacer"]');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="end"]').count()).toBe(0);
    expect(await page.locator('[data-testid="pacer"]').count()).toBe(1);
    expect(await fake.callsTo('break:complete')).toEqual([]);
    await close();
  });

  it('with reduced motion, in Dutch and dark: a fill bar instead of the scaling shape, same timing', async () => {
    const { page, fake, errors, close } = await openPage({
      page: 'break.html?view=break',
      locale: 'nl',
      theme: 'dark',
      reducedMotion: true,
      // Ten minutes: Esc ends it early however slowly the checks before it run.
      fake: { responses: { 'break:session': breathingSession({ durationMs: 600_000 }) } },
    });
    await page.waitForSelector('[data-testid="pacer"][data-phase="inhale"]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.textContent('[data-testid="phase-word"]')).toBe('Adem in');
    expect(await page.locator('[data-testid="bloom"]').count()).toBe(0);
    expect(await page.locator('[data-testid="fill-bar"]').count()).toBe(1);
    // Nothing in the page animates a uniform scale: only the bar's sideways fill and the progress line.
    const animated = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { getAnimations(): { effect: unknown }[] } })
        .document;
      return doc
        .getAnimations()
        .filter((item) => !(item as object as { animationName?: string }).animationName)
        .flatMap((animation) => {
          const effect = animation.effect as { getKeyframes(): { transform?: string }[] };
          return effect.getKeyframes().map((frame) => frame.transform ?? '');
        });
    });
    expect(animated.length).toBeGreaterThan(0);
    for (const transform of animated) expect(transform).toMatch(/^scaleX\(/);
    await page.waitForSelector('[data-testid="pacer"][data-phase="exhale"]');
    expect(await page.textContent('[data-testid="phase-word"]')).toBe('Adem uit');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="done"]');
    expect(await page.textContent('.done-title')).toBe('Pauze gestopt');
    expect((await fake.callsTo('break:complete'))[0]?.outcome).toBe('skipped');
    expect(errors).toEqual([]);
    await close();
  });

  it('animates the shape with transform and opacity only, keyed to the pacer clock', async () => {
    const { page, close } = await openPage({
      page: 'break.html?view=break',
      // Paused page clock: the break (two breaths, the layers' iterations) cannot end before the read.
      clock: 'paused',
      fake: { responses: { 'break:session': breathingSession() } },
    });
    await runFramesUntil(page, '[data-testid="pacer"][data-phase="inhale"]');
    const summary = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document;
      // CSS animations (the phase word's fade-in) are not the pacer's; only script animations count.
      return doc
        .getAnimations()
        .filter((item) => !(item as object as { animationName?: string }).animationName)
        .map((item) => {
          const animation = item as {
            startTime: number | null;
            effect: {
              getKeyframes(): Record<string, unknown>[];
              getTiming(): { iterations: number; duration: number };
            };
          };
          const properties = new Set<string>();
          for (const frame of animation.effect.getKeyframes()) {
            for (const key of Object.keys(frame)) {
              if (!['offset', 'easing', 'composite', 'computedOffset'].includes(key)) properties.add(key);
            }
          }
          return {
            startTime: animation.startTime,
            properties: [...properties].sort(),
            timing: animation.effect.getTiming(),
          };
        });
    });
    // Three bloom layers and the progress line, all with one start time.
    expect(summary).toHaveLength(4);
    expect(new Set(summary.map((s) => s.startTime)).size).toBe(1);
    for (const item of summary)
      expect(item.properties.every((p) => p === 'transform' || p === 'opacity')).toBe(true);
    const layers = summary.filter((s) => s.timing.duration === 10_000);
    expect(layers).toHaveLength(3);
    for (const layer of layers) expect(layer.timing.iterations).toBe(2);
    await close();
  });

  for (const reducedMotion of [false, true]) {
    it(`the window fades out before it closes itself${reducedMotion ? ', and not at all with reduced motion' : ''}`, async () => {
      const { page, fake, close } = await openPage({
        page: 'break.html?view=break',
        reducedMotion,
        fake: { responses: { 'break:session': breathingSession(), 'window:close': null } },
      });
      await page.waitForSelector('[data-testid="pacer"]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="done"]');
      const leaving = await page.evaluate(() => {
        const seen: (string | undefined)[] = [];
        new MutationObserver(() => seen.push(document.documentElement.dataset.leaving)).observe(
          document.documentElement,
          { attributes: true, attributeFilter: ['data-leaving'] },
        );
        (document.querySelector('[data-testid="close"]') as HTMLButtonElement).click();
        return new Promise<(string | undefined)[]>((resolve) => setTimeout(() => resolve(seen), 600));
      });
      expect(leaving).toEqual(reducedMotion ? [] : ['true']);
      await expect.poll(() => fake.callsTo('window:close')).toHaveLength(1);
      await close();
    });
  }
});
