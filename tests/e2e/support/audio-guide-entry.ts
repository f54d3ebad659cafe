import { playGuide } from '../../../renderer/audio/guide-player.ts';
import { guideGain, guideSchedule } from '../../../renderer/audio/guide-schedule.ts';
import type { BreathingPattern } from '../../../shared/exercises/types.ts';
import type { GuideRender, GuideRenderRequest } from './audio-guide-types.ts';

// Runs inside the page (bundled to an IIFE): renders the real guide player in an
// OfflineAudioContext, cues on channel 0 and the breath sound on channel 1, and hands back what
// the node side needs to find onsets, without shipping megabytes of samples over CDP.

/** Below this the cue channel counts as quiet: 1 % of the loudest cue at volume 100. */
const ONSET_THRESHOLD = guideGain(100) / 100;
/** A cue must be preceded by this much quiet to count as a new onset (a bell's tail is not one). */
const QUIET_BEFORE_MS = 100;
const WINDOW_MS = 20;

async function renderGuide(request: GuideRenderRequest, pattern: BreathingPattern): Promise<GuideRender> {
  const { sampleRate, renderSeconds, zeroAtSeconds, sessionMs } = request;
  const context = new OfflineAudioContext({
    numberOfChannels: 2,
    length: Math.ceil(renderSeconds * sampleRate),
    sampleRate,
  });
  const merger = context.createChannelMerger(2);
  merger.connect(context.destination);
  const cues = context.createGain();
  cues.connect(merger, 0, 0);
  const bed = context.createGain();
  bed.connect(merger, 0, 1);
  const schedule = guideSchedule(pattern, sessionMs);
  playGuide(context, schedule, { zeroAt: zeroAtSeconds, gain: guideGain(100), outputs: { cues, bed } });
  const buffer = await context.startRendering();

  const cueSamples = buffer.getChannelData(0);
  const onsetsMs: number[] = [];
  const quietNeeded = Math.round((QUIET_BEFORE_MS / 1000) * sampleRate);
  let quietFor = quietNeeded;
  for (let i = 0; i < cueSamples.length; i += 1) {
    if (Math.abs(cueSamples[i] ?? 0) > ONSET_THRESHOLD) {
      if (quietFor >= quietNeeded) onsetsMs.push((i / sampleRate - zeroAtSeconds) * 1000);
      quietFor = 0;
    } else quietFor += 1;
  }

  const bedSamples = buffer.getChannelData(1);
  const windowSamples = Math.round((WINDOW_MS / 1000) * sampleRate);
  const bedRms: [number, number][] = [];
  for (let start = 0; start + windowSamples <= bedSamples.length; start += windowSamples) {
    let sum = 0;
    for (let i = start; i < start + windowSamples; i += 1) sum += (bedSamples[i] ?? 0) ** 2;
    const midMs = ((start + windowSamples / 2) / sampleRate - zeroAtSeconds) * 1000;
    bedRms.push([midMs, Math.sqrt(sum / windowSamples)]);
  }
  return {
    expectedCues: schedule.cues.map((cue) => ({ atMs: cue.atMs, kind: cue.kind })),
    onsetsMs,
    bedRms,
  };
}

(globalThis as unknown as { __renderGuide: typeof renderGuide }).__renderGuide = renderGuide;
