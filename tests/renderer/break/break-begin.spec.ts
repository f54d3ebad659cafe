import { describe, expect, it } from 'vitest';
import { breathingBegin, stretchBegin } from '../../../renderer/break/break-begin.ts';

describe('break:begin requests', () => {
  it('cover a breathing session plus its 3 s pre-roll, with the chosen pattern', () => {
    expect(breathingBegin('box', 128_000)).toEqual({ patternId: 'box', durationMs: 131_000 });
    expect(breathingBegin('resonance', 297_000)).toEqual({ patternId: 'resonance', durationMs: 300_000 });
  });

  it('cover a stretch session as it is, without a pattern', () => {
    expect(stretchBegin(300_000)).toEqual({ durationMs: 300_000 });
  });

  it('stay whole and within main’s bounds of 10 s to an hour', () => {
    expect(breathingBegin('belly', 5_500.4)).toEqual({ patternId: 'belly', durationMs: 10_000 });
    expect(breathingBegin('belly', 60_000.6)).toEqual({ patternId: 'belly', durationMs: 63_001 });
    expect(stretchBegin(2 * 3_600_000)).toEqual({ durationMs: 3_600_000 });
    expect(stretchBegin(0)).toEqual({ durationMs: 10_000 });
  });
});
