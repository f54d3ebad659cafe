import type { CDPSession } from 'playwright-core';
import { bloomLayers } from '../renderer/break/pacer-keyframes.ts';
import { findPattern } from '../shared/exercises/patterns.ts';
import { cycleMs, pacerAt, phaseBoundaries } from '../shared/pacer.ts';
import { breathingSession } from '../tests/support/break-sessions.ts';
import { type BenchBrowser, openBenchPage } from './browser.ts';
import { type BenchRow, ms, percentile, tail } from './report.ts';

const FRAME_BUDGET_MS = 17;
/** A rAF gap this long means at least one 60 Hz frame was skipped. */
const DROPPED_GAP_MS = 25;
/** Frames with layout or paint: per-frame work would be ~60/s; the text changes about once a second. */
const LAYOUT_PAINT_BUDGET_PER_SECOND = 2;

export interface PacerBenchOptions {
  /** Cycles compared with `pacerAt`; the default pattern's 12 cycles are the 2-minute run. */
  readonly measuredCycles: number;
  readonly traceMs: number;
}

const defaultOptions: PacerBenchOptions = { measuredCycles: 12, traceMs: 10_000 };

interface Flip {
  readonly phase: string;
  /** document.timeline.currentTime: the time of the frame the change is drawn in. */
  readonly frameMs: number;
  readonly nowMs: number;
}

interface Recorder {
  /** [rAF time, scale of the core layer] per frame while `sampling`. */
  samples: [number, number][];
  flips: Flip[];
  rafTimes: number[];
  sampling: boolean;
  /**
   * While tracing: a user-timing mark per DOM change (and per end of a CSS animation outside the
   * shape), to tell text-driven frames in the trace.
   */
  marking: boolean;
}

type RecorderWindow = { __bench: Recorder };

/**
 * Runs before any page script. Records every change of the pacer's phase with the frame it lands
 * in, and on every animation frame the core layer's computed scale. Sent as source text; Node's
 * type stripping leaves only erasable syntax to blank out.
 */
function pacerRecorder() {
  const g = globalThis as unknown as RecorderWindow;
  const bench: Recorder = { samples: [], flips: [], rafTimes: [], sampling: true, marking: false };
  g.__bench = bench;
  let last = '';
  new MutationObserver(() => {
    if (bench.marking) performance.mark('bench-dom-change');
    const pacer = document.querySelector('[data-testid="pacer"]');
    const phase =
      pacer?.getAttribute('data-phase') ?? (document.querySelector('[data-testid="done"]') ? 'done' : '');
    if (phase && phase !== last) {
      last = phase;
      bench.flips.push({ phase, frameMs: Number(document.timeline.currentTime), nowMs: performance.now() });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The phase word's CSS fade-in ending restyles and repaints the text about 400 ms after a change.
  document.addEventListener(
    'animationend',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (bench.marking && !target?.closest('.bloom')) performance.mark('bench-dom-change');
    },
    true,
  );
  const onFrame = (frameMs: number) => {
    bench.rafTimes.push(frameMs);
    const core = bench.sampling ? document.querySelector('.bloom-layer-2') : null;
    if (core) {
      const match = /^matrix\(([^,]+),/.exec(getComputedStyle(core).transform);
      bench.samples.push([frameMs, match ? Number(match[1]) : Number.NaN]);
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

/** The pacer clock's start as the page itself holds it: the startTime of the shape's animation. */
function animationStartMs(): number | null {
  for (const animation of document.getAnimations()) {
    const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
    if (target?.classList.contains('bloom-layer-2')) return Number(animation.startTime);
  }
  return null;
}

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly pid: number;
  readonly tid: number;
}

async function traceFor(cdp: CDPSession, durationMs: number): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'blink.user_timing',
      ],
    },
  });
  await new Promise((done) => setTimeout(done, durationMs));
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

interface TraceSummary {
  readonly seconds: number;
  readonly frames: number;
  readonly layouts: number;
  readonly paints: number;
  readonly framesWithLayoutOrPaint: number;
  /** Frames with layout or paint in which neither the DOM nor a text animation changed: the shape's doing. */
  readonly untextedFramesWithLayoutOrPaint: number;
  readonly droppedFrames: number;
}

/**
 * Splits the page's main thread into frames at each BeginMainThreadFrame and counts the Layout and
 * Paint events in each, next to whether a DOM change (the text) happened in that frame.
 */
function summarizeTrace(events: readonly TraceEvent[], durationMs: number): TraceSummary {
  const mark = events.find((e) => e.name === 'bench-dom-change');
  const layoutOrPaint = (e: TraceEvent) => e.name === 'Layout' || e.name === 'Paint';
  const main = mark ?? events.find(layoutOrPaint);
  const onMain = events
    .filter((e) => main !== undefined && e.pid === main.pid && e.tid === main.tid && e.ph !== 'E')
    .sort((a, b) => a.ts - b.ts);
  let frames = 0;
  let withWork = 0;
  let untexted = 0;
  let work = false;
  let texted = false;
  const closeFrame = () => {
    if (work) withWork += 1;
    if (work && !texted) untexted += 1;
    work = false;
    texted = false;
  };
  for (const event of onMain) {
    if (event.name === 'BeginMainThreadFrame') {
      closeFrame();
      frames += 1;
    } else if (layoutOrPaint(event)) work = true;
    else if (event.name === 'bench-dom-change') texted = true;
  }
  closeFrame();
  return {
    seconds: durationMs / 1000,
    frames,
    layouts: onMain.filter((e) => e.name === 'Layout').length,
    paints: onMain.filter((e) => e.name === 'Paint').length,
    framesWithLayoutOrPaint: withWork,
    untextedFramesWithLayoutOrPaint: untexted,
    droppedFrames: events.filter((e) => e.name === 'DroppedFrame').length,
  };
}

function sortedAbs(values: readonly number[]): number[] {
  return values.map(Math.abs).sort((a, b) => a - b);
}

/**
 * The default pattern in headless Chromium: every phase change against `phaseBoundaries`, every
 * frame's shape scale against `pacerAt`'s level, then a trace of the page's frames.
 */
export async function measurePacer(
  env: BenchBrowser,
  options: PacerBenchOptions = defaultOptions,
): Promise<BenchRow[]> {
  const pattern = findPattern('belly');
  const measuredMs = options.measuredCycles * cycleMs(pattern);
  // Two cycles more than measured, so the trace runs while the pacer still breathes.
  const session = breathingSession({ patternId: 'belly', durationMs: measuredMs + 2 * cycleMs(pattern) });
  const { page, close } = await openBenchPage(env, 'break.html?view=break', session, [
    `(${pacerRecorder.toString()})();`,
  ]);
  try {
    await page.waitForSelector('[data-testid="pacer"][data-phase="inhale"]', { timeout: 15_000 });
    const startMs = await page.evaluate(animationStartMs);
    if (startMs === null) throw new Error('no animation on the pacer shape');
    const pageNow = () => page.evaluate(() => performance.now());
    await page.waitForTimeout(Math.max(0, startMs + measuredMs + 500 - (await pageNow())));

    await page.evaluate(() => {
      const bench = (globalThis as unknown as RecorderWindow).__bench;
      bench.sampling = false;
      bench.marking = true;
    });
    const traceStartMs = await pageNow();
    const cdp = await page.context().newCDPSession(page);
    const events = await traceFor(cdp, options.traceMs);
    const traceEndMs = await pageNow();
    const recorded = await page.evaluate(() => (globalThis as unknown as RecorderWindow).__bench);

    const rows: BenchRow[] = [];
    rows.push(...boundaryRows(pattern, startMs, measuredMs, recorded.flips));
    rows.push(levelRow(pattern, startMs, measuredMs, recorded.samples));
    rows.push(gapRow('during the 2-minute run', recorded.rafTimes, startMs, startMs + measuredMs));
    rows.push(...traceRows(summarizeTrace(events, traceEndMs - traceStartMs)));
    rows.push(gapRow('while tracing', recorded.rafTimes, traceStartMs, traceEndMs));
    return rows;
  } finally {
    await close();
  }
}

function boundaryRows(
  pattern: ReturnType<typeof findPattern>,
  startMs: number,
  measuredMs: number,
  flips: readonly Flip[],
): BenchRow[] {
  const frameErrors: number[] = [];
  const nowErrors: number[] = [];
  let missing = 0;
  let cursor = 0;
  for (const boundary of phaseBoundaries(pattern, 0, measuredMs)) {
    const expected = pacerAt(pattern, boundary).phase;
    const index = flips.findIndex((f, i) => i >= cursor && f.phase === expected && f.frameMs >= startMs);
    const flip = flips[index];
    if (flip === undefined) {
      missing += 1;
      continue;
    }
    cursor = index + 1;
    frameErrors.push(flip.frameMs - startMs - boundary);
    nowErrors.push(flip.nowMs - startMs - boundary);
  }
  const frame = sortedAbs(frameErrors);
  const now = sortedAbs(nowErrors);
  const frameTail = tail(frame);
  const summary = (sorted: number[]) => {
    const { label, value } = tail(sorted);
    const shown =
      label === 'p99' ? `p99 ${ms(value)} / max ${ms(sorted.at(-1) ?? Number.NaN)}` : `max ${ms(value)}`;
    return `p50 ${ms(percentile(sorted, 50))} / ${shown} (${sorted.length} samples)`;
  };
  return [
    {
      area: 'pacer',
      figure: `phase boundary error, frame time of the data-phase change (${frame.length} boundaries${missing ? `, ${missing} MISSING` : ''})`,
      value: summary(frame),
      budget: `${frameTail.label} ≤ ${FRAME_BUDGET_MS} ms`,
      pass: missing === 0 && frameTail.value <= FRAME_BUDGET_MS,
    },
    {
      area: 'pacer',
      figure: 'phase boundary error, performance.now() at the DOM change',
      value: summary(now),
      budget: '—',
      pass: null,
    },
  ];
}

function levelRow(
  pattern: ReturnType<typeof findPattern>,
  startMs: number,
  measuredMs: number,
  samples: readonly [number, number][],
): BenchRow {
  // The core layer's scale is a straight map of the level (pacer-keyframes.ts), so invert it.
  const core = bloomLayers[2];
  if (core === undefined) throw new Error('the bloom has no core layer');
  let worst = 0;
  let worstAtMs = 0;
  let counted = 0;
  for (const [frameMs, scale] of samples) {
    const elapsedMs = frameMs - startMs;
    if (elapsedMs < 0 || elapsedMs >= measuredMs) continue;
    const level = (scale - core.scaleEmpty) / (core.scaleFull - core.scaleEmpty);
    const error = Number.isNaN(level)
      ? Number.POSITIVE_INFINITY
      : Math.abs(level - pacerAt(pattern, elapsedMs).level);
    counted += 1;
    if (error > worst) {
      worst = error;
      worstAtMs = elapsedMs;
    }
  }
  return {
    area: 'pacer',
    figure: `worst level error, shape scale vs pacerAt (${counted} frames)`,
    value: `${worst.toFixed(4)} (at ${(worstAtMs / 1000).toFixed(2)} s)`,
    budget: '—',
    pass: null,
  };
}

function gapRow(label: string, rafTimes: readonly number[], fromMs: number, toMs: number): BenchRow {
  const inWindow = rafTimes.filter((t) => t >= fromMs && t <= toMs);
  const gaps = inWindow.slice(1).map((t, i) => t - (inWindow[i] ?? t));
  const long = gaps.filter((gap) => gap > DROPPED_GAP_MS);
  const skipped = long.reduce((sum, gap) => sum + Math.round(gap / (1000 / 60)) - 1, 0);
  const median = percentile(
    [...gaps].sort((a, b) => a - b),
    50,
  );
  return {
    area: 'pacer',
    figure: `dropped frames ${label} (rAF gaps > ${DROPPED_GAP_MS} ms; median gap ${ms(median)})`,
    value: `${long.length} gaps, ~${skipped} frames of ${gaps.length}`,
    budget: '—',
    pass: null,
  };
}

function traceRows(trace: TraceSummary): BenchRow[] {
  const framesPerSecond = trace.framesWithLayoutOrPaint / trace.seconds;
  const percent = trace.frames > 0 ? (100 * trace.framesWithLayoutOrPaint) / trace.frames : Number.NaN;
  return [
    {
      area: 'pacer',
      figure: `frames with Layout or Paint while breathing (trace of ${trace.seconds.toFixed(1)} s, ${trace.frames} main-thread frames)`,
      value: `${framesPerSecond.toFixed(1)}/s (${percent.toFixed(1)} % of frames)`,
      budget: `≤ ${LAYOUT_PAINT_BUDGET_PER_SECOND}/s (text only, not per frame)`,
      pass: framesPerSecond <= LAYOUT_PAINT_BUDGET_PER_SECOND,
    },
    {
      area: 'pacer',
      figure: 'Layout / Paint events per second in that trace',
      value: `${(trace.layouts / trace.seconds).toFixed(1)} / ${(trace.paints / trace.seconds).toFixed(1)}`,
      budget: '—',
      pass: null,
    },
    {
      area: 'pacer',
      figure: 'frames with Layout or Paint but no text change (driven by the shape)',
      value: `${trace.untextedFramesWithLayoutOrPaint}`,
      budget: '0',
      pass: trace.untextedFramesWithLayoutOrPaint === 0,
    },
    {
      area: 'pacer',
      figure: 'DroppedFrame events in the trace',
      value: `${trace.droppedFrames}`,
      budget: '—',
      pass: null,
    },
  ];
}
