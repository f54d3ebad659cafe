import { type BusyReason, orderedReasons } from '../../shared/domain/busy.ts';

/**
 * The busy hold, as a pure decision. A break that comes due while the user is busy is neither
 * announced nor shown: it waits. It is looked at again when a reason ends (the platform signals
 * it) or, for reasons only a sample can see, at a low rate; after `capMs` of holding the user
 * gets one quiet notice (a notification, never a window) and the break keeps waiting. A notice
 * or break already on screen is never pulled away by a reason that starts later.
 */

export const BUSY_TUNING = {
  /** After this long holding one break, one quiet notice says a break is waiting. */
  holdCapMs: 60 * 60_000,
  /**
   * Reasons only a sample can see (a full-screen window on Windows, a camera on Linux) are read
   * again this often while a break is held: two looks per quiet hour, the scheduler's budget for
   * holding. Reasons with platform signals end the hold the moment they end.
   */
  sampleMs: 30 * 60_000,
  /** A probe that has not answered by then counts as unknown for this look. */
  probeTimeoutMs: 200,
} as const;

export interface HoldState {
  readonly sinceMs: number;
  /** Every reason seen during this hold, canonical order. */
  readonly reasons: readonly BusyReason[];
  readonly capNoticeShown: boolean;
}

export interface HoldInput {
  readonly nowMs: number;
  /** Reasons active now, already filtered by the user's toggles. */
  readonly busy: readonly BusyReason[];
  /** Some active reason is only seen by sampling (no platform signal tells when it ends). */
  readonly sampled: boolean;
  /** A notice or break window for this break is already on screen. */
  readonly onScreen: boolean;
  readonly hold: HoldState | null;
  readonly capMs: number;
  readonly sampleMs: number;
}

export type HoldDecision =
  /** Show the break as today; `released` is the hold that ended, if any. */
  | { readonly kind: 'show'; readonly released: HoldState | null }
  /** Something is on screen already: leave it alone. */
  | { readonly kind: 'keep' }
  | {
      readonly kind: 'hold';
      readonly hold: HoldState;
      /** Reasons that joined this hold now: statistics count each once per held break. */
      readonly newlyHeld: readonly BusyReason[];
      /** Show the one quiet notice now. */
      readonly quietNotice: boolean;
      /** When to read the sampled reasons again or reach the cap; null: only a signal can help. */
      readonly recheckAtMs: number | null;
    };

export function decideHold(input: HoldInput): HoldDecision {
  if (input.onScreen) return { kind: 'keep' };
  if (input.busy.length === 0) return { kind: 'show', released: input.hold };
  const previous = input.hold ?? { sinceMs: input.nowMs, reasons: [], capNoticeShown: false };
  const newlyHeld = orderedReasons(input.busy.filter((reason) => !previous.reasons.includes(reason)));
  const capAtMs = previous.sinceMs + input.capMs;
  const quietNotice = !previous.capNoticeShown && input.nowMs >= capAtMs;
  const hold: HoldState = {
    sinceMs: previous.sinceMs,
    reasons: orderedReasons([...previous.reasons, ...input.busy]),
    capNoticeShown: previous.capNoticeShown || quietNotice,
  };
  const sampleAtMs = input.sampled ? input.nowMs + input.sampleMs : null;
  const capAt = hold.capNoticeShown ? null : capAtMs;
  const candidates = [sampleAtMs, capAt].filter((value): value is number => value !== null);
  const recheckAtMs = candidates.length === 0 ? null : Math.min(...candidates);
  return { kind: 'hold', hold, newlyHeld, quietNotice, recheckAtMs };
}
