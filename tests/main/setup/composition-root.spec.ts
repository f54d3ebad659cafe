import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// main/index.ts only wires: each part is built by its setup module (main/setup/), which takes its
// ports and returns a disposer. These checks keep it that way as features are added.
const source = readFileSync(join(import.meta.dirname, '..', '..', '..', 'main', 'index.ts'), 'utf8');
const lines = source.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '');

describe('the composition root (main/index.ts)', () => {
  it('stays within 120 lines', () => {
    expect(lines.length).toBeLessThanOrEqual(120);
  });

  it('has no late-bound let to break a wiring cycle (an event hub does that)', () => {
    expect(lines.filter((line) => /^\s*let\s/.test(line))).toEqual([]);
  });

  it('starts no timer of its own (every timer goes through the Timer port)', () => {
    expect(source).not.toMatch(/\bset(Timeout|Interval)\s*\(/);
  });
});
