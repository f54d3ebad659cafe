import { type ChildProcess, spawn } from 'node:child_process';
import x11 from 'x11';
import { ownAtomCache } from '../../../../main/busy/probes/x11-connection.ts';

/**
 * A real X session for the full-screen probe: Debian's Xvfb (display number chosen by the server
 * through -displayfd, so parallel runs never collide) and, when asked, Debian's openbox as the
 * EWMH window manager that sets `_NET_ACTIVE_WINDOW` and honours `_NET_WM_STATE_FULLSCREEN` as
 * GNOME's and KDE's window managers do. Test clients are real X client windows.
 */

export interface XServer {
  readonly display: string;
  stop(): Promise<void>;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  return exited;
}

export const SCREEN = { width: 1280, height: 800 } as const;

export async function startXvfb(): Promise<XServer> {
  const server = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb exited with ${String(code)}`)));
    server.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
  });
  return { display, stop: () => stopProcess(server) };
}

/** A raw client for the test's own windows and for waiting on the window manager. */
export interface TestClient {
  readonly X: x11.XClient & Record<string, (...args: never[]) => unknown>;
  readonly root: number;
  atom(name: string): Promise<number>;
  property32(wid: number, atom: number, type: number): Promise<number[]>;
  close(): void;
}

export function connectTestClient(display: string): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    x11.createClient({ display }, (error, connected) => {
      if (error) return reject(error);
      const X = connected.client as TestClient['X'];
      ownAtomCache(X);
      const root = connected.screen[0]?.root ?? 0;
      X.on('error', () => {
        // Protocol errors also reach the request callbacks that the tests await.
      });
      const atom = (name: string) =>
        new Promise<number>((done, fail) => X.InternAtom(false, name, (e, a) => (e ? fail(e) : done(a))));
      const property32 = (wid: number, prop: number, type: number) =>
        new Promise<number[]>((done, fail) =>
          X.GetProperty(0, wid, prop, type, 0, 64, (e, value) => {
            if (e) return fail(e);
            const out: number[] = [];
            for (let i = 0; i + 4 <= value.data.length; i += 4) out.push(value.data.readUInt32LE(i));
            done(out);
          }),
        );
      resolve({ X, root, atom, property32, close: () => X.terminate() });
    });
  });
}

export interface WindowManager {
  stop(): Promise<void>;
}

/**
 * Starts openbox and waits until it manages windows. Its startup properties appear before it
 * handles map requests (a window mapped in between stays unmapped), so a scratch window is
 * mapped, again if need be, until it shows up in `_NET_CLIENT_LIST`, then destroyed.
 */
export async function startOpenbox(display: string, client: TestClient): Promise<WindowManager> {
  const wm = spawn('openbox', ['--sm-disable'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const clientList = await client.atom('_NET_CLIENT_LIST');
  for (let tries = 0; tries < 40; tries += 1) {
    const scratch = await openWindow(client, { wmClass: 'Scratch' });
    for (let looks = 0; looks < 10; looks += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      if ((await client.property32(client.root, clientList, 33)).includes(scratch)) {
        (client.X.DestroyWindow as (id: number) => void)(scratch);
        return { stop: () => stopProcess(wm) };
      }
    }
    (client.X.DestroyWindow as (id: number) => void)(scratch);
  }
  await stopProcess(wm);
  throw new Error('openbox did not start managing windows');
}

export interface WindowOptions {
  readonly wmClass: string;
  readonly fullscreen?: boolean;
  readonly rect?: { x: number; y: number; width: number; height: number };
  readonly type?: string;
}

/** Creates and maps a top-level window; `_NET_WM_STATE` set before mapping, as EWMH allows. */
export async function openWindow(client: TestClient, options: WindowOptions): Promise<number> {
  const { X, root } = client;
  const wid = (X.AllocID as () => number)();
  const rect = options.rect ?? { x: 40, y: 40, width: 400, height: 300 };
  (X.CreateWindow as (...args: unknown[]) => void)(
    wid,
    root,
    rect.x,
    rect.y,
    rect.width,
    rect.height,
    0,
    0,
    1,
    0,
    {
      backgroundPixel: 0x336699,
    },
  );
  const [wmClass, state, fullscreen] = await Promise.all([
    client.atom('WM_CLASS'),
    client.atom('_NET_WM_STATE'),
    client.atom('_NET_WM_STATE_FULLSCREEN'),
  ]);
  const change = X.ChangeProperty as (...args: unknown[]) => void;
  change(0, wid, wmClass, 31, 8, `${options.wmClass.toLowerCase()}\0${options.wmClass}\0`);
  // WM_HINTS (type WM_HINTS = 35): flags InputHint, input True, as toolkits set; the window
  // manager only gives the focus to windows that take input.
  change(0, wid, 35, 35, 32, [1, 1, 0, 0, 0, 0, 0, 0, 0]);
  if (options.fullscreen) change(0, wid, state, 4, 32, [fullscreen]);
  if (options.type) {
    const [typeAtom, value] = await Promise.all([
      client.atom('_NET_WM_WINDOW_TYPE'),
      client.atom(options.type),
    ]);
    change(0, wid, typeAtom, 4, 32, [value]);
  }
  (X.MapWindow as (id: number) => void)(wid);
  return wid;
}

/** Asks the window manager to add (1) or remove (0) full screen, as a toolkit does. */
export async function requestFullscreen(client: TestClient, wid: number, on: boolean): Promise<void> {
  const [state, fullscreen] = await Promise.all([
    client.atom('_NET_WM_STATE'),
    client.atom('_NET_WM_STATE_FULLSCREEN'),
  ]);
  const SubstructureRedirect = 0x00100000;
  const SubstructureNotify = 0x00080000;
  (client.X.SendEvent as (...args: unknown[]) => void)(
    client.root,
    0,
    SubstructureRedirect | SubstructureNotify,
    {
      name: 'ClientMessage',
      format: 32,
      seq: 0,
      wid,
      message_type: state,
      data: [on ? 1 : 0, fullscreen, 0, 1, 0],
    },
  );
}

/** Sets `_NET_ACTIVE_WINDOW` by hand: a session without an EWMH window manager's help. */
export async function setActiveWindow(client: TestClient, wid: number): Promise<void> {
  const active = await client.atom('_NET_ACTIVE_WINDOW');
  (client.X.ChangeProperty as (...args: unknown[]) => void)(0, client.root, active, 33, 32, [wid]);
}
