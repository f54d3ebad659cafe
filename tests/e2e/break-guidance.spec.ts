import { afterAll, describe, expect, it } from 'vitest';
import { findPattern } from '../../shared/exercises/patterns.ts';
import { cycleMs } from '../../shared/pacer.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { breathingSession } from '../support/break-sessions.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';

afterAll(closeE2eEnvironment);

interface RingProbe {
  readonly ringStart: number | null;
  readonly shapeStart: number | null;
  readonly ringTime: number | null;
  readonly dashOffset: number;
}

// In one task: both animations' start times, the ring's current time and its computed offset.
const probeRing = (): RingProbe => {
  const start = (selector: string) => {
    const animation = document.querySelector(selector)?.getAnimations()[0];
    return animation ? Number(animation.startTime) : null;
  };
  const fill = document.querySelector('.breath-ring-fill');
  const animation = fill?.getAnimations()[0];
  return {
    ringStart: start('.breath-ring-fill'),
    shapeStart: start('.bloom-layer-2'),
    ringTime: animation ? Number(animation.currentTime) : null,
    dashOffset: fill ? Number.parseFloat(getComputedStyle(fill).strokeDashoffset) : Number.NaN,
  };
};

describe('where am I in the breath, and sound, in Chromium', () => {
  for (const locale of ['en', 'nl'] as const) {
    it(`ring keyed to the shape's start fills through each breath; breath N of M; Sound toggle (${locale})`, async () => {
      const pattern = findPattern('belly');
      const { page, errors, close } = await openPage({
        page: 'break.html?view=break',
        locale,
        fake: {
          settings: {
            ...DEFAULT_SETTINGS,
            language: locale,
            breathing: { ...DEFAULT_SETTINGS.breathing, ring: true },
            sounds: { enabled: true, volume: 40 },
          },
          responses: { 'break:session': breathingSession({ durationMs: 60_000 }) },
        },
      });
      await page.waitForSelector('[data-testid="pacer"][data-phase="inhale"]');
      expect(await page.textContent('[data-testid="breath-count"]')).toBe(
        locale === 'en' ? 'Breath 1 of 6' : 'Ademhaling 1 van 6',
      );
      await page.waitForTimeout(1500);
      const probe = await page.evaluate(probeRing);
      // The same clock: the ring and the shape share one start time, to the ms and below.
      expect(probe.ringStart).not.toBeNull();
      expect(probe.ringStart).toBe(probe.shapeStart);
      const expected = 1 - ((probe.ringTime ?? 0) % cycleMs(pattern)) / cycleMs(pattern);
      expect(Math.abs(probe.dashOffset - expected)).toBeLessThan(0.002);

      const sound = page.locator('[data-testid="sound"]');
      expect(await sound.getAttribute('aria-pressed')).toBe('true');
      expect(await sound.textContent()).toBe(locale === 'en' ? 'Sound on' : 'Geluid aan');
      await sound.click();
      expect(await sound.getAttribute('aria-pressed')).toBe('false');
      expect(await sound.textContent()).toBe(locale === 'en' ? 'Sound off' : 'Geluid uit');
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
