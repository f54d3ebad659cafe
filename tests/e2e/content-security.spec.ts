import { afterAll, describe, expect, it } from 'vitest';
import { breathingSession, noticeSnapshot, stretchSession } from '../support/break-sessions.ts';
import { closeE2eEnvironment, type OpenPageOptions, openPage } from './support/open-page.ts';

afterAll(closeE2eEnvironment);

// The break window's page carries its script and styles inline (first frame, #14); its CSP allows
// them by hash. Served here exactly as main serves app://bundle (header policy included), each
// window's page must run with no policy violation, and the policy must still refuse any other
// inline script or style, so the hashes did not open the door 'unsafe-inline' would.

interface ProbeWindow {
  __violations: string[];
}

function violationProbe() {
  const g = globalThis as unknown as ProbeWindow;
  g.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    g.__violations.push(`${event.effectiveDirective}: ${event.blockedURI}`);
  });
}

const pages: readonly (Pick<OpenPageOptions, 'page' | 'fake'> & {
  readonly name: string;
  readonly ready: string;
})[] = [
  {
    name: 'breathing break',
    page: 'break.html?view=break',
    fake: { responses: { 'break:session': breathingSession({ durationMs: 60_000 }) } },
    ready: '[data-testid="pacer"]',
  },
  {
    name: 'stretch break',
    page: 'break.html?view=break',
    fake: { responses: { 'break:session': stretchSession({ exerciseIds: ['standing-hip-circles'] }) } },
    ready: '[data-testid="stretch"]',
  },
  {
    name: 'notice',
    page: 'break.html?view=notice',
    fake: { responses: { 'scheduler:get': noticeSnapshot(Date.now()) } },
    ready: '[data-testid="notice"]',
  },
  {
    name: 'panel',
    page: 'panel.html',
    fake: { responses: { 'scheduler:get': noticeSnapshot(Date.now()), 'stats:days': [] } },
    ready: '#app > *',
  },
  { name: 'preferences', page: 'index.html#/preferences', ready: 'h1' },
];

describe('content security of every window under main\u2019s policy', () => {
  it.each(pages)('$name: renders with no policy violation', async (entry) => {
    const { page, errors, close } = await openPage({
      page: entry.page,
      ...(entry.fake ? { fake: entry.fake } : {}),
      initScripts: [`(${violationProbe.toString()})();`],
    });
    await page.waitForSelector(entry.ready);
    expect(await page.evaluate(() => (globalThis as unknown as ProbeWindow).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('the break page gets its inline hashes in the header too, and no unsafe-inline anywhere', async () => {
    const { page, close } = await openPage({ page: 'break.html?view=break', fake: pages[0]?.fake ?? {} });
    const response = await page.request.get(page.url());
    const header = response.headers()['content-security-policy'] ?? '';
    expect(header).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(header).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(header).not.toContain('unsafe');
    await close();
  });

  it('the break page still refuses any inline script or style it did not ship', async () => {
    const { page, close } = await openPage({
      page: 'break.html?view=break',
      fake: pages[0]?.fake ?? {},
      initScripts: [`(${violationProbe.toString()})();`],
    });
    await page.waitForSelector('[data-testid="pacer"]');
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'globalThis.__injected = true;';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid red; }';
      document.head.append(style);
      await new Promise((done) => setTimeout(done, 50));
      return {
        injected: (globalThis as { __injected?: boolean }).__injected === true,
        outline: getComputedStyle(document.body).outlineWidth,
        violations: (globalThis as unknown as ProbeWindow).__violations,
      };
    });
    expect(outcome.injected).toBe(false);
    expect(outcome.outline).not.toBe('7px');
    expect(outcome.violations).toEqual(
      expect.arrayContaining(['script-src-elem: inline', 'style-src-elem: inline']),
    );
    await close();
  });
});
