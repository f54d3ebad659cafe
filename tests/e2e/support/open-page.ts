import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Locale } from '../../../shared/i18n/locale.ts';
import type { InvokeChannel, InvokeMap, PushChannel, PushMap } from '../../../shared/ipc-contract.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/types.ts';
import { themeBackground } from '../../../shared/theme-background.ts';
import { WINDOW_SIZES, type WindowKind, type WindowSizeName } from '../../../shared/window-sizes.ts';
import type { FakeCall } from '../../support/fake-bridge.ts';
import { launchChromium } from './browser.ts';
import { ensureRendererBuilt } from './build-renderer.ts';
import { fakeBridgeScript } from './fake-bridge-bundle.ts';
import type { PageFakeHandle, PageFakeOptions } from './page-fake-types.ts';
import { rendererOutDir, type StaticServer, startStaticServer } from './static-server.ts';

export interface OpenPageOptions {
  /** Path under out/renderer with query or hash, e.g. 'break.html?view=break' or 'index.html#/preferences'. */
  readonly page: string;
  /** Sets the fake settings' language and the browser's locale. Default 'en'. */
  readonly locale?: Locale;
  /** The emulated system colour scheme (settings.theme stays 'system' unless `fake.settings` says otherwise). */
  readonly theme?: 'light' | 'dark';
  readonly reducedMotion?: boolean;
  /**
   * The viewport is always the real size main gives the window that shows this page
   * (WINDOW_SIZES, the same table main reads), so no test sees a layout at a size users never get.
   */
  /**
   * The window size when a page's window has more than one: 'floor' for the break window holding
   * a floor session (main loads the same break.html?view=break there). Default: the page's window.
   */
  readonly size?: WindowSizeName;
  /** 1 (default) or 2, as on a HiDPI screen. */
  readonly deviceScaleFactor?: 1 | 2;
  readonly fake?: PageFakeOptions;
  /**
   * 'paused': the page's clock (Date, timers, requestAnimationFrame, performance.now) is Playwright's
   * fake one, paused before the page loads; the test moves it with `page.clock.runFor(ms)`, so what
   * it reads does not depend on how loaded the machine is (https://playwright.dev/docs/clock).
   */
  readonly clock?: 'paused';
  /** Scripts that run in the page before any app code, after the fake bridge (e.g. a probe). */
  readonly initScripts?: readonly string[];
}

/** The node side of `window.__fake`. */
export interface PageFake {
  calls(): Promise<FakeCall[]>;
  callsTo<K extends InvokeChannel>(channel: K): Promise<InvokeMap[K]['req'][]>;
  emit<K extends PushChannel>(channel: K, payload: PushMap[K]): Promise<void>;
  setResponse<K extends InvokeChannel>(channel: K, value: InvokeMap[K]['res']): Promise<void>;
  settings(): Promise<Settings>;
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly fake: PageFake;
  /** Uncaught errors and console errors of the page, for a test to assert none happened. */
  readonly errors: string[];
  close(): Promise<void>;
}

interface Environment {
  readonly browser: Browser;
  readonly server: StaticServer;
}

let environment: Promise<Environment> | null = null;

/** Where a paused page clock starts: 09:00 UTC on Tuesday 10 March 2026. */
const PAUSED_CLOCK_START = Date.UTC(2026, 2, 10, 9, 0, 0);

/** One server and one browser per test file, started on first use. */
export function e2eEnvironment(): Promise<Environment> {
  environment ??= (async () => {
    await ensureRendererBuilt();
    const [server, browser] = await Promise.all([startStaticServer(rendererOutDir), launchChromium()]);
    return { server, browser };
  })();
  return environment;
}

/** Call from afterAll. */
export async function closeE2eEnvironment(): Promise<void> {
  if (!environment) return;
  const { browser, server } = await environment;
  environment = null;
  await browser.close();
  await server.close();
}

type FakeWindow = { __fake: PageFakeHandle };

/** Which window main shows a page in, from its path: the same split as the window manager's URLs. */
export function windowOfPage(page: string): WindowKind {
  const url = new URL(page, 'http://renderer.invalid/');
  const file = url.pathname.replace(/^\//, '');
  if (file === 'panel.html') return 'panel';
  if (file === 'break.html') return url.searchParams.get('view') === 'notice' ? 'notice' : 'break';
  if (file === 'index.html' || file === '') return 'app';
  throw new Error(`openPage: no window shows ${page}`);
}

/**
 * What shows where the page paints no background of its own: main creates every window with
 * `backgroundColor` in the theme's colour (window-manager.ts), and Electron makes that the page's
 * base background (WebContents::SetPageBaseBackgroundColor, shell/browser/api/electron_api_web_contents.cc).
 * DevTools' Emulation.setDefaultBackgroundColorOverride sets that same base colour in Chromium.
 */
async function emulateWindowBackground(context: BrowserContext, page: Page, hex: string): Promise<void> {
  const channel = (index: number) => Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDefaultBackgroundColorOverride', {
    color: { r: channel(0), g: channel(1), b: channel(2), a: 1 },
  });
}

/** Opens a page of the built renderer with the fake bridge injected before any app code runs. */
export async function openPage(options: OpenPageOptions): Promise<OpenedPage> {
  const { browser, server } = await e2eEnvironment();
  const locale = options.locale ?? 'en';
  const context = await browser.newContext({
    locale: locale === 'nl' ? 'nl-NL' : 'en-US',
    colorScheme: options.theme ?? 'light',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    viewport: { ...WINDOW_SIZES[options.size ?? windowOfPage(options.page)] },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const settings: Settings = options.fake?.settings ?? { ...DEFAULT_SETTINGS, language: locale };
  const fakeOptions: PageFakeOptions = {
    ...options.fake,
    settings,
    appInfo: { systemLocale: locale, ...options.fake?.appInfo },
  };
  await context.addInitScript({ content: `globalThis.__fakeOptions = ${JSON.stringify(fakeOptions)};` });
  await context.addInitScript({ content: await fakeBridgeScript() });
  for (const content of options.initScripts ?? []) await context.addInitScript({ content });

  if (options.clock === 'paused') {
    await context.clock.install({ time: PAUSED_CLOCK_START });
    await context.clock.pauseAt(PAUSED_CLOCK_START + 1000);
  }
  const page = await context.newPage();
  await emulateWindowBackground(context, page, themeBackground(settings.theme, options.theme === 'dark'));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(options.page, server.url).toString());

  const fake: PageFake = {
    calls: () => page.evaluate(() => (globalThis as unknown as FakeWindow).__fake.calls()),
    callsTo: (channel) =>
      page.evaluate((name) => (globalThis as unknown as FakeWindow).__fake.callsTo(name), channel) as never,
    emit: (channel, payload) =>
      page.evaluate(
        ([name, value]) =>
          (globalThis as unknown as FakeWindow).__fake.emit(name as PushChannel, value as never),
        [channel, payload] as const,
      ),
    setResponse: (channel, value) =>
      page.evaluate(
        ([name, answer]) =>
          (globalThis as unknown as FakeWindow).__fake.setResponse(name as InvokeChannel, answer),
        [channel, value] as const,
      ),
    settings: () => page.evaluate(() => (globalThis as unknown as FakeWindow).__fake.settings()),
  };
  return { page, context, fake, errors, close: () => context.close() };
}
