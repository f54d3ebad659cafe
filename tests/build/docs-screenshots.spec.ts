import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WINDOW_SIZES } from '../../shared/window-sizes.ts';

// #14: the screenshots in docs/ (the README shows some) are the windows at their real sizes, as
// `npm run screenshots` takes them, never a page larger than its window.
const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'docs', 'screenshots');
const shots = readdirSync(dir).filter((name) => name.endsWith('.png'));

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const realSizes = Object.entries(WINDOW_SIZES).map(([name, size]) => ({ name, ...size }));

describe('docs/screenshots', () => {
  it('has the screenshots of every window kind', () => {
    for (const prefix of [
      'break-notice-',
      'break-breathing-',
      'break-stretch-',
      'break-setup-',
      'panel-',
      'preferences-',
      'floor-',
    ])
      expect(
        shots.some((name) => name.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it.each(shots)('%s is exactly the real size of one window', (name) => {
    const size = pngSize(join(dir, name));
    expect(
      realSizes
        .filter((real) => real.width === size.width && real.height === size.height)
        .map((real) => real.name),
      `${name} is ${size.width}×${size.height}`,
    ).not.toEqual([]);
  });

  it('every screenshot the README shows exists', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/\(docs\/screenshots\/([^)]+\.png)\)/g)].map((match) => match[1]);
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(shots, name).toContain(name);
  });
});
