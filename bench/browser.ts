import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BreakSession } from '../shared/ipc-contract.ts';
import { DEFAULT_SETTINGS } from '../shared/settings/types.ts';
import { WINDOW_SIZES } from '../shared/window-sizes.ts';
import { chromiumPath, launchChromium } from '../tests/e2e/support/browser.ts';
import { fakeBridgeScript } from '../tests/e2e/support/fake-bridge-bundle.ts';
import type { PageFakeOptions } from '../tests/e2e/support/page-fake-types.ts';
import { answerLikeAppProtocol, rendererOutDir } from '../tests/e2e/support/static-server.ts';

/**
 * The e2e support's browser pieces for a plain Node process. `openPage` navigates before a caller
 * can add init scripts, and the first-frame bench needs a blank page on the very same server, so
 * this keeps the e2e launch flags, fake bridge bundle and app-protocol answers but owns the server
 * and the navigation.
 */

/** A page with nothing but the element the first-frame probe waits for, for the baseline. */
export const BLANK_PAGE_PATH = '/__bench-blank.html';
const blankHtml =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head>' +
  '<body><section data-testid="pacer">.</section></body></html>';

export interface BenchBrowser {
  readonly browser: Browser;
  readonly url: string;
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath);
}

export async function startBenchBrowser(): Promise<BenchBrowser> {
  // Both pages are answered as main answers app://bundle: the same headers (CSP, COOP) for each.
  const blankDir = mkdtempSync(join(tmpdir(), 'breathing-room-bench-'));
  writeFileSync(join(blankDir, BLANK_PAGE_PATH.slice(1)), blankHtml);
  const server = createServer((request, response) => {
    const blank = request.url === BLANK_PAGE_PATH;
    void answerLikeAppProtocol(blank ? blankDir : rendererOutDir, request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    browser,
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(blankDir, { recursive: true, force: true });
    },
  };
}

export interface BenchPage {
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * A fresh context with the fake bridge answering `break:session`, the given init scripts (which
 * run before any app code), then the navigation.
 */
export async function openBenchPage(
  env: BenchBrowser,
  path: string,
  session: BreakSession,
  initScripts: readonly string[] = [],
): Promise<BenchPage> {
  const context = await env.browser.newContext({
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'no-preference',
    // The break window's real size: main's own table.
    viewport: { ...WINDOW_SIZES.break },
    deviceScaleFactor: 1,
  });
  const fake: PageFakeOptions = {
    settings: { ...DEFAULT_SETTINGS, language: 'en' },
    appInfo: { systemLocale: 'en' },
    responses: { 'break:session': session },
  };
  await context.addInitScript({ content: `globalThis.__fakeOptions = ${JSON.stringify(fake)};` });
  await context.addInitScript({ content: await fakeBridgeScript() });
  for (const content of initScripts) await context.addInitScript({ content });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), env.url).toString());
  return { page, close: () => context.close() };
}
