import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOnceMarker } from '../../../main/notifications/once-marker.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'br-once-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('once marker', () => {
  it('is first once per name, also for a new start on the same data folder', () => {
    const dir = tempDir();
    expect(createOnceMarker(dir).first('shortcut-unavailable-on-wayland')).toBe(true);
    expect(createOnceMarker(dir).first('shortcut-unavailable-on-wayland')).toBe(false);
    expect(createOnceMarker(dir).first('something-else')).toBe(true);
    expect(existsSync(join(dir, 'told', 'shortcut-unavailable-on-wayland'))).toBe(true);
  });

  it('says it again rather than fail when the folder cannot be written', () => {
    const dir = tempDir();
    chmodSync(dir, 0o500);
    const marker = createOnceMarker(dir);
    expect(marker.first('x')).toBe(true);
    // Running as root ignores the mode; either way nothing throws.
    expect(typeof marker.first('x')).toBe('boolean');
  });
});
