/** "1:05" for 65 s; rounds up so a countdown shows 0:01 until the last second has passed. */
export function clockText(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

/** Whole seconds left, rounded up, never negative: what a countdown number shows. */
export function secondsLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}
