import {
  bedHz,
  bedShare,
  CUE_ATTACK_SECONDS,
  type CueVoice,
  cueVoices,
  type GuideSchedule,
} from './guide-schedule.ts';

/**
 * Turns a guide schedule into Web Audio automation, all of it placed on the context's own clock
 * at once: nothing here waits for a frame or a timer, so a busy main thread cannot make the sound
 * drift from the shape. Kept apart from the schedule so the bench can render exactly this code in
 * an OfflineAudioContext.
 */

/** Where the two parts of the guide go; the bench puts them on separate channels to measure them. */
export interface GuideOutputs {
  readonly cues: AudioNode;
  readonly bed: AudioNode;
}

export interface GuidePlayback {
  /** Fades everything out within a few tens of ms from now and releases the nodes. */
  stop(): void;
}

export interface GuidePlayOptions {
  /** Context time (s) of the pacer's elapsed 0: the first inhale. */
  readonly zeroAt: number;
  /** Overall gain (see `guideGain`). */
  readonly gain: number;
  readonly outputs?: GuideOutputs;
}

/** Breath sound fade in at the start and out after the end cue. */
const BED_FADE_IN_SECONDS = 0.4;
const BED_FADE_OUT_SECONDS = 1.5;
const STOP_FADE_SECONDS = 0.06;
/** Silence floor for exponential ramps, which cannot reach 0. */
const QUIET = 0.0001;
/** Keeps back-to-back value curves from touching: the spec refuses overlapping automation. */
const CURVE_GAP_SECONDS = 1e-6;
/** The bed's second voice, a fifth up and a touch detuned, gives it warmth. */
const BED_FIFTH = 1.4983;

export function playGuide(
  context: BaseAudioContext,
  schedule: GuideSchedule,
  options: GuidePlayOptions,
): GuidePlayback {
  const at = (ms: number) => options.zeroAt + ms / 1000;
  const sources: AudioScheduledSourceNode[] = [];

  const cueBus = context.createGain();
  cueBus.gain.value = options.gain;
  cueBus.connect(options.outputs?.cues ?? context.destination);
  const bedBus = context.createGain();
  bedBus.gain.value = options.gain;
  bedBus.connect(options.outputs?.bed ?? context.destination);

  for (const cue of schedule.cues) {
    const voice = cueVoices[cue.kind];
    sources.push(...bell(context, cueBus, voice.hz, voice.overtoneHz, at(cue.atMs), voice));
    for (const echo of voice.echoes) {
      sources.push(...bell(context, cueBus, echo.hz, 0, at(cue.atMs) + echo.afterSeconds, voice));
    }
  }

  const first = schedule.segments[0];
  if (first !== undefined) {
    const startAt = at(first.atMs);
    const endAt = at(schedule.endMs);
    const level = context.createGain();
    const fade = context.createGain();
    const tone = context.createBiquadFilter();
    tone.type = 'lowpass';
    tone.frequency.value = 700;
    const low = context.createOscillator();
    low.type = 'triangle';
    const high = context.createOscillator();
    high.type = 'sine';
    const highGain = context.createGain();
    highGain.gain.value = 0.3;
    low.connect(tone);
    high.connect(highGain).connect(tone);
    tone.connect(level).connect(fade).connect(bedBus);

    fade.gain.setValueAtTime(0, startAt);
    fade.gain.linearRampToValueAtTime(1, startAt + BED_FADE_IN_SECONDS);
    fade.gain.setValueAtTime(1, endAt);
    fade.gain.linearRampToValueAtTime(0, endAt + BED_FADE_OUT_SECONDS);

    for (const segment of schedule.segments) {
      const begin = at(segment.atMs);
      const seconds = segment.ms / 1000 - CURVE_GAP_SECONDS;
      low.frequency.setValueCurveAtTime(Float32Array.from(segment.levels, bedHz), begin, seconds);
      high.frequency.setValueCurveAtTime(
        Float32Array.from(segment.levels, (l) => bedHz(l) * BED_FIFTH),
        begin,
        seconds,
      );
      level.gain.setValueCurveAtTime(Float32Array.from(segment.levels, bedShare), begin, seconds);
    }
    for (const oscillator of [low, high]) {
      oscillator.start(startAt);
      oscillator.stop(endAt + BED_FADE_OUT_SECONDS + 0.05);
      sources.push(oscillator);
    }
  }

  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      const now = context.currentTime;
      for (const bus of [cueBus, bedBus]) {
        bus.gain.cancelScheduledValues(now);
        bus.gain.setValueAtTime(bus.gain.value, now);
        bus.gain.linearRampToValueAtTime(0, now + STOP_FADE_SECONDS);
      }
      for (const source of sources) {
        // A source that never started may be stopped for good; one already stopped must not be again.
        try {
          source.stop(now + STOP_FADE_SECONDS + 0.01);
        } catch {
          // InvalidStateError: it has already been stopped. Nothing to do.
        }
      }
    },
  };
}

/** One soft bell: a short linear attack (the onset the bench detects) and an exponential tail. */
function bell(
  context: BaseAudioContext,
  out: AudioNode,
  hz: number,
  overtoneHz: number,
  startAt: number,
  voice: CueVoice,
): AudioScheduledSourceNode[] {
  const envelope = context.createGain();
  envelope.gain.setValueAtTime(0, startAt);
  envelope.gain.linearRampToValueAtTime(voice.loudness, startAt + CUE_ATTACK_SECONDS);
  envelope.gain.exponentialRampToValueAtTime(QUIET, startAt + voice.seconds);
  envelope.gain.setValueAtTime(0, startAt + voice.seconds);
  envelope.connect(out);
  const made: AudioScheduledSourceNode[] = [];
  const partials: [number, number][] =
    overtoneHz > 0
      ? [
          [hz, 1],
          [overtoneHz, 0.2],
        ]
      : [[hz, 1]];
  for (const [frequency, share] of partials) {
    const oscillator = context.createOscillator();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const gain = context.createGain();
    gain.gain.value = share;
    oscillator.connect(gain).connect(envelope);
    oscillator.start(startAt);
    oscillator.stop(startAt + voice.seconds + 0.02);
    made.push(oscillator);
  }
  return made;
}
