import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Time for the break window, injected so component tests can step frames by hand. `now` is the
 * monotonic clock the animations' timeline uses (performance.now()); `wallNow` is only for
 * deadlines main hands out as wall-clock times (the notice).
 */
export interface FrameClock {
  now(): number;
  wallNow(): number;
  /** Calls back once on the next frame with that frame's time; returns a cancel function. */
  requestFrame(callback: (frameMs: number) => void): () => void;
}

export const systemFrameClock: FrameClock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  requestFrame(callback) {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  },
};

export const FrameClockCtx = createContext<FrameClock>(systemFrameClock);

export function useFrameClock(): FrameClock {
  return useContext(FrameClockCtx);
}
