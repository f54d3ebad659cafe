import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicyFor,
  registerAppScheme,
  resolveAppRequest,
  respondToAppRequest,
  serveAppProtocol,
} from '../../main/app-protocol.ts';
import { inlineHashesOf, withInlineHashes } from '../../main/inline-hashes.ts';

const INLINE_PAGE =
  '<!doctype html><title>inline</title><style>body{margin:0}</style><script type="module">var inline = 1;</script>';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'br-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'break.html'), '<!doctype html><title>break</title>');
  writeFileSync(join(root, 'assets', 'main-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'inline.html'), INLINE_PAGE);
  writeFileSync(join(root, 'assets', 'mentions-script.js'), 'const s = "<script>alert(1)</script>";');
  writeFileSync(join(root, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves files of the bundle with their MIME type and the CSP header', async () => {
    const page = await respondToAppRequest('app://bundle/break.html?view=notice', root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>break</title>');
    const script = await respondToAppRequest('app://bundle/assets/main-abc.js', root);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const style = await respondToAppRequest('app://bundle/assets/style.css', root);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('allows by hash exactly the inline script and style of the page it serves, in the header', async () => {
    const page = await respondToAppRequest('app://bundle/inline.html?view=break', root);
    const header = page.headers.get('content-security-policy');
    expect(header).toBe(withInlineHashes(CONTENT_SECURITY_POLICY, inlineHashesOf(INLINE_PAGE)));
    expect(header).toContain("script-src 'self' 'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8=';");
    expect(header).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(header).not.toContain('unsafe');
  });

  it('adds no hash for text in files that are not pages, even when it reads like an inline script', async () => {
    const script = await respondToAppRequest('app://bundle/assets/mentions-script.js', root);
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(
      contentSecurityPolicyFor(
        'text/javascript; charset=utf-8',
        new TextEncoder().encode('<script>x</script>'),
      ),
    ).toBe(CONTENT_SECURITY_POLICY);
  });

  it("keeps the CSP's script rule to our own files", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('serves index.html for the bare origin', async () => {
    const response = await respondToAppRequest('app://bundle/', root);
    expect(await response.text()).toContain('<title>app</title>');
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/%2E%2E%2Fsecret.txt',
    'app://bundle/assets%5c..%5c..%5csecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/%252e%252e/secret.txt',
    'app://bundle/%2Ftmp%2Fsecret.txt',
    'app://bundle/C:%5CWindows%5Cwin.ini',
    'app://bundle//etc/passwd',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
  ])('never serves anything outside the bundle: %s', async (url) => {
    const response = await respondToAppRequest(url, root);
    expect(response.status).not.toBe(200);
    const body = await response.text();
    expect(body).not.toContain('do not serve');
  });

  it('refuses a symlink inside the bundle that leads outside it', async () => {
    expect(resolveAppRequest('app://bundle/assets/link.txt', root).ok).toBe(true);
    const response = await respondToAppRequest('app://bundle/assets/link.txt', root);
    expect(response.status).toBe(403);
  });

  it('answers 404 for a file that does not exist', async () => {
    expect((await respondToAppRequest('app://bundle/nope.html', root)).status).toBe(404);
  });

  it('registers the scheme as privileged and standard, and serves through protocol.handle', async () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    const [schemes] = registerSchemesAsPrivileged.mock.calls[0] as [Electron.CustomScheme[]];
    expect(schemes[0]?.scheme).toBe(APP_SCHEME);
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]?.privileges?.bypassCSP).toBeUndefined();

    let handler: ((request: Request) => Promise<Response> | Response) | undefined;
    serveAppProtocol(
      {
        handle: (scheme: string, h: (request: Request) => Promise<Response> | Response) => {
          expect(scheme).toBe('app');
          handler = h;
        },
      },
      root,
    );
    const response = await handler?.(new Request('app://bundle/index.html'));
    expect(response?.status).toBe(200);
  });
});
