import type { BusyReason, BusySource } from '../../shared/domain/busy.ts';

/**
 * One platform reading, e.g. "GNOME has an idle inhibitor", "the active X11 window is full
 * screen". Electron-free; each adapter in probes/ implements it over D-Bus, X11, /proc or FFI.
 */
export interface ProbeReading {
  /** Reasons this source sees right now (a subset of the probe's `reasons`). */
  readonly on: readonly BusyReason[];
  /** The app in front, when the source can tell (for the exclusion list). */
  readonly activeApp?: string;
}

export interface BusyProbe {
  readonly source: BusySource;
  /** Reasons this source can see; `excluded-app` when it reports `activeApp`. */
  readonly reasons: readonly BusyReason[];
  /** A longer bound than the monitor's for a read that walks files (never shorter). */
  readonly timeoutMs?: number;
  /**
   * Reads the state. May reject or never settle: the monitor bounds it with a timeout and
   * counts the source as unknown, so a probe never needs its own timer.
   */
  read(): Promise<ProbeReading>;
  /**
   * Event-driven sources: call `onChange` whenever the platform signals a change (the monitor
   * then reads again). Sources without `watch` are sampled. Returns a disposer.
   */
  watch?(onChange: () => void): () => void;
  dispose(): void;
}
