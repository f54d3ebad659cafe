import { BREAK_KINDS, type BreakKind, isBreakKind } from '../../shared/domain/break-kinds.ts';
import { BUSY_REASONS, type BusyReason } from '../../shared/domain/busy.ts';
import { isPlainObject } from '../../shared/domain/plain-data.ts';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';

/**
 * What `--status` prints, as the running app leaves it in userData. A second process reads it,
 * so it is outside input there: bounded in size and checked field by field.
 */
export interface StatusRecord {
  readonly version: 1;
  readonly paused: boolean;
  /** When the pause ends; null when not paused or paused indefinitely. */
  readonly pausedUntilWallMs: number | null;
  readonly next: { readonly kind: BreakKind; readonly dueAtWallMs: number } | null;
  /** The reasons a due break waits for; empty when no break is being held. */
  readonly holding: readonly BusyReason[];
}

export const STATUS_FILE_NAME = 'status.json';
/** Far above any real record (about 150 bytes); anything larger is not ours. */
export const STATUS_FILE_MAX_BYTES = 4096;

export function statusRecord(snapshot: SchedulerSnapshot): StatusRecord {
  return {
    version: 1,
    paused: snapshot.paused,
    pausedUntilWallMs: snapshot.paused ? snapshot.pausedUntilWallMs : null,
    next: snapshot.next ? { kind: snapshot.next.kind, dueAtWallMs: snapshot.next.dueAtWallMs } : null,
    holding: snapshot.state === 'busy' ? [...snapshot.busy] : [],
  };
}

export type StatusParse =
  | { readonly ok: true; readonly record: StatusRecord }
  | { readonly ok: false; readonly error: string };

function isWallMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isBusyReason(value: unknown): value is BusyReason {
  return (BUSY_REASONS as readonly unknown[]).includes(value);
}

function parseNext(value: unknown): StatusRecord['next'] | undefined {
  if (value === null) return null;
  if (!isPlainObject(value) || !isBreakKind(value.kind) || !isWallMs(value.dueAtWallMs)) return undefined;
  return { kind: value.kind, dueAtWallMs: value.dueAtWallMs };
}

/** The record in a status file's text, or what is wrong with it (one line, for the terminal). */
export function parseStatusRecord(text: string): StatusParse {
  const bad = (why: string): StatusParse => ({ ok: false, error: `The status file ${why}.` });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad('is not valid JSON');
  }
  if (!isPlainObject(data) || data.version !== 1) return bad('is not a version 1 status');
  const { paused, pausedUntilWallMs, holding } = data;
  if (typeof paused !== 'boolean') return bad('has no paused flag');
  if (pausedUntilWallMs !== null && !isWallMs(pausedUntilWallMs)) return bad('has a bad pause end');
  const next = parseNext(data.next);
  if (next === undefined) return bad(`has a bad next break (kinds: ${BREAK_KINDS.join(', ')})`);
  if (!Array.isArray(holding) || !holding.every(isBusyReason) || new Set(holding).size !== holding.length)
    return bad('has bad busy reasons');
  return { ok: true, record: { version: 1, paused, pausedUntilWallMs, next, holding } };
}
