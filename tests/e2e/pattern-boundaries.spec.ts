import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { planBreakSession } from '../../shared/break-plan.ts';
import { fromCustomPattern } from '../../shared/exercises/custom-pattern.ts';
import { findPattern } from '../../shared/exercises/patterns.ts';
import type { BreathingPattern } from '../../shared/exercises/types.ts';
import type { BreakSession } from '../../shared/ipc-contract.ts';
import { cycleMs, pacerAt, phaseBoundaries } from '../../shared/pacer.ts';
import { EVENING, settingsWithPatterns } from '../support/custom-patterns.ts';
import { closeE2eEnvironment, openPage } from './support/open-page.ts';

afterAll(closeE2eEnvironment);

// The done-criterion: a custom pattern runs exactly in the break window, with the same
// phase-boundary accuracy as the built-in ones. The page clock is paused and moved one 16 ms
// frame at a time (https://playwright.dev/docs/clock), so what is checked is the model, not the
// machine's load: every data-phase change of the real break window lands in the first frame at or
// after its pacerAt boundary, counted from the shape's own animation start. Real-time figures
// under load are npm run bench's (pacer rows).
const FRAME_MS = 16;

interface Flip {
  readonly phase: string;
  readonly atMs: number;
}

function installFlipRecorder(): void {
  const g = globalThis as unknown as { __flips: Flip[] };
  g.__flips = [];
  let last = '';
  const check = () => {
    const phase = document.querySelector('[data-testid="pacer"]')?.getAttribute('data-phase') ?? '';
    if (phase !== last) {
      last = phase;
      g.__flips.push({ phase, atMs: performance.now() });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, childList: true });
  check();
}

function shapeStartMs(): number | null {
  for (const animation of document.getAnimations()) {
    const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
    if (target?.classList.contains('bloom-layer-2')) return Number(animation.startTime);
  }
  return null;
}

async function runFramesUntil(page: Page, selector: string): Promise<void> {
  for (let frame = 0; (await page.$(selector)) === null; frame += 1) {
    if (frame === 625) throw new Error(`${selector} did not show within 10 s of the page clock`);
    await page.clock.runFor(FRAME_MS);
  }
}

/** Each boundary's error: the page time of the matching data-phase change minus the boundary. */
async function boundaryErrors(pattern: BreathingPattern, session: BreakSession, cycles: number) {
  const settings = settingsWithPatterns([EVENING]);
  const { page, errors, close } = await openPage({
    page: 'break.html?view=break',
    clock: 'paused',
    fake: { settings, responses: { 'break:session': session } },
  });
  await runFramesUntil(page, '[data-testid="pacer"]');
  await page.evaluate(installFlipRecorder);
  await runFramesUntil(page, '[data-testid="pacer"][data-phase="inhale"]');
  const startMs = await page.evaluate(shapeStartMs);
  if (startMs === null) throw new Error('no animation on the pacer shape');
  const measuredMs = cycles * (session.plan?.cycleMs ?? 0);
  const nowMs = await page.evaluate(() => performance.now());
  // Frame by frame to just past the measured cycles, so the next cycle's first inhale is seen too
  // (the session is a cycle longer, so no done screen).
  for (let at = nowMs; at < startMs + measuredMs + 2 * FRAME_MS; at += FRAME_MS) {
    await page.clock.runFor(FRAME_MS);
  }
  const flips = await page.evaluate(() => (globalThis as unknown as { __flips: Flip[] }).__flips);
  expect(errors).toEqual([]);
  await close();
  const breathing = flips.filter((flip) => flip.phase !== 'preroll' && flip.atMs >= startMs);
  const boundaries = phaseBoundaries(pattern, 0, measuredMs + 1);
  expect(breathing.map((flip) => flip.phase)).toEqual(boundaries.map((at) => pacerAt(pattern, at).phase));
  return boundaries.map((at, index) => (breathing[index]?.atMs ?? Number.NaN) - startMs - at);
}

/** A scheduled break planned as main plans it, one cycle longer than measured (no done screen). */
function sessionFor(pattern: BreathingPattern, cycles: number): BreakSession {
  const plan = planBreakSession({ requestedMs: (cycles + 1) * cycleMs(pattern) }, pattern);
  return {
    kind: 'breathing',
    patternId: pattern.id,
    durationMs: plan.totalMs,
    plan,
    exerciseIds: [],
    strict: false,
    source: 'scheduled',
  };
}

describe('phase boundaries in the real break window (Chromium, paused page clock)', () => {
  const cases = [
    { name: 'belly (built-in)', pattern: findPattern('belly'), cycles: 2 },
    { name: 'box (built-in, holds)', pattern: findPattern('box'), cycles: 1 },
    { name: 'custom 3.5 / 1.5 / 5.5 / 1 s', pattern: fromCustomPattern(EVENING), cycles: 2 },
  ];
  const worst = new Map<string, number>();

  for (const { name, pattern, cycles } of cases) {
    it(`${name}: every phase change lands in the first frame at or after its pacerAt boundary`, async () => {
      const errorsMs = await boundaryErrors(pattern, sessionFor(pattern, cycles), cycles);
      console.info(`${name}: boundary error (ms): ${errorsMs.map((e) => e.toFixed(1)).join(', ')}`);
      for (const error of errorsMs) {
        expect(error).toBeGreaterThanOrEqual(0);
        expect(error).toBeLessThan(FRAME_MS + 1);
      }
      worst.set(name, Math.max(...errorsMs));
    });
  }

  it('the custom pattern is as exact as the built-in ones: its worst error is within theirs to a frame', () => {
    const custom = worst.get('custom 3.5 / 1.5 / 5.5 / 1 s') ?? Number.NaN;
    const builtIn = Math.max(
      worst.get('belly (built-in)') ?? Number.NaN,
      worst.get('box (built-in, holds)') ?? Number.NaN,
    );
    expect(custom).toBeLessThanOrEqual(Math.max(builtIn, FRAME_MS));
  });
});
