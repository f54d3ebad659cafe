import type { BreakKind } from '../../shared/scheduler-types.ts';
import type { SchedulerConfig } from './config.ts';

/** Monotonic milliseconds at which each kind's interval (re)started. */
export interface Anchors {
  readonly breathing: number;
  readonly stretch: number;
}

export interface PostponedBreak {
  readonly kind: BreakKind;
  readonly dueMs: number;
}

export interface DueInputs {
  readonly anchors: Anchors;
  readonly postponed: PostponedBreak | null;
  /** No break before this (calm start after a wake-up, room for the notice after a change). */
  readonly notBeforeMs: number;
  /** End of the last break shown, for the minimum gap. */
  readonly lastBreakEndMs: number | null;
}

export interface DueBreak {
  readonly kind: BreakKind;
  readonly dueMs: number;
}

function rawDueOf(kind: BreakKind, config: SchedulerConfig, inputs: DueInputs): number | null {
  if (!config[kind].enabled) return null;
  if (inputs.postponed?.kind === kind) return inputs.postponed.dueMs;
  return inputs.anchors[kind] + config[kind].intervalMs;
}

/**
 * The next scheduled break, on the monotonic clock. A stretch break due at most `absorbWindowMs`
 * after a breathing break takes its place, so the two never come back to back. The result is
 * never earlier than `notBeforeMs`, and its notice comes at least `minGapMs` after the previous
 * break ended (so even "Start now" on the notice keeps the gap).
 */
export function nextDueBreak(config: SchedulerConfig, inputs: DueInputs): DueBreak | null {
  const breathing = rawDueOf('breathing', config, inputs);
  const stretch = rawDueOf('stretch', config, inputs);
  let chosen: DueBreak | null = null;
  if (breathing !== null && stretch !== null) {
    chosen =
      stretch - breathing <= config.absorbWindowMs
        ? { kind: 'stretch', dueMs: stretch }
        : { kind: 'breathing', dueMs: breathing };
  } else if (breathing !== null) {
    chosen = { kind: 'breathing', dueMs: breathing };
  } else if (stretch !== null) {
    chosen = { kind: 'stretch', dueMs: stretch };
  }
  if (chosen === null) return null;
  const gapFloor =
    inputs.lastBreakEndMs === null
      ? -Infinity
      : inputs.lastBreakEndMs + config.minGapMs + config.noticeLeadMs;
  return { kind: chosen.kind, dueMs: Math.max(chosen.dueMs, inputs.notBeforeMs, gapFloor) };
}

/** Kinds whose interval restarts when a break of `kind` ends: a stretch break covers breathing too. */
export function kindsCoveredBy(kind: BreakKind): readonly BreakKind[] {
  return kind === 'stretch' ? ['breathing', 'stretch'] : ['breathing'];
}

/**
 * The break that time away of `awayMs` stands in for: the longest enabled kind it lasted at
 * least as long as, or null. Kinds with a zero duration never count, or every glance away would.
 */
export function naturalKindFor(awayMs: number, config: SchedulerConfig): BreakKind | null {
  for (const kind of ['stretch', 'breathing'] as const) {
    const { enabled, durationMs } = config[kind];
    if (enabled && durationMs > 0 && awayMs >= durationMs) return kind;
  }
  return null;
}
