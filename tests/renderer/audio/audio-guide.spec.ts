import { describe, expect, it } from 'vitest';
import {
  contextTimeAt,
  createAudioGuide,
  type GuideContext,
  START_LEAD_MS,
} from '../../../renderer/audio/audio-guide.ts';
import { cueVoices, guideSchedule } from '../../../renderer/audio/guide-schedule.ts';
import { findPattern } from '../../../shared/exercises/patterns.ts';
import { FakeAudioContext } from '../../support/fake-audio-context.ts';

const belly = findPattern('belly');
const asGuideContext = (fake: FakeAudioContext) => fake as unknown as GuideContext;

function setup(perfNow = 10_000) {
  let now = perfNow;
  const contexts: FakeAudioContext[] = [];
  const guide = createAudioGuide(100, { now: () => now }, () => {
    const context = new FakeAudioContext();
    contexts.push(context);
    return asGuideContext(context);
  });
  if (guide === null) throw new Error('expected a guide');
  return { guide, contexts, setNow: (ms: number) => (now = ms) };
}

/** Context times at which the cue bells start: the bed's oscillators are the ones whose pitch moves. */
function bellStarts(context: FakeAudioContext, from = 0): number[] {
  return context.oscillators
    .slice(from)
    .filter((o) => o.frequency.events.length === 0)
    .map((o) => o.startedAt ?? Number.NaN);
}

describe('audio guide', () => {
  it('places perf times on the audio clock through the output timestamp, or currentTime before output', () => {
    const context = new FakeAudioContext();
    context.currentTime = 2;
    expect(contextTimeAt(asGuideContext(context), 13_000, 10_000)).toBe(5);
    context.outputStamp = { contextTime: 1.95, performanceTime: 9_990 };
    expect(contextTimeAt(asGuideContext(context), 13_000, 10_000)).toBeCloseTo(1.95 + 3.01, 9);
  });

  it('is null without Web Audio and makes its context only when first started', () => {
    expect(createAudioGuide(40, { now: () => 0 }, null)).toBeNull();
    const { guide, contexts } = setup();
    expect(contexts).toHaveLength(0);
    guide.start(belly, 20_000, 13_000, 0);
    expect(contexts).toHaveLength(1);
  });

  it('starts during the pre-roll with the first cue exactly on the first inhale, every cue on its boundary', () => {
    const { guide, contexts } = setup(10_000);
    guide.start(belly, 20_000, 13_000, 0);
    const context = contexts[0] as FakeAudioContext;
    const zeroAt = 3; // currentTime 0 at perf 10 000, first inhale at perf 13 000
    const expected = guideSchedule(belly, 20_000).cues.flatMap((cue) => [
      zeroAt + cue.atMs / 1000,
      ...cueVoices[cue.kind].echoes.map((e) => zeroAt + cue.atMs / 1000 + e.afterSeconds),
    ]);
    // Bells with an overtone start two oscillators at the same instant.
    expect([...new Set(bellStarts(context))]).toEqual(expected);
  });

  it('on a resume starts a little ahead of now, never in the audio clock past, from the time elapsed', () => {
    const { guide, contexts, setNow } = setup(10_000);
    guide.start(belly, 60_000, 13_000, 0);
    guide.stop();
    const context = contexts[0] as FakeAudioContext;
    const before = context.oscillators.length;
    // 20 s later, the clock (shifted by a pause) says 5.5 s have been breathed.
    context.currentTime = 20;
    setNow(30_000);
    guide.start(belly, 60_000, 24_500, 5_500);
    const fresh = context.oscillators.slice(before);
    const earliest = Math.min(...fresh.map((o) => o.startedAt ?? Number.NaN));
    expect(earliest).toBeCloseTo(20 + START_LEAD_MS / 1000, 9);
    // The next cue is the inhale at 10 s elapsed: 4.5 s after now.
    expect(Math.min(...bellStarts(context, before))).toBeCloseTo(24.5, 9);
  });

  it('stop fades out and stops every source once, even those not yet started', () => {
    const { guide, contexts } = setup();
    guide.start(belly, 20_000, 13_000, 0);
    const context = contexts[0] as FakeAudioContext;
    guide.stop();
    for (const oscillator of context.oscillators) expect(oscillator.stops()).toBe(2);
    guide.stop();
    for (const oscillator of context.oscillators) expect(oscillator.stops()).toBe(2);
    guide.close();
    expect(context.state).toBe('closed');
  });
});
