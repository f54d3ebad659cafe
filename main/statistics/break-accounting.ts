import type { BusyReason } from '../../shared/domain/busy.ts';
import type { BreakKind, SchedulerEvent } from '../../shared/scheduler-types.ts';
import type { StatisticsStore } from './statistics-store.ts';

/**
 * What the statistics keep of the scheduler's events, as a pure step: (state, event) → (state,
 * records). Every break offered is counted once, whether its notice showed or not, so skipped and
 * postponed never exceed offered; a postponed break stays offered until it finally ends.
 */

export interface AccountingState {
  /** The scheduled break offered and not yet ended (postponing keeps it offered). */
  readonly offeredKind: BreakKind | null;
}

export type StatsRecord =
  | { readonly type: 'offered'; readonly kind: BreakKind }
  | { readonly type: 'postponed'; readonly kind: BreakKind }
  | {
      readonly type: 'ended';
      readonly kind: BreakKind;
      readonly outcome: 'taken' | 'skipped' | 'natural';
      readonly breathedSeconds: number;
    }
  /** A due break held back while busy, counted once per reason that held it. */
  | { readonly type: 'held'; readonly reasons: readonly BusyReason[] }
  /** A "Lie down and breathe" session with at least one breath: its own kind, not a break. */
  | { readonly type: 'floor'; readonly breathedSeconds: number };

export const initialAccounting: AccountingState = { offeredKind: null };

export function account(
  state: AccountingState,
  event: SchedulerEvent,
  /** The break that ends is a floor session (main knows; the scheduler does not). */
  floor = false,
): { readonly state: AccountingState; readonly records: readonly StatsRecord[] } {
  const offerOnce = (kind: BreakKind): StatsRecord[] =>
    state.offeredKind === null ? [{ type: 'offered', kind }] : [];
  switch (event.type) {
    case 'notice':
      return { state: { offeredKind: event.kind }, records: offerOnce(event.kind) };
    case 'break-started':
      if (event.source !== 'scheduled') return { state, records: [] };
      return { state: { offeredKind: state.offeredKind ?? event.kind }, records: offerOnce(event.kind) };
    case 'break-ended': {
      // Skipping or postponing a scheduled break nobody announced yet (tray "Skip next break"
      // before its notice) still declined an offer: count it, so skipped never exceeds offered.
      const declinedUnannounced =
        event.source === 'scheduled' && event.outcome !== 'natural' && event.outcome !== 'taken';
      const offered = declinedUnannounced ? offerOnce(event.kind) : [];
      if (event.outcome === 'postponed') {
        return {
          state: offered.length > 0 ? { offeredKind: event.kind } : state,
          records: [...offered, { type: 'postponed', kind: event.kind }],
        };
      }
      if (floor) {
        const breathedSeconds = (event.breathedMs ?? 0) / 1000;
        // Left before the first breath: nothing to count.
        return {
          state: { offeredKind: null },
          records: [
            ...offered,
            ...(breathedSeconds > 0 ? [{ type: 'floor' as const, breathedSeconds }] : []),
          ],
        };
      }
      return {
        state: { offeredKind: null },
        records: [
          ...offered,
          {
            type: 'ended',
            kind: event.kind,
            outcome: event.outcome,
            breathedSeconds: (event.breathedMs ?? 0) / 1000,
          },
        ],
      };
    }
    case 'busy-held':
      return { state, records: [{ type: 'held', reasons: event.reasons }] };
    case 'busy-check':
    case 'busy-quiet-notice':
    case 'state-changed':
      return { state, records: [] };
  }
}

type Recorder = Pick<
  StatisticsStore,
  'recordOffered' | 'recordPostponed' | 'recordBreakEnded' | 'recordHeld' | 'recordFloorSession'
>;

/** Writes the records; a refused one is logged, never thrown (the break itself went on). */
export function writeRecords(
  stats: Recorder,
  records: readonly StatsRecord[],
  atWallMs: number,
  warn: (message: string) => void,
): void {
  for (const record of records) {
    if (record.type === 'held') {
      const held = stats.recordHeld(record.reasons, atWallMs);
      if (!held.ok) warn(`statistics: could not record held ${record.reasons.join('+')}: ${held.error}`);
      continue;
    }
    if (record.type === 'floor') {
      const result = stats.recordFloorSession(record.breathedSeconds, atWallMs);
      if (!result.ok) warn(`statistics: could not record a floor session: ${result.error}`);
      continue;
    }
    const result =
      record.type === 'offered'
        ? stats.recordOffered(record.kind, atWallMs)
        : record.type === 'postponed'
          ? stats.recordPostponed(record.kind, atWallMs)
          : stats.recordBreakEnded(record.kind, record.outcome, record.breathedSeconds, atWallMs);
    if (!result.ok) warn(`statistics: could not record ${record.type} ${record.kind}: ${result.error}`);
  }
}
