import type { PhaseKind } from '../../shared/exercises/types.ts';

/**
 * Soft sine tones at phase changes, synthesised so the app ships no audio files. Off unless the
 * user turns sounds on; the volume setting (0-100) maps onto a quiet gain, squared so the low end
 * of the slider stays usable in an office.
 */
export interface PhaseTones {
  play(phase: PhaseKind | 'done'): void;
  close(): void;
}

/** Start and end pitch per cue: rising on the in-breath, falling on the out-breath, level on holds. */
export const toneShapes: Readonly<
  Record<PhaseKind | 'done', { fromHz: number; toHz: number; seconds: number }>
> = {
  inhale: { fromHz: 392, toHz: 440, seconds: 1.2 },
  'hold-in': { fromHz: 440, toHz: 440, seconds: 0.8 },
  exhale: { fromHz: 349, toHz: 294, seconds: 1.6 },
  'hold-out': { fromHz: 294, toHz: 294, seconds: 0.8 },
  done: { fromHz: 523, toHz: 523, seconds: 2.4 },
};

/** The loudest a tone gets at volume 100; kept well below full scale on purpose. */
export const MAX_GAIN = 0.18;

export function gainForVolume(volume: number): number {
  const clamped = Math.min(100, Math.max(0, Number.isFinite(volume) ? volume : 0)) / 100;
  return MAX_GAIN * clamped * clamped;
}

type AudioContextFactory = () => AudioContext;

function defaultFactory(): AudioContextFactory | null {
  if (typeof AudioContext !== 'function') return null;
  return () => new AudioContext();
}

/** Null when sounds are off, the volume is 0 or the platform has no Web Audio. */
export function createPhaseTones(
  sounds: { readonly enabled: boolean; readonly volume: number },
  factory: AudioContextFactory | null = defaultFactory(),
): PhaseTones | null {
  const peak = gainForVolume(sounds.volume);
  if (!sounds.enabled || peak <= 0 || factory === null) return null;
  let context: AudioContext | null = null;

  return {
    play(phase) {
      context ??= factory();
      const shape = toneShapes[phase];
      const start = context.currentTime;
      const end = start + shape.seconds;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.setValueAtTime(shape.fromHz, start);
      oscillator.frequency.linearRampToValueAtTime(shape.toHz, end);
      // A slow attack and a long exponential tail: a soft swell, never a click.
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.linearRampToValueAtTime(peak, start + 0.12);
      gain.gain.exponentialRampToValueAtTime(0.0001, end);
      oscillator.connect(gain);
      gain.connect(context.destination);
      oscillator.start(start);
      oscillator.stop(end + 0.05);
    },
    close() {
      void context?.close();
      context = null;
    },
  };
}
