import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const buildDir = join(import.meta.dirname, '..', '..', 'build');
const states = ['active', 'soon', 'paused'] as const;

interface Png {
  width: number;
  height: number;
  pixels: Buffer;
}

/** Minimal decoder for the 8-bit RGBA, filter-0 PNGs that build/make-icons.mjs writes. */
function readPng(data: Buffer): Png {
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('ascii', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

const png = (name: string) => readPng(readFileSync(join(buildDir, name)));

function coverage(image: Png): number {
  let opaque = 0;
  for (let i = 3; i < image.pixels.length; i += 4) if ((image.pixels[i] ?? 0) > 128) opaque += 1;
  return opaque / (image.width * image.height);
}

describe('generated icons', () => {
  it('macOS tray templates are 16 px + 32 px @2x, black with alpha only', () => {
    for (const state of states) {
      for (const [file, size] of [
        [`tray/tray-${state}Template.png`, 16],
        [`tray/tray-${state}Template@2x.png`, 32],
      ] as const) {
        const image = png(file);
        expect([image.width, image.height], file).toEqual([size, size]);
        for (let i = 0; i < image.pixels.length; i += 4) {
          expect((image.pixels[i] ?? 0) + (image.pixels[i + 1] ?? 0) + (image.pixels[i + 2] ?? 0), file).toBe(
            0,
          );
        }
        expect(coverage(image), file).toBeGreaterThan(0.15);
      }
    }
  });

  it('Linux tray PNGs are 32 px with a 64 px @2x sibling, and the three states look different', () => {
    const coverages = states.map((state) => {
      const image = png(`tray/tray-${state}.png`);
      expect([image.width, image.height]).toEqual([32, 32]);
      const large = png(`tray/tray-${state}@2x.png`);
      expect([large.width, large.height]).toEqual([64, 64]);
      return coverage(image);
    });
    expect(new Set(coverages.map((c) => c.toFixed(3))).size).toBe(3);
  });

  it('Windows tray .ico files hold the sizes the notification area uses', () => {
    for (const state of states) {
      const ico = readFileSync(join(buildDir, `tray/tray-${state}.ico`));
      expect(ico.readUInt16LE(2)).toBe(1);
      const count = ico.readUInt16LE(4);
      const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] ?? -1);
      expect(sizes).toEqual([16, 20, 24, 32, 40, 48]);
      for (let i = 0; i < count; i += 1) {
        const length = ico.readUInt32LE(6 + i * 16 + 8);
        const offset = ico.readUInt32LE(6 + i * 16 + 12);
        const image = readPng(ico.subarray(offset, offset + length));
        expect(image.width).toBe(sizes[i]);
      }
    }
  });

  it('the app icon is 512 px and the Linux icon set has every size electron-builder looks for', () => {
    const icon = png('icon.png');
    expect([icon.width, icon.height]).toEqual([512, 512]);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const image = png(`icons/${size}x${size}.png`);
      expect([image.width, image.height]).toEqual([size, size]);
    }
    const ico = readFileSync(join(buildDir, 'icon.ico'));
    expect(ico.readUInt16LE(4)).toBe(7);
  });
});
