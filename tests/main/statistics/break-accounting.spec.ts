import { describe, expect, it } from 'vitest';
import {
  type AccountingState,
  account,
  initialAccounting,
  type StatsRecord,
} from '../../../main/statistics/break-accounting.ts';
import type { BreakOutcome, SchedulerEvent, SchedulerSnapshot } from '../../../shared/scheduler-types.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';

const snapshot: SchedulerSnapshot = runningSnapshot(0, 25 * 60_000);
type Source = 'scheduled' | 'manual';

const events = {
  notice: (kind: 'breathing' | 'stretch' = 'breathing'): SchedulerEvent => ({
    type: 'notice',
    kind,
    dueAtWallMs: 0,
    leadMs: 30_000,
    canPostpone: true,
    canSkip: true,
  }),
  started: (source: Source, kind: 'breathing' | 'stretch' = 'breathing'): SchedulerEvent => ({
    type: 'break-started',
    kind,
    source,
    durationMs: 63_000,
    startedAtWallMs: 0,
  }),
  ended: (outcome: BreakOutcome, source: Source = 'scheduled', breathedMs?: number): SchedulerEvent => ({
    type: 'break-ended',
    kind: 'breathing',
    outcome,
    source,
    durationMs: 63_000,
    endedAtWallMs: 0,
    endedBy: 'scheduler',
    ...(breathedMs === undefined ? {} : { breathedMs }),
  }),
  changed: (): SchedulerEvent => ({ type: 'state-changed', snapshot }),
};

/** Runs the events from the initial state and returns every record, in order. */
function recordsOf(sequence: readonly SchedulerEvent[]): StatsRecord[] {
  let state: AccountingState = initialAccounting;
  const records: StatsRecord[] = [];
  for (const event of sequence) {
    const step = account(state, event);
    state = step.state;
    records.push(...step.records);
  }
  return records;
}

const offered = { type: 'offered', kind: 'breathing' } as const;
const postponed = { type: 'postponed', kind: 'breathing' } as const;
const endedAs = (outcome: 'taken' | 'skipped' | 'natural', breathedSeconds = 0) =>
  ({ type: 'ended', kind: 'breathing', outcome, breathedSeconds }) as const;

describe('break accounting: what the statistics keep of the scheduler events', () => {
  it.each<[string, readonly SchedulerEvent[], readonly StatsRecord[]]>([
    [
      'notice, break, taken: one offer and the breathed seconds as breathed',
      [events.notice(), events.started('scheduled'), events.ended('taken', 'scheduled', 55_000)],
      [offered, endedAs('taken', 55)],
    ],
    [
      'a scheduled break without a notice is still offered once',
      [events.started('scheduled'), events.ended('taken', 'scheduled', 60_000)],
      [offered, endedAs('taken', 60)],
    ],
    [
      'postponing keeps one offer: the renewed notice is not counted again',
      [
        events.notice(),
        events.ended('postponed'),
        events.notice(),
        events.started('scheduled'),
        events.ended('taken'),
      ],
      [offered, postponed, endedAs('taken')],
    ],
    [
      'skipping the next break before its notice counts the offer it declined',
      [events.ended('skipped')],
      [offered, endedAs('skipped')],
    ],
    [
      'skipped from its notice: the notice already counted the offer',
      [events.notice(), events.ended('skipped')],
      [offered, endedAs('skipped')],
    ],
    [
      'postponed before its notice: offered once, then postponed',
      [events.ended('postponed'), events.notice(), events.ended('taken')],
      [offered, postponed, endedAs('taken')],
    ],
    ['a natural break is no offer', [events.ended('natural')], [endedAs('natural')]],
    [
      'a manual break is no offer, taken or skipped',
      [
        events.started('manual'),
        events.ended('taken', 'manual', 30_000),
        events.started('manual'),
        events.ended('skipped', 'manual'),
      ],
      [endedAs('taken', 30), endedAs('skipped')],
    ],
    [
      'a manual postpone counts the postpone but no offer',
      [events.ended('postponed', 'manual'), events.notice()],
      [postponed, offered],
    ],
    ['state changes record nothing', [events.changed(), events.changed()], []],
    [
      'after a break ends, the next notice is a new offer',
      [events.notice(), events.ended('taken'), events.notice()],
      [offered, endedAs('taken'), offered],
    ],
  ])('%s', (_name, sequence, expected) => {
    expect(recordsOf(sequence)).toEqual(expected);
  });

  it('never counts more skipped or postponed than offered, for any order of scheduled events', () => {
    // Every sequence of up to 5 scheduled events: a small exhaustive check of the invariant.
    const alphabet = [
      events.notice(),
      events.started('scheduled'),
      events.ended('taken'),
      events.ended('skipped'),
      events.ended('postponed'),
      events.ended('natural'),
    ];
    const walk = (sequence: SchedulerEvent[]): void => {
      const records = recordsOf(sequence);
      const count = (test: (record: StatsRecord) => boolean) => records.filter(test).length;
      const offers = count((r) => r.type === 'offered');
      expect(count((r) => r.type === 'ended' && r.outcome === 'skipped')).toBeLessThanOrEqual(offers);
      // A postponed scheduled break was always offered first.
      const firstPostpone = records.findIndex((r) => r.type === 'postponed');
      if (firstPostpone >= 0)
        expect(records.slice(0, firstPostpone).some((r) => r.type === 'offered')).toBe(true);
      if (sequence.length < 5) for (const next of alphabet) walk([...sequence, next]);
    };
    walk([]);
  });
});
