import { describe, expect, it } from 'vitest';
import { createBreakFlow } from '../../main/break-flow.ts';
import { createBreakSessionOwner } from '../../main/break-session.ts';
import { createMemoryLogger } from '../../main/logger.ts';
import type { SchedulerEvent, SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { runningSnapshot } from '../support/app-fixtures.ts';

const idle: SchedulerSnapshot = runningSnapshot(0, 0, { next: null });

function setup(settings = DEFAULT_SETTINGS) {
  const calls: string[] = [];
  const ok = { ok: true as const, saved: true as const };
  const sessions = createBreakSessionOwner({
    settings: () => settings,
    nowMs: () => 0,
    scheduler: { beginBreak: () => undefined, completeBreak: () => undefined },
  });
  const flow = createBreakFlow({
    sessions,
    stats: {
      recordOffered: (kind) => {
        calls.push(`offered ${kind}`);
        return ok;
      },
      recordPostponed: (kind) => {
        calls.push(`postponed ${kind}`);
        return ok;
      },
      recordBreakEnded: (kind, outcome, seconds) => {
        calls.push(`ended ${kind} ${outcome} ${seconds}`);
        return ok;
      },
      recordHeld: (reasons) => {
        calls.push(`held ${reasons.join('+')}`);
        return ok;
      },
      recordFloorSession: (seconds) => {
        calls.push(`floor ${seconds}`);
        return ok;
      },
    },
    quietNotice: (event) => calls.push(`quiet ${event.kind} ${event.reasons.join('+')}`),
    wallNowMs: () => 0,
    notice: { show: () => calls.push('notice'), dismiss: () => calls.push('dismiss') },
    windows: {
      showBreak: ({ focus, floor }) => calls.push(`break focus=${focus}${floor ? ' floor=true' : ''}`),
      closeBreakWindows: () => calls.push('close'),
    },
    onSnapshot: () => calls.push('snapshot'),
    log: createMemoryLogger(),
  });
  return { flow, calls, sessions };
}

const notice: SchedulerEvent = {
  type: 'notice',
  kind: 'breathing',
  dueAtWallMs: 0,
  leadMs: 30_000,
  canPostpone: true,
  canSkip: true,
};
const started = (
  source: 'scheduled' | 'manual',
  kind: 'breathing' | 'stretch' = 'breathing',
): SchedulerEvent => ({
  type: 'break-started',
  kind,
  source,
  durationMs: kind === 'breathing' ? 60_000 : 300_000,
  startedAtWallMs: 0,
});
const ended = (
  outcome: 'taken' | 'postponed' | 'skipped' | 'natural',
  breathedMs?: number,
  endedBy: 'window' | 'scheduler' = 'scheduler',
  source: 'scheduled' | 'manual' = 'scheduled',
): SchedulerEvent => ({
  type: 'break-ended',
  kind: 'breathing',
  outcome,
  source,
  durationMs: 60_000,
  endedAtWallMs: 0,
  endedBy,
  ...(breathedMs === undefined ? {} : { breathedMs }),
});

describe('break flow', () => {
  it('notice, then a focused break, then statistics with breathed seconds', () => {
    const { flow, calls, sessions } = setup();
    flow.handle(notice);
    // The session main hands the window: 60 s of belly breathing is 6 whole cycles, plus the pre-roll.
    expect(sessions.current()).toMatchObject({
      kind: 'breathing',
      patternId: 'belly',
      durationMs: 63_000,
      plan: { cycles: 6, breathingMs: 60_000, totalMs: 63_000 },
      source: 'scheduled',
    });
    flow.handle(started('scheduled'));
    flow.handle(ended('taken', 58_500));
    expect(calls).toEqual([
      'offered breathing',
      'notice',
      'dismiss',
      'break focus=true',
      'ended breathing taken 58.5',
      'dismiss',
      'close',
    ]);
    expect(sessions.current()).toBeNull();
  });

  it('a break without notice opens without taking focus and is still counted as offered once', () => {
    const { flow, calls } = setup();
    flow.handle(started('scheduled'));
    expect(calls).toContain('break focus=false');
    expect(calls.filter((c) => c.startsWith('offered'))).toHaveLength(1);
  });

  it('postponing keeps one offer: the renewed notice is not counted again', () => {
    const { flow, calls } = setup();
    flow.handle(notice);
    flow.handle(ended('postponed'));
    flow.handle(notice);
    flow.handle(started('scheduled'));
    flow.handle(ended('taken'));
    expect(calls.filter((c) => c.startsWith('offered'))).toHaveLength(1);
    expect(calls).toContain('postponed breathing');
  });

  it('a manual stretch break carries a routine of exercises and is not an offer', () => {
    const { flow, calls, sessions } = setup();
    flow.handle(started('manual', 'stretch'));
    const session = sessions.current();
    expect(session?.kind).toBe('stretch');
    expect(session?.exerciseIds.length).toBeGreaterThan(0);
    expect(calls).toContain('break focus=true');
    expect(calls.some((c) => c.startsWith('offered'))).toBe(false);
  });

  it('a notice that ends without a break (skip, pause, lock) takes the notice down', () => {
    const { flow, calls, sessions } = setup();
    flow.handle(notice);
    flow.handle({ type: 'state-changed', snapshot: idle });
    expect(calls.slice(-3)).toEqual(['dismiss', 'close', 'snapshot']);
    expect(sessions.current()).toBeNull();
  });

  it('a break the window finished leaves the window open for its done screen and feeling', () => {
    const { flow, calls, sessions } = setup();
    flow.handle(notice);
    flow.handle(started('scheduled'));
    calls.length = 0;
    flow.handle(ended('taken', 60_000, 'window'));
    expect(calls).toEqual(['ended breathing taken 60', 'dismiss']);
    expect(sessions.current()).toBeNull();
  });

  it('a done screen still up when the next notice comes is closed before the notice shows', () => {
    const { flow, calls } = setup();
    flow.handle(started('manual'));
    flow.handle(ended('taken', 30_000, 'window', 'manual'));
    calls.length = 0;
    flow.handle(notice);
    expect(calls).toEqual(['offered breathing', 'close', 'notice']);
    // Without a done screen up, a notice closes nothing.
    const other = setup();
    other.flow.handle(notice);
    expect(other.calls).not.toContain('close');
  });

  it('a break the scheduler ended (overrun, sleep, pause, skip) still closes the window', () => {
    for (const outcome of ['taken', 'skipped', 'postponed'] as const) {
      const { flow, calls } = setup();
      flow.handle(started('scheduled'));
      calls.length = 0;
      flow.handle(ended(outcome, undefined, 'scheduler'));
      expect(calls.filter((c) => c === 'dismiss' || c === 'close')).toEqual(['dismiss', 'close']);
    }
  });

  it('skipping the next break before its notice counts the offer it declined, once', () => {
    const { flow, calls } = setup();
    flow.handle(ended('skipped'));
    expect(calls.filter((c) => c.startsWith('offered') || c.startsWith('ended'))).toEqual([
      'offered breathing',
      'ended breathing skipped 0',
    ]);
    // Skipped from its notice: the notice already counted the offer.
    const second = setup();
    second.flow.handle(notice);
    second.flow.handle(ended('skipped'));
    expect(second.calls.filter((c) => c.startsWith('offered'))).toHaveLength(1);
  });

  it('a natural break and a skipped manual break are no offers', () => {
    const { flow, calls } = setup();
    flow.handle(ended('natural'));
    flow.handle(started('manual'));
    flow.handle(ended('skipped', 0, 'window', 'manual'));
    expect(calls.some((c) => c.startsWith('offered'))).toBe(false);
  });

  it('strict mode binds scheduled breaks only: a break started by hand is never strict', () => {
    const { flow, sessions } = setup({ ...DEFAULT_SETTINGS, strictMode: true });
    flow.handle(started('scheduled'));
    expect(sessions.current()?.strict).toBe(true);
    flow.handle(ended('taken', 0, 'window'));
    flow.handle(started('manual'));
    expect(sessions.current()?.strict).toBe(false);
  });
});

describe('busy hold', () => {
  it('a held break is counted per reason, shows nothing, and the cap brings one quiet notice only', () => {
    const { flow, calls, sessions } = setup();
    flow.handle({ type: 'busy-check' });
    flow.handle({ type: 'busy-held', kind: 'breathing', reasons: ['presentation', 'call'] });
    flow.handle({ type: 'busy-quiet-notice', kind: 'breathing', reasons: ['presentation'] });
    expect(calls).toEqual(['held presentation+call', 'quiet breathing presentation']);
    expect(sessions.current()).toBeNull();
  });
});

describe('break flow: floor sessions ("Lie down and breathe")', () => {
  it('marks the next manual breathing break as a floor session, opens it at the floor size and counts it apart', () => {
    const { flow, calls, sessions } = setup();
    flow.expectFloor(true);
    flow.handle(started('manual'));
    flow.expectFloor(false);
    expect(sessions.current()?.floor).toBe(true);
    expect(calls.at(-1)).toBe('break focus=true floor=true');
    flow.handle(ended('taken', 300_000, 'window', 'manual'));
    expect(calls.filter((c) => c.startsWith('floor') || c.startsWith('ended'))).toEqual(['floor 300']);

    // The mark is used once: the next break is an ordinary one, counted as such.
    flow.handle(started('manual'));
    expect(sessions.current()?.floor).toBeUndefined();
    expect(calls.at(-1)).toBe('break focus=true');
    flow.handle(ended('taken', 60_000, 'window', 'manual'));
    expect(calls.filter((c) => c.startsWith('floor') || c.startsWith('ended'))).toEqual([
      'floor 300',
      'ended breathing taken 60',
    ]);
  });

  it('counts nothing for a floor session left before the first breath', () => {
    const { flow, calls } = setup();
    flow.expectFloor(true);
    flow.handle(started('manual'));
    flow.expectFloor(false);
    flow.handle(ended('skipped', 0, 'window', 'manual'));
    expect(calls.filter((c) => c.startsWith('floor') || c.startsWith('ended'))).toEqual([]);
  });

  it('never makes a stretch break a floor session', () => {
    const { flow, sessions } = setup();
    flow.expectFloor(true);
    flow.handle(started('manual', 'stretch'));
    expect(sessions.current()?.floor).toBeUndefined();
  });
});
