/**
 * Same shape as renderer/break/frame-clock.ts's FrameClock (written out because this folder is also
 * part of the node typecheck, which does not see the renderer); assignability is checked where it is used.
 */
export interface ManualFrameClock {
  now(): number;
  wallNow(): number;
  requestFrame(callback: (frameMs: number) => void): () => void;
  /** Moves time forward in frames of `frameMs`, running the frame callbacks due at each. */
  advance(ms: number, frameMs?: number): void;
  pendingFrames(): number;
}

/** A frame clock the test drives by hand: no real waiting, frames exactly where the test puts them. */
export function createManualFrameClock(startMs = 10_000, startWallMs = 1_700_000_000_000): ManualFrameClock {
  let now = startMs;
  let wall = startWallMs;
  let nextId = 1;
  const queue = new Map<number, (frameMs: number) => void>();
  const runFrame = () => {
    const due = [...queue.values()];
    queue.clear();
    for (const callback of due) callback(now);
  };
  return {
    now: () => now,
    wallNow: () => wall,
    requestFrame(callback) {
      const id = nextId++;
      queue.set(id, callback);
      return () => queue.delete(id);
    },
    advance(ms, frameMs = 16) {
      let left = ms;
      while (left > 0) {
        const step = Math.min(frameMs, left);
        now += step;
        wall += step;
        left -= step;
        runFrame();
      }
    },
    pendingFrames: () => queue.size,
  };
}
