import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WINDOW_SIZES } from '../../../shared/window-sizes.ts';
import { waitForFadeIn } from './fade-in.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * Where the screenshots go. `npm run screenshots` refreshes docs/screenshots (the README shows the
 * best of them); every other run (npm test, npm run e2e) writes to the ignored .screenshots/, so
 * a test run leaves the working tree clean. npm names the running script in npm_lifecycle_event.
 */
export const screenshotDir =
  process.env.npm_lifecycle_event === 'screenshots'
    ? join(root, 'docs', 'screenshots')
    : join(root, '.screenshots');

/**
 * Writes <screenshotDir>/<name>.png: the viewport only, which must be the real size of one of the
 * windows (WINDOW_SIZES), so every screenshot shows what that window shows, nothing past its edge.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`screenshot name must be kebab-case: ${name}`);
  const viewport = page.viewportSize();
  const real = Object.values(WINDOW_SIZES).some(
    (size) => size.width === viewport?.width && size.height === viewport?.height,
  );
  if (!real) throw new Error(`screenshot ${name} at ${JSON.stringify(viewport)}, not a window's real size`);
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await waitForFadeIn(page);
  await page.screenshot({ path, animations: 'allow' });
  return path;
}
