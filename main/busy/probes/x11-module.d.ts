/** The part of the pure-JavaScript `x11` client (npm x11 4.x) the X11 probe uses. */
declare module 'x11' {
  export interface XScreen {
    readonly root: number;
    readonly pixel_width: number;
    readonly pixel_height: number;
  }
  export interface XProperty {
    readonly type: number;
    readonly format: number;
    readonly bytesAfter: number;
    readonly data: Buffer;
  }
  export interface XGeometry {
    readonly xPos: number;
    readonly yPos: number;
    readonly width: number;
    readonly height: number;
  }
  export interface XTranslated {
    readonly destX: number;
    readonly destY: number;
  }
  export interface XEvent {
    readonly name: string;
    readonly wid?: number;
    readonly atom?: number;
  }
  type Callback<T> = (error: Error | null, value: T) => void;
  export interface XClient {
    InternAtom(onlyIfExists: boolean, name: string, callback: Callback<number>): void;
    GetProperty(
      del: number,
      wid: number,
      name: number,
      type: number,
      longOffset: number,
      longLength: number,
      callback: Callback<XProperty>,
    ): void;
    GetGeometry(wid: number, callback: Callback<XGeometry>): void;
    TranslateCoordinates(
      src: number,
      dst: number,
      x: number,
      y: number,
      callback: Callback<XTranslated>,
    ): void;
    ChangeWindowAttributes(wid: number, values: { eventMask: number }, callback?: Callback<unknown>): void;
    on(event: 'event', listener: (event: XEvent) => void): void;
    on(event: 'error' | 'close' | 'end', listener: (error?: Error) => void): void;
    terminate(): void;
  }
  export interface XDisplay {
    readonly client: XClient;
    readonly screen: readonly XScreen[];
  }
  export function createClient(
    options: { display?: string },
    callback: (error: Error | null, display: XDisplay) => void,
  ): XClient;
  export const eventMask: { readonly PropertyChange: number; readonly StructureNotify: number };
}
