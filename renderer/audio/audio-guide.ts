import type { BreathingPattern } from '../../shared/exercises/types.ts';
import { type GuidePlayback, playGuide } from './guide-player.ts';
import { guideGain, guideSchedule } from './guide-schedule.ts';

/**
 * The eyes-closed guide for one break window: owns the AudioContext and maps the pacer's clock
 * (performance.now()) onto the context's clock, so "elapsed 0" is the same instant for the shape
 * and the sound. The context is made on first use and closed with the window.
 */
export interface AudioGuide {
  /**
   * Plays from `fromMs` after the first inhale to the session's end, with the first inhale at
   * performance time `zeroPerfMs` (the pacer clock's shifted start). Replaces what was playing.
   */
  start(pattern: BreathingPattern, sessionMs: number, zeroPerfMs: number, fromMs: number): void;
  /** Fades out what is playing (pause, sound off, ending early). */
  stop(): void;
  close(): void;
}

/** The piece of an AudioContext the guide needs to place perf times on its clock. */
export type GuideContext = BaseAudioContext &
  Pick<AudioContext, 'getOutputTimestamp' | 'close' | 'resume' | 'state'>;

export type GuideContextFactory = () => GuideContext;

export interface GuideClock {
  /** performance.now() */
  now(): number;
}

/**
 * Context time (s) at which a sound is heard at performance time `perfMs`. getOutputTimestamp
 * pairs the two clocks at the speaker (output latency included); before the context has output
 * anything it reports zeros, and then currentTime stands in for "now".
 * https://webaudio.github.io/web-audio-api/#dom-audiocontext-getoutputtimestamp
 */
export function contextTimeAt(context: GuideContext, perfMs: number, perfNow: number): number {
  const stamp = context.getOutputTimestamp();
  const contextTime = stamp.contextTime ?? 0;
  const performanceTime = stamp.performanceTime ?? 0;
  if (contextTime > 0 && performanceTime > 0) return contextTime + (perfMs - performanceTime) / 1000;
  return context.currentTime + (perfMs - perfNow) / 1000;
}

/**
 * A resume or "sound on" starts the guide this far ahead of now, so nothing is scheduled in the
 * context's past (where Web Audio would clamp a curve's start and shift it).
 */
export const START_LEAD_MS = 150;

function defaultFactory(): GuideContextFactory | null {
  if (typeof AudioContext !== 'function') return null;
  return () => new AudioContext({ latencyHint: 'playback' });
}

/** Null where the platform has no Web Audio. */
export function createAudioGuide(
  volume: number,
  clock: GuideClock,
  factory: GuideContextFactory | null = defaultFactory(),
): AudioGuide | null {
  if (factory === null) return null;
  let context: GuideContext | null = null;
  let playing: GuidePlayback | null = null;
  const gain = guideGain(volume);

  return {
    start(pattern, sessionMs, zeroPerfMs, fromMs) {
      playing?.stop();
      context ??= factory();
      if (context.state === 'suspended') void context.resume().catch(() => undefined);
      const now = clock.now();
      const from = Math.max(fromMs, now + START_LEAD_MS - zeroPerfMs, 0);
      const zeroAt = contextTimeAt(context, zeroPerfMs, now);
      playing = playGuide(context, guideSchedule(pattern, sessionMs, from), { zeroAt, gain });
    },
    stop() {
      playing?.stop();
      playing = null;
    },
    close() {
      playing = null;
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}
