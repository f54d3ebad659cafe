import { describe, expect, it } from 'vitest';
import { exercises } from '../../../shared/exercises/exercises.ts';
import { illustrationIds, isIllustrationId } from '../../../shared/exercises/illustrations.ts';

describe('illustrationIds', () => {
  it('lists the ten drawings, each once', () => {
    expect(new Set(illustrationIds).size).toBe(illustrationIds.length);
    expect([...illustrationIds].sort()).toEqual(
      [
        'belly-breathing-supine',
        'body-scan',
        'chair-hip-flexor',
        'childs-pose',
        'constructive-rest',
        'half-kneeling-hip-flexor',
        'mindful-walk',
        'seated-figure-four',
        'seated-pelvic-tilt',
        'standing-hip-circles',
      ].sort(),
    );
  });

  it('has every exercise point at a known drawing, and every drawing used by some exercise', () => {
    const used = new Set(exercises.map((exercise) => exercise.illustration));
    for (const id of used) expect(illustrationIds).toContain(id);
    for (const id of illustrationIds) expect(used.has(id)).toBe(true);
  });

  it('guards untrusted ids', () => {
    expect(isIllustrationId('childs-pose')).toBe(true);
    for (const value of ['', 'childs pose', 'hasOwnProperty', '__proto__', 1, null, undefined]) {
      expect(isIllustrationId(value)).toBe(false);
    }
  });
});
