import { describe, expect, it } from 'vitest';
import {
  createPhaseTones,
  gainForVolume,
  MAX_GAIN,
  toneShapes,
} from '../../../renderer/audio/phase-tones.ts';

function fakeAudio() {
  const log: string[] = [];
  const param = (name: string) => ({
    setValueAtTime: (v: number) => log.push(`${name}=${v}`),
    linearRampToValueAtTime: (v: number) => log.push(`${name}->${v}`),
    exponentialRampToValueAtTime: (v: number) => log.push(`${name}~>${v}`),
  });
  let created = 0;
  const factory = () => {
    created += 1;
    return {
      currentTime: 0,
      destination: {},
      createOscillator: () => ({ type: '', frequency: param('hz'), connect() {}, start() {}, stop() {} }),
      createGain: () => ({ gain: param('gain'), connect() {} }),
      close: async () => undefined,
    } as unknown as AudioContext;
  };
  return { log, factory, created: () => created };
}

describe('phase tones', () => {
  it('are off by default, at volume 0 and without Web Audio', () => {
    const audio = fakeAudio();
    expect(createPhaseTones({ enabled: false, volume: 40 }, audio.factory)).toBeNull();
    expect(createPhaseTones({ enabled: true, volume: 0 }, audio.factory)).toBeNull();
    expect(createPhaseTones({ enabled: true, volume: 40 }, null)).toBeNull();
  });

  it('scale the volume setting onto a quiet gain', () => {
    expect(gainForVolume(100)).toBe(MAX_GAIN);
    expect(gainForVolume(50)).toBeCloseTo(MAX_GAIN / 4);
    expect(gainForVolume(-5)).toBe(0);
    expect(gainForVolume(Number.NaN)).toBe(0);
  });

  it('play a rising tone on the in-breath with a soft swell, creating the context only when first needed', () => {
    const audio = fakeAudio();
    const tones = createPhaseTones({ enabled: true, volume: 100 }, audio.factory);
    expect(audio.created()).toBe(0);
    tones?.play('inhale');
    expect(audio.created()).toBe(1);
    expect(audio.log).toEqual([
      `hz=${toneShapes.inhale.fromHz}`,
      `hz->${toneShapes.inhale.toHz}`,
      'gain=0.0001',
      `gain->${MAX_GAIN}`,
      'gain~>0.0001',
    ]);
    tones?.play('exhale');
    expect(audio.created()).toBe(1);
  });
});
