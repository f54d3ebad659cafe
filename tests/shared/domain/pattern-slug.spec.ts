import { describe, expect, it } from 'vitest';
import {
  isCustomPatternId,
  isPatternRef,
  PATTERN_ID_MAX_LENGTH,
} from '../../../shared/domain/pattern-ids.ts';
import { customPatternIdFor } from '../../../shared/domain/pattern-slug.ts';

describe('customPatternIdFor', () => {
  it('makes a lower-case slug one can type on the command line, accents dropped', () => {
    expect(customPatternIdFor('Avond 4-8', [])).toBe('avond-4-8');
    expect(customPatternIdFor('  Rustig   adem!  ', [])).toBe('rustig-adem');
    expect(customPatternIdFor('Één keer zücht', [])).toBe('een-keer-zucht');
  });

  it('never takes a built-in id or one already taken, by numbering', () => {
    expect(customPatternIdFor('Belly', [])).toBe('belly-2');
    expect(customPatternIdFor('Box', ['box-2'])).toBe('box-3');
    expect(customPatternIdFor('Evening', ['evening'])).toBe('evening-2');
  });

  it('gives "pattern" for a name without letters or digits, and stays within the id length', () => {
    expect(customPatternIdFor('😌 …', [])).toBe('pattern');
    const long = 'a'.repeat(60);
    const first = customPatternIdFor(long, []);
    expect(first).toHaveLength(PATTERN_ID_MAX_LENGTH);
    const second = customPatternIdFor(long, [first]);
    expect(second).toHaveLength(PATTERN_ID_MAX_LENGTH);
    expect(second.endsWith('-2')).toBe(true);
  });

  it('always makes an id the validator and the command line accept as a custom one', () => {
    for (const name of ['Evening', '4-7-8 mine', 'x-'.repeat(30), '---', 'Belly', 'ÀÉÎ']) {
      const id = customPatternIdFor(name, []);
      expect(isPatternRef(id)).toBe(true);
      expect(isCustomPatternId(id)).toBe(true);
    }
  });
});
