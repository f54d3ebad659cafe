import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionEndMs } from '../../renderer/audio/guide-schedule.ts';
import { fromCustomPattern } from '../../shared/exercises/custom-pattern.ts';
import { findPattern } from '../../shared/exercises/patterns.ts';
import { phaseBoundaries } from '../../shared/pacer.ts';
import { EVENING } from '../support/custom-patterns.ts';
import { bedLevelCorrelation, matchOnsets, renderGuideInChromium } from './support/audio-guide-render.ts';
import { launchChromium } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// The rendering is offline (no wall clock), so these are exact model checks: every cue begins
// on its pacerAt boundary to within the detector's own delay, which is a fraction of a ms.
describe('audio guide rendered in Chromium (OfflineAudioContext)', () => {
  // The user's own pattern (half seconds, both holds) is scheduled exactly like the built-ins.
  const patterns = [
    ...(['belly', 'box', 'four-seven-eight'] as const).map(findPattern),
    fromCustomPattern(EVENING),
  ];
  for (const pattern of patterns) {
    const id = pattern.id;
    it(`${id}: a cue starts on every phase boundary and the end, nowhere else; the sound swells with the shape`, async () => {
      const sessionMs = 60_000;
      const endMs = sessionEndMs(pattern, sessionMs);
      const render = await renderGuideInChromium(browser, pattern, {
        sampleRate: 48_000,
        renderSeconds: endMs / 1000 + 3,
        zeroAtSeconds: 0.3127,
        sessionMs,
      });
      expect(render.expectedCues.map((cue) => cue.atMs)).toEqual([
        ...phaseBoundaries(pattern, 0, endMs),
        endMs,
      ]);
      const { matches, strayOnsetsMs } = matchOnsets(render);
      console.info(
        `${id}: cue onset error (ms): ${matches.map((m) => m.errorMs?.toFixed(3) ?? 'missing').join(', ')}`,
      );
      for (const match of matches) {
        expect(match.errorMs).not.toBeNull();
        expect(match.errorMs ?? Number.NaN).toBeGreaterThanOrEqual(0);
        expect(match.errorMs ?? Number.NaN).toBeLessThan(1);
      }
      expect(strayOnsetsMs).toEqual([]);
      expect(bedLevelCorrelation(pattern, render, endMs)).toBeGreaterThan(0.95);
    });
  }
});
