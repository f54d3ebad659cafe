import { describe, expect, it } from 'vitest';
import {
  BED_EMPTY_HZ,
  BED_FULL_HZ,
  bedHz,
  bedShare,
  cueVoices,
  guideGain,
  guideSchedule,
  MAX_GUIDE_GAIN,
  sessionEndMs,
} from '../../../renderer/audio/guide-schedule.ts';
import { findPattern } from '../../../shared/exercises/patterns.ts';
import { pacerAt, phaseBoundaries, sessionProgress } from '../../../shared/pacer.ts';

const belly = findPattern('belly');
const box = findPattern('box');
const sigh = findPattern('cyclic-sigh');

describe('audio guide schedule', () => {
  it('puts a cue on every pacerAt phase boundary with the phase that begins, and the end cue on the session end', () => {
    const schedule = guideSchedule(box, 40_000);
    // 40 s of 16 s squares ends after the third square, never mid-breath.
    expect(schedule.endMs).toBe(48_000);
    expect(schedule.endMs).toBe(sessionProgress(box, 0, 40_000).remainingMs);
    expect(schedule.cues.map((cue) => cue.atMs)).toEqual([...phaseBoundaries(box, 0, 48_000), 48_000]);
    expect(schedule.cues.slice(0, 5).map((cue) => cue.kind)).toEqual([
      'inhale',
      'hold-in',
      'exhale',
      'hold-out',
      'inhale',
    ]);
    for (const cue of schedule.cues.slice(0, -1)) expect(cue.kind).toBe(pacerAt(box, cue.atMs).phase);
    expect(schedule.cues.at(-1)).toEqual({ atMs: 48_000, kind: 'end' });
  });

  it('cuts the breath sound at the same boundaries and samples pacerAt level along each phase', () => {
    const schedule = guideSchedule(sigh, 10_000);
    expect(schedule.segments.map((s) => [s.atMs, s.ms])).toEqual([
      [0, 2500],
      [2500, 1000],
      [3500, 6500],
    ]);
    for (const segment of schedule.segments) {
      const last = segment.levels.length - 1;
      segment.levels.forEach((level, i) => {
        if (i === last) return;
        expect(level).toBe(pacerAt(sigh, segment.atMs + Math.floor((segment.ms * i) / last)).level);
      });
      // At least 16 samples a second so the linear pieces stay within 0.003 of the sine ease.
      expect(segment.levels.length).toBeGreaterThanOrEqual((segment.ms / 1000) * 16);
    }
    // Each phase ends where the next begins (the top-up goes from 0.8 to full, the sigh to empty).
    expect(schedule.segments.map((s) => [s.levels[0], s.levels.at(-1)])).toEqual([
      [0, expect.closeTo(0.8, 5)],
      [expect.closeTo(0.8, 5), expect.closeTo(1, 5)],
      [1, expect.closeTo(0, 5)],
    ]);
  });

  it('on a resume mid-phase starts the sound there and cues only from the next boundary', () => {
    const schedule = guideSchedule(belly, 60_000, 5_500);
    expect(schedule.segments[0]).toMatchObject({ atMs: 5_500, ms: 4_500 });
    expect(schedule.segments[0]?.levels[0]).toBe(pacerAt(belly, 5_500).level);
    expect(schedule.cues[0]).toEqual({ atMs: 10_000, kind: 'inhale' });
    expect(schedule.cues.at(-1)).toEqual({ atMs: 60_000, kind: 'end' });
  });

  it('keeps odd starts in range: past the end only the end cue, negative or NaN as 0', () => {
    expect(guideSchedule(belly, 20_000, 99_000)).toEqual({
      cues: [{ atMs: 20_000, kind: 'end' }],
      segments: [],
      endMs: 20_000,
    });
    expect(guideSchedule(belly, 20_000, -50)).toEqual(guideSchedule(belly, 20_000, 0));
    expect(guideSchedule(belly, 20_000, Number.NaN)).toEqual(guideSchedule(belly, 20_000, 0));
    expect(sessionEndMs(belly, 0)).toBe(0);
  });

  it('maps the level onto pitch and loudness, and the volume setting onto a quiet, squared gain', () => {
    expect(bedHz(0)).toBe(BED_EMPTY_HZ);
    expect(bedHz(1)).toBe(BED_FULL_HZ);
    expect(bedHz(2)).toBe(BED_FULL_HZ);
    expect(bedShare(0)).toBeLessThan(bedShare(0.5));
    expect(bedShare(0.5)).toBeLessThan(bedShare(1));
    expect(guideGain(100)).toBe(MAX_GUIDE_GAIN);
    expect(guideGain(50)).toBeCloseTo(MAX_GUIDE_GAIN / 4);
    expect(guideGain(-1)).toBe(0);
    expect(guideGain(Number.NaN)).toBe(0);
  });

  it('gives the end its own cue: longer, fuller and falling, unlike any phase cue', () => {
    const phaseCues = (['inhale', 'hold-in', 'exhale', 'hold-out'] as const).map((kind) => cueVoices[kind]);
    for (const voice of phaseCues) {
      expect(voice.echoes).toEqual([]);
      expect(voice.seconds).toBeLessThan(cueVoices.end.seconds);
      expect(voice.hz).not.toBe(cueVoices.end.hz);
    }
    expect(cueVoices.end.echoes.map((e) => e.hz)).toEqual(
      [...cueVoices.end.echoes.map((e) => e.hz)].sort((a, b) => b - a),
    );
    expect(cueVoices.inhale.hz).toBeGreaterThan(cueVoices.exhale.hz);
  });
});
