import { sessionEndMs } from '../renderer/audio/guide-schedule.ts';
import { findPattern } from '../shared/exercises/patterns.ts';
import {
  bedLevelCorrelation,
  matchOnsets,
  renderGuideInChromium,
} from '../tests/e2e/support/audio-guide-render.ts';
import type { BenchBrowser } from './browser.ts';
import { type BenchRow, ms, percentile } from './report.ts';

const ONSET_BUDGET_MS = 5;

/**
 * One minute of the default pattern's audio guide rendered in Chromium's OfflineAudioContext with
 * the real player, its elapsed 0 placed off any sample or ms (0.3127 s); every cue onset detected
 * in the rendered samples against `pacerAt`'s phase boundaries and the session's end.
 */
export async function measureAudioGuide(env: BenchBrowser): Promise<BenchRow[]> {
  const pattern = findPattern('belly');
  const sessionMs = 60_000;
  const endMs = sessionEndMs(pattern, sessionMs);
  const started = performance.now();
  const render = await renderGuideInChromium(env.browser, pattern, {
    sampleRate: 48_000,
    renderSeconds: endMs / 1000 + 3,
    zeroAtSeconds: 0.3127,
    sessionMs,
  });
  const renderMs = performance.now() - started;
  const { matches, strayOnsetsMs } = matchOnsets(render);
  const found = matches.flatMap((m) => (m.errorMs === null ? [] : [Math.abs(m.errorMs)]));
  const missing = matches.length - found.length;
  const sorted = [...found].sort((a, b) => a - b);
  const worst = sorted.at(-1) ?? Number.NaN;
  return [
    {
      area: 'audio',
      figure: `cue onset vs pacerAt boundary, 1 min belly rendered offline (${found.length} cues${missing ? `, ${missing} MISSING` : ''}${strayOnsetsMs.length ? `, ${strayOnsetsMs.length} STRAY` : ''})`,
      value: `p50 ${ms(percentile(sorted, 50), 3)} / max ${ms(worst, 3)}`,
      budget: `≤ ${ONSET_BUDGET_MS} ms`,
      pass: missing === 0 && strayOnsetsMs.length === 0 && worst <= ONSET_BUDGET_MS,
    },
    {
      area: 'audio',
      figure: 'breath sound loudness vs pacerAt level (Pearson r, 20 ms windows)',
      value: bedLevelCorrelation(pattern, render, endMs).toFixed(4),
      budget: '—',
      pass: null,
    },
    {
      area: 'audio',
      figure: 'render + detect time for that minute (incl. page start)',
      value: ms(renderMs, 0),
      budget: '—',
      pass: null,
    },
  ];
}
