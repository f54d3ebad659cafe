import x11 from 'x11';

/**
 * A promise-shaped view of one connection to the X server, with only what the full-screen probe
 * needs. Every request is answered or fails through the client's callback; a connection that
 * breaks fails every later request and reports `onClosed`, so the probe can open a new one.
 */

export interface X11Connection {
  readonly root: number;
  readonly screen: { readonly width: number; readonly height: number };
  atom(name: string): Promise<number>;
  /** A property as 32-bit values (`format` 32) or bytes (8); null when the window has none. */
  property(wid: number, atom: number, type: number, longLength: number): Promise<Buffer | null>;
  /** The window's rectangle in root coordinates. */
  rectangle(wid: number): Promise<{ x: number; y: number; width: number; height: number }>;
  /** Ask for PropertyNotify events of `wid`. */
  watchProperties(wid: number): void;
  onPropertyNotify(listener: (wid: number, atom: number) => void): void;
  onClosed(listener: (error: Error) => void): void;
  close(): void;
}

/** Predefined atoms of the core protocol. */
export const XA = { ATOM: 4, STRING: 31, WINDOW: 33 } as const;

/** The core protocol predefines atoms 1–68 (PRIMARY … WM_TRANSIENT_FOR); all others are per server. */
const LAST_PREDEFINED_ATOM = 68;

/**
 * The x11 package caches interned atoms in one object that every client shares (its
 * stdatoms module), so atoms of one X server would be sent to another after a reconnect or a
 * server restart (BadAtom). Each connection gets its own cache of the predefined atoms only.
 */
export function ownAtomCache(client: object): void {
  const cache = client as { atoms: Record<string, number>; atom_names: Record<number, string> };
  const predefined = Object.entries(cache.atoms).filter(([, id]) => id <= LAST_PREDEFINED_ATOM);
  cache.atoms = Object.fromEntries(predefined);
  cache.atom_names = Object.fromEntries(predefined.map(([name, id]) => [id, name]));
}

function ask<T>(request: (callback: (error: Error | null, value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    request((error, value) => (error ? reject(error) : resolve(value)));
  });
}

export function openX11(display: string | undefined): Promise<X11Connection> {
  if (!display) return Promise.reject(new Error('no X display (DISPLAY is not set)'));
  return new Promise<X11Connection>((resolve, reject) => {
    const closedListeners: Array<(error: Error) => void> = [];
    const propertyListeners: Array<(wid: number, atom: number) => void> = [];
    let closed = false;
    const fail = (error: Error) => {
      if (closed) return;
      closed = true;
      for (const listener of closedListeners) listener(error);
    };
    const client = x11.createClient({ display }, (error, connected) => {
      if (error || !connected) {
        closed = true;
        reject(error ?? new Error('X connection failed'));
        return;
      }
      const screen = connected.screen[0];
      if (!screen) {
        reject(new Error('the X server has no screen'));
        return;
      }
      const X = connected.client;
      ownAtomCache(X);
      X.on('event', (event) => {
        if (event.name === 'PropertyNotify' && event.wid !== undefined && event.atom !== undefined) {
          for (const listener of propertyListeners) listener(event.wid, event.atom);
        }
      });
      resolve({
        root: screen.root,
        screen: { width: screen.pixel_width, height: screen.pixel_height },
        atom: (name) => ask<number>((done) => X.InternAtom(false, name, done)),
        property: async (wid, atom, type, longLength) => {
          const value = await ask<x11.XProperty>((done) =>
            X.GetProperty(0, wid, atom, type, 0, longLength, done),
          );
          return value.type === 0 ? null : value.data;
        },
        rectangle: async (wid) => {
          const geometry = await ask<x11.XGeometry>((done) => X.GetGeometry(wid, done));
          const at = await ask<x11.XTranslated>((done) =>
            X.TranslateCoordinates(wid, screen.root, 0, 0, done),
          );
          return { x: at.destX, y: at.destY, width: geometry.width, height: geometry.height };
        },
        watchProperties: (wid) => X.ChangeWindowAttributes(wid, { eventMask: x11.eventMask.PropertyChange }),
        onPropertyNotify: (listener) => propertyListeners.push(listener),
        onClosed: (listener) => closedListeners.push(listener),
        close: () => {
          closed = true;
          X.terminate();
        },
      });
    });
    // A protocol error (BadWindow when a window vanished between two requests) reaches the
    // request's callback and is emitted here as well, carrying its code in `error`; only the
    // others are the connection's own.
    client.on('error', (error) => {
      if (error && typeof (error as Error & { error?: unknown }).error === 'number') return;
      fail(error ?? new Error('X connection error'));
    });
    client.on('close', () => fail(new Error('X connection closed')));
    client.on('end', () => fail(new Error('X connection ended')));
  });
}
