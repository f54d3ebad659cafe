import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { cueVoices } from '../../../renderer/audio/guide-schedule.ts';
import type { BreathingPattern } from '../../../shared/exercises/types.ts';
import { pacerAt } from '../../../shared/pacer.ts';
import type { GuideRender, GuideRenderRequest } from './audio-guide-types.ts';
import { bundleForPage } from './page-bundle.ts';

let cached: Promise<string> | null = null;

/** The real guide player and schedule bundled for the page, built once per run from the source. */
function guideScript(): Promise<string> {
  cached ??= bundleForPage(join(import.meta.dirname, 'audio-guide-entry.ts'), 'the audio guide');
  return cached;
}

/** Renders the guide for `pattern` in Chromium's OfflineAudioContext (a blank page, no app code). */
export async function renderGuideInChromium(
  browser: Browser,
  pattern: BreathingPattern,
  request: GuideRenderRequest,
): Promise<GuideRender> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addScriptTag({ content: await guideScript() });
    return await page.evaluate(
      ([req, pat]) =>
        (
          globalThis as unknown as {
            __renderGuide(r: GuideRenderRequest, p: BreathingPattern): Promise<GuideRender>;
          }
        ).__renderGuide(req, pat),
      [request, pattern] as const,
    );
  } finally {
    await context.close();
  }
}

export interface OnsetMatch {
  readonly atMs: number;
  readonly kind: string;
  /** Detected onset minus the boundary, ms; null when no onset was found near it. */
  readonly errorMs: number | null;
}

export interface OnsetReport {
  readonly matches: readonly OnsetMatch[];
  /** Onsets that belong to no expected cue (a cue where none should be). */
  readonly strayOnsetsMs: readonly number[];
}

/** Each expected cue paired with the first onset in [atMs - 50, atMs + 50) ms; the rest are strays. */
export function matchOnsets(render: GuideRender): OnsetReport {
  const used = new Set<number>();
  const matches = render.expectedCues.map((cue) => {
    const index = render.onsetsMs.findIndex((at, i) => !used.has(i) && Math.abs(at - cue.atMs) < 50);
    if (index < 0) return { ...cue, errorMs: null };
    used.add(index);
    return { ...cue, errorMs: (render.onsetsMs[index] ?? Number.NaN) - cue.atMs };
  });
  // The end cue's falling echoes are part of it, not strays.
  const end = render.expectedCues.find((cue) => cue.kind === 'end');
  const endSpanMs = cueVoices.end.seconds * 1000 + 1000;
  const strayOnsetsMs = render.onsetsMs.filter(
    (at, i) => !used.has(i) && !(end !== undefined && at >= end.atMs && at < end.atMs + endSpanMs),
  );
  return { matches, strayOnsetsMs };
}

/**
 * Pearson correlation of the breath sound's loudness with `pacerAt`'s level over the session:
 * 1 when the sound swells and settles exactly with the shape.
 */
export function bedLevelCorrelation(pattern: BreathingPattern, render: GuideRender, endMs: number): number {
  const pairs = render.bedRms
    .filter(([atMs]) => atMs >= 500 && atMs < endMs)
    .map(([atMs, rms]): [number, number] => [pacerAt(pattern, atMs).level, rms]);
  const n = pairs.length;
  const mean = (pick: (p: [number, number]) => number) => pairs.reduce((s, p) => s + pick(p), 0) / n;
  const mx = mean((p) => p[0]);
  const my = mean((p) => p[1]);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
