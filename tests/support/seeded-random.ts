/** mulberry32: small and seedable, so a failing soak run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` (inclusive) to `max` (exclusive). */
export function pickInt(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min));
}
