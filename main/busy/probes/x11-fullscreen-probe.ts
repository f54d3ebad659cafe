import type { BusyProbe, ProbeReading } from '../busy-probe.ts';
import { type X11Connection, XA } from './x11-connection.ts';

/**
 * Full screen on X11: the active window (the root's `_NET_ACTIVE_WINDOW`, set by every EWMH
 * window manager) has `_NET_WM_STATE_FULLSCREEN` in its `_NET_WM_STATE`, or, for apps that
 * cover the screen without saying so, its rectangle is the whole X screen. The same read gives
 * the active app's WM_CLASS for the exclusion list. PropertyNotify on the root (another window
 * became active) and on the active window (its state changed) signal every change.
 */

export interface X11ProbeDeps {
  readonly open: () => Promise<X11Connection>;
}

interface Atoms {
  readonly active: number;
  readonly state: number;
  readonly fullscreen: number;
  readonly wmClass: number;
  readonly type: number;
  readonly desktop: number;
}

const ATOM_NAMES = [
  '_NET_ACTIVE_WINDOW',
  '_NET_WM_STATE',
  '_NET_WM_STATE_FULLSCREEN',
  'WM_CLASS',
  '_NET_WM_WINDOW_TYPE',
  '_NET_WM_WINDOW_TYPE_DESKTOP',
] as const;

interface Session {
  readonly x: X11Connection;
  readonly atoms: Atoms;
}

/** WM_CLASS is "instance\0Class\0"; the class names the app ("firefox", "zoom", "vlc"). */
export function wmClassName(data: Buffer | null): string | undefined {
  if (!data) return undefined;
  const [instance, className] = data.toString('latin1').split('\0');
  const name = className || instance;
  return name ? name : undefined;
}

function uint32s(data: Buffer | null): number[] {
  if (!data) return [];
  const values: number[] = [];
  for (let offset = 0; offset + 4 <= data.length; offset += 4) values.push(data.readUInt32LE(offset));
  return values;
}

export function createX11FullscreenProbe(deps: X11ProbeDeps): BusyProbe {
  let session: Promise<Session> | null = null;
  let watched = 0;
  let onChange: (() => void) | null = null;
  let disposed = false;

  function connect(): Promise<Session> {
    if (disposed) return Promise.reject(new Error('the X11 probe is disposed'));
    if (session) return session;
    const opening = (async () => {
      const x = await deps.open();
      x.onClosed(() => {
        if (session === opening) session = null;
        watched = 0;
      });
      const [active = 0, state = 0, fullscreen = 0, wmClass = 0, type = 0, desktop = 0] = await Promise.all(
        ATOM_NAMES.map((name) => x.atom(name)),
      );
      const atoms: Atoms = { active, state, fullscreen, wmClass, type, desktop };
      x.onPropertyNotify((wid, atom) => {
        const relevant =
          (wid === x.root && atom === atoms.active) || (wid === watched && atom === atoms.state);
        if (relevant) onChange?.();
      });
      if (onChange) x.watchProperties(x.root);
      return { x, atoms };
    })();
    session = opening;
    opening.catch(() => {
      if (session === opening) session = null;
    });
    return opening;
  }

  async function read(): Promise<ProbeReading> {
    const { x, atoms } = await connect();
    const [activeWindow] = uint32s(await x.property(x.root, atoms.active, XA.WINDOW, 1));
    if (!activeWindow) return { on: [] };
    if (onChange && watched !== activeWindow) {
      x.watchProperties(activeWindow);
      watched = activeWindow;
    }
    const [states, wmClass, types] = await Promise.all([
      x.property(activeWindow, atoms.state, XA.ATOM, 32),
      x.property(activeWindow, atoms.wmClass, XA.STRING, 64),
      x.property(activeWindow, atoms.type, XA.ATOM, 32),
    ]);
    let fullscreen = uint32s(states).includes(atoms.fullscreen);
    // The desktop (icons on the wallpaper) covers the screen too, and is active after a click on it.
    const isDesktop = uint32s(types).includes(atoms.desktop);
    if (!fullscreen && !isDesktop) {
      const box = await x.rectangle(activeWindow);
      fullscreen =
        box.x === 0 && box.y === 0 && box.width === x.screen.width && box.height === x.screen.height;
    }
    const activeApp = wmClassName(wmClass);
    return { on: fullscreen ? ['fullscreen'] : [], ...(activeApp !== undefined ? { activeApp } : {}) };
  }

  return {
    source: 'x11-active-window',
    reasons: ['fullscreen', 'excluded-app'],
    read,
    watch: (listener) => {
      onChange = listener;
      // Events need a connection; open it now so a change before the first read is not missed
      // (a connection opened earlier by a read did not ask for the root's events yet).
      connect().then(
        ({ x }) => x.watchProperties(x.root),
        () => {
          // No display yet: the first read reports the source unknown.
        },
      );
      return () => {
        onChange = null;
      };
    },
    dispose: () => {
      disposed = true;
      onChange = null;
      const current = session;
      session = null;
      current?.then(({ x }) => x.close()).catch(() => {});
    },
  };
}
