import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { inlineHashesOf, NO_INLINE_HASHES, withInlineHashes } from './inline-hashes.ts';

/**
 * The renderer is served from `app://bundle/<file>` instead of file://, so pages get a real,
 * fixed origin, a CSP header on every response, and can only ever read files inside
 * `out/renderer`. The request-to-file decision is a pure function; the Electron part is thin.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_BASE_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Same policy as the pages' meta tag; the header also covers files without one. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestResolution =
  | { readonly ok: true; readonly filePath: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404 };

/**
 * Maps an `app://bundle/...` URL to a file under `rootDir`, or refuses it. Refused: other hosts,
 * malformed percent-encoding, NUL bytes, backslashes, `..` segments in any encoding, and anything
 * that would resolve outside the root.
 */
export function resolveAppRequest(url: string, rootDir: string): AppRequestResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  if (segments.length === 0) segments.push('index.html');
  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  const rel = relative(root, filePath);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
    return { ok: false, status: 403 };
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

/**
 * The header policy for one response: for a page, the same inline scripts and styles its meta
 * policy allows by hash (the break window's page carries them inline), and nothing else.
 */
export function contentSecurityPolicyFor(mimeType: string, body: Uint8Array): string {
  const hashes = mimeType.startsWith('text/html')
    ? inlineHashesOf(new TextDecoder().decode(body))
    : NO_INLINE_HASHES;
  return withInlineHashes(CONTENT_SECURITY_POLICY, hashes);
}

function securityHeaders(contentType: string, body: Uint8Array): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicyFor(contentType, body),
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** Answers one request: the file with its MIME type and CSP, or a bare status code. */
export async function respondToAppRequest(url: string, rootDir: string): Promise<Response> {
  const resolution = resolveAppRequest(url, rootDir);
  if (!resolution.ok) return new Response(null, { status: resolution.status });
  try {
    // A symlink inside the bundle must not lead outside it either.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(resolution.filePath)]);
    const rel = relative(realRoot, realFile);
    if (rel.startsWith('..') || isAbsolute(rel)) return new Response(null, { status: 403 });
    const body = await readFile(realFile);
    return new Response(body, { status: 200, headers: securityHeaders(resolution.mimeType, body) });
  } catch {
    return new Response(null, { status: 404 });
  }
}

/** Must run before `app.whenReady()`: privileges can only be granted before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request.url, rootDir));
}

export function appUrl(page: string, query?: Readonly<Record<string, string>>, hash?: string): string {
  const search = query ? `?${new URLSearchParams(query).toString()}` : '';
  return `${APP_BASE_URL}${page}${search}${hash ? `#${hash}` : ''}`;
}
