#!/usr/bin/env node
// Draws every icon the app ships (tray states per OS, app icon) from a few shapes, so the
// artwork is reproducible and reviewable as code: `node build/make-icons.mjs`.
// Shapes are signed-distance functions sampled 4x4 per pixel for smooth edges; PNGs are encoded
// with node:zlib, ICOs embed those PNGs (supported since Windows Vista).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

// --- PNG / ICO encoding ---------------------------------------------------------------------
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

// --- Drawing ----------------------------------------------------------------------------------
// A layer is { sdf(x, y) -> distance (negative inside), color: [r, g, b, a] } in a 0..1 square.
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));
const subtract = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));
// A leaf: the intersection of two offset circles, rotated.
const leaf = (cx, cy, length, width, angle) => {
  const r = (length * length + width * width) / (4 * width);
  const d = r - width / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const u = dx * cos + dy * sin;
    const v = -dx * sin + dy * cos;
    return Math.max(Math.hypot(u, v - d) - r, Math.hypot(u, v + d) - r);
  };
};

export function renderRgba(size, layers) {
  return renderPixels(size, layers);
}

function renderPixels(size, layers) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          // Composite layers bottom to top ("over"), premultiplied.
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const layer of layers) {
            if (layer.sdf(x, y) > 0) continue;
            const [lr, lg, lb, la] = typeof layer.color === 'function' ? layer.color(x, y) : layer.color;
            if (layer.erase) {
              cr *= 1 - la;
              cg *= 1 - la;
              cb *= 1 - la;
              ca *= 1 - la;
              continue;
            }
            cr = lr * la + cr * (1 - la);
            cg = lg * la + cg * (1 - la);
            cb = lb * la + cb * (1 - la);
            ca = la + ca * (1 - la);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = samples * samples;
      const alpha = a / n;
      const i = (py * size + px) * 4;
      rgba[i] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      rgba[i + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      rgba[i + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

function render(size, layers) {
  return encodePng(size, size, renderPixels(size, layers));
}

// --- Artwork ----------------------------------------------------------------------------------
const SAGE = [74, 124, 111, 1];
const AMBER = [200, 128, 52, 1];
const SLATE = [128, 134, 140, 1];
const BLACK = [0, 0, 0, 1];

/**
 * Tray glyphs, readable at 16 px: active = a breathing ring with a calm dot at its centre,
 * soon = a full disc (a full breath: the break is near), paused = the ring with two bars.
 */
export function trayLayers(state, color) {
  const outer = ring(0.5, 0.5, 0.36, 0.13);
  if (state === 'active') return [{ sdf: union(outer, circle(0.5, 0.5, 0.12)), color }];
  if (state === 'soon') return [{ sdf: circle(0.5, 0.5, 0.425), color }];
  const bars = union(roundRect(0.37, 0.33, 0.46, 0.67, 0.02), roundRect(0.54, 0.33, 0.63, 0.67, 0.02));
  return [{ sdf: union(outer, bars), color }];
}

export const trayColors = { active: SAGE, soon: AMBER, paused: SLATE };

/** App icon: a sage rounded square, a soft cream breath circle, and a leaf rising through it. */
function appLayers() {
  const background = roundRect(0.06, 0.06, 0.94, 0.94, 0.2);
  const gradient = (x, y) => {
    const t = (x + y) / 2;
    return [Math.round(96 - 30 * t), Math.round(148 - 30 * t), Math.round(130 - 26 * t), 1];
  };
  return [
    { sdf: background, color: gradient },
    { sdf: subtract(circle(0.5, 0.5, 0.3), circle(0.5, 0.5, 0.0)), color: [244, 241, 234, 0.22] },
    { sdf: circle(0.5, 0.5, 0.22), color: [244, 241, 234, 1] },
    { sdf: leaf(0.5, 0.52, 0.3, 0.12, -Math.PI / 3), color: [92, 140, 120, 1] },
    { sdf: leaf(0.5, 0.52, 0.27, 0.008, -Math.PI / 3), color: [244, 241, 234, 0.9] },
  ];
}

function write(relativePath, data) {
  const target = join(here, relativePath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, data);
}

export function main() {
  for (const state of ['active', 'soon', 'paused']) {
    // macOS template images: black plus alpha only; the menubar tints them.
    write(`tray/tray-${state}Template.png`, render(16, trayLayers(state, BLACK)));
    write(`tray/tray-${state}Template@2x.png`, render(32, trayLayers(state, BLACK)));
    // Linux: 32 px with a 64 px @2x sibling for HiDPI panels.
    write(`tray/tray-${state}.png`, render(32, trayLayers(state, trayColors[state])));
    write(`tray/tray-${state}@2x.png`, render(64, trayLayers(state, trayColors[state])));
    // Windows: one .ico with the sizes the notification area asks for at 100–200 % scaling.
    write(
      `tray/tray-${state}.ico`,
      encodeIco(
        [16, 20, 24, 32, 40, 48].map((size) => ({
          size,
          png: render(size, trayLayers(state, trayColors[state])),
        })),
      ),
    );
  }
  write('icon.png', render(512, appLayers()));
  write(
    'icon.ico',
    encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: render(size, appLayers()) }))),
  );
  for (const size of [16, 32, 48, 64, 128, 256, 512])
    write(`icons/${size}x${size}.png`, render(size, appLayers()));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
