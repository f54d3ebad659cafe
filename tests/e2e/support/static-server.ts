import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { APP_BASE_URL, respondToAppRequest } from '../../../main/app-protocol.ts';

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Answers one HTTP request exactly as main answers the same path on app://bundle: the same file
 * lookup and refusals, the same MIME types and the same headers, the CSP header with its inline
 * hashes included. So the pages the e2e tests load obey the policy the app's windows do.
 */
export async function answerLikeAppProtocol(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = request.url ?? '/';
  const answer = await respondToAppRequest(new URL(path.replace(/^\/+/, ''), APP_BASE_URL).toString(), root);
  if (answer.status === 404 && path === '/favicon.ico') {
    // Chromium asks for it on every page (Electron's windows do not); a 404 would read as a console error.
    response.writeHead(204);
    response.end();
    return;
  }
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, { ...headers, 'content-length': String(body.length) });
  response.end(body);
}

/**
 * Serves the built renderer on 127.0.0.1 and an ephemeral port: ES modules do not load from
 * file:// in plain Chromium, and a real origin keeps the CSP meta tag meaningful.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void answerLikeAppProtocol(root, request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export const rendererOutDir = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');
