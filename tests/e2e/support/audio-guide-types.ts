/** What the node side asks the page to render, and what comes back (plain JSON both ways). */
export interface GuideRenderRequest {
  readonly sampleRate: number;
  readonly renderSeconds: number;
  /** Context time of the pacer's elapsed 0; deliberately not on a sample or a ms. */
  readonly zeroAtSeconds: number;
  readonly sessionMs: number;
}

export interface GuideRender {
  readonly expectedCues: readonly { readonly atMs: number; readonly kind: string }[];
  /** Detected cue onsets, ms after elapsed 0. */
  readonly onsetsMs: readonly number[];
  /** Breath sound RMS per 20 ms window: [window middle in ms after elapsed 0, rms]. */
  readonly bedRms: readonly [number, number][];
}
