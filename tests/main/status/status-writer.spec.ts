import { describe, expect, it } from 'vitest';
import { createStatusWriter } from '../../../main/status/status-writer.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';

const NOW = Date.UTC(2026, 11, 1, 10, 0);

function setup() {
  const written: string[] = [];
  const errors: unknown[] = [];
  let failNext = false;
  const update = createStatusWriter({
    write: (text) => {
      if (failNext) {
        failNext = false;
        throw new Error('EACCES');
      }
      written.push(text);
    },
    onError: (error) => errors.push(error),
  });
  return { update, written, errors, failOnce: () => (failNext = true) };
}

describe('createStatusWriter', () => {
  it('writes the first snapshot and then only when the printed status changes', () => {
    const { update, written } = setup();
    update(runningSnapshot(NOW, 600_000));
    // The countdown ticking (dueInMs) and postpones change nothing --status prints.
    update(
      runningSnapshot(NOW, 600_000, { next: { kind: 'breathing', dueInMs: 1, dueAtWallMs: NOW + 600_000 } }),
    );
    update(runningSnapshot(NOW, 600_000, { postponesUsed: 1 }));
    expect(written).toHaveLength(1);
    update(runningSnapshot(NOW, 600_000, { state: 'busy', busy: ['presentation'] }));
    update(runningSnapshot(NOW, 600_000, { state: 'busy', busy: ['presentation'] }));
    update(
      runningSnapshot(NOW, 0, { state: 'paused', paused: true, next: null, pausedUntilWallMs: NOW + 1 }),
    );
    expect(written.map((text) => JSON.parse(text))).toEqual([
      {
        version: 1,
        paused: false,
        pausedUntilWallMs: null,
        next: { kind: 'breathing', dueAtWallMs: NOW + 600_000 },
        holding: [],
      },
      {
        version: 1,
        paused: false,
        pausedUntilWallMs: null,
        next: { kind: 'breathing', dueAtWallMs: NOW + 600_000 },
        holding: ['presentation'],
      },
      { version: 1, paused: true, pausedUntilWallMs: NOW + 1, next: null, holding: [] },
    ]);
  });

  it('reports a failed write and writes the same status again next time', () => {
    const { update, written, errors, failOnce } = setup();
    failOnce();
    update(runningSnapshot(NOW, 600_000));
    expect(errors).toHaveLength(1);
    expect(written).toHaveLength(0);
    update(runningSnapshot(NOW, 600_000));
    expect(written).toHaveLength(1);
  });
});
