import { describe, expect, it } from 'vitest';
import { BUSY_TUNING, decideHold, type HoldInput, type HoldState } from '../../../main/busy/busy-policy.ts';
import type { BusyReason } from '../../../shared/domain/busy.ts';

const MIN = 60_000;
const CAP = BUSY_TUNING.holdCapMs;
const SAMPLE = BUSY_TUNING.sampleMs;

function input(overrides: Partial<HoldInput>): HoldInput {
  return {
    nowMs: 1000 * MIN,
    busy: [],
    sampled: false,
    onScreen: false,
    hold: null,
    capMs: CAP,
    sampleMs: SAMPLE,
    ...overrides,
  };
}

const held = (sinceMs: number, reasons: BusyReason[], capNoticeShown = false): HoldState => ({
  sinceMs,
  reasons,
  capNoticeShown,
});

const T = 1000 * MIN;

describe('decideHold: a break that comes due', () => {
  const cases: ReadonlyArray<{
    name: string;
    given: Partial<HoldInput>;
    expected: ReturnType<typeof decideHold>;
  }> = [
    {
      name: 'not busy: shown as today',
      given: {},
      expected: { kind: 'show', released: null },
    },
    {
      name: 'busy with a signalled reason: held, no notice, looked at again only at the cap',
      given: { busy: ['presentation'] },
      expected: {
        kind: 'hold',
        hold: held(T, ['presentation']),
        newlyHeld: ['presentation'],
        quietNotice: false,
        recheckAtMs: T + CAP,
      },
    },
    {
      name: 'busy with a sampled reason: held, sampled again after sampleMs',
      given: { busy: ['fullscreen'], sampled: true },
      expected: {
        kind: 'hold',
        hold: held(T, ['fullscreen']),
        newlyHeld: ['fullscreen'],
        quietNotice: false,
        recheckAtMs: T + SAMPLE,
      },
    },
    {
      name: 'several reasons: all counted once, in the canonical order',
      given: { busy: ['excluded-app', 'call', 'presentation'] },
      expected: {
        kind: 'hold',
        hold: held(T, ['presentation', 'call', 'excluded-app']),
        newlyHeld: ['presentation', 'call', 'excluded-app'],
        quietNotice: false,
        recheckAtMs: T + CAP,
      },
    },
    {
      name: 'a reason joins a running hold: only it is newly held, the hold keeps its start',
      given: { busy: ['presentation', 'call'], hold: held(T - 10 * MIN, ['presentation']) },
      expected: {
        kind: 'hold',
        hold: held(T - 10 * MIN, ['presentation', 'call']),
        newlyHeld: ['call'],
        quietNotice: false,
        recheckAtMs: T + 50 * MIN,
      },
    },
    {
      name: 'the same reason on a later look is not counted again',
      given: { busy: ['fullscreen'], sampled: true, hold: held(T - SAMPLE, ['fullscreen']) },
      expected: {
        kind: 'hold',
        hold: held(T - SAMPLE, ['fullscreen']),
        newlyHeld: [],
        quietNotice: false,
        recheckAtMs: T + SAMPLE,
      },
    },
    {
      name: 'at the cap: one quiet notice, never a window, and the break keeps waiting',
      given: { busy: ['presentation'], hold: held(T - CAP, ['presentation']) },
      expected: {
        kind: 'hold',
        hold: held(T - CAP, ['presentation'], true),
        newlyHeld: [],
        quietNotice: true,
        recheckAtMs: null,
      },
    },
    {
      name: 'past the cap with the notice shown: no second notice; sampled reasons still sampled',
      given: { busy: ['call'], sampled: true, hold: held(T - 2 * CAP, ['call'], true) },
      expected: {
        kind: 'hold',
        hold: held(T - 2 * CAP, ['call'], true),
        newlyHeld: [],
        quietNotice: false,
        recheckAtMs: T + SAMPLE,
      },
    },
    {
      name: 'the cap comes before the next sample: the recheck is at the cap',
      given: { busy: ['fullscreen'], sampled: true, hold: held(T - 45 * MIN, ['fullscreen']) },
      expected: {
        kind: 'hold',
        hold: held(T - 45 * MIN, ['fullscreen']),
        newlyHeld: [],
        quietNotice: false,
        recheckAtMs: T + 15 * MIN,
      },
    },
    {
      name: 'a reason ends: the held break is shown and the ended hold is handed back',
      given: { busy: [], hold: held(T - 20 * MIN, ['presentation', 'call']) },
      expected: { kind: 'show', released: held(T - 20 * MIN, ['presentation', 'call']) },
    },
    {
      name: 'a notice or break already on screen is never pulled away by a reason that starts',
      given: { busy: ['presentation', 'do-not-disturb'], onScreen: true },
      expected: { kind: 'keep' },
    },
    {
      name: 'on screen while a hold ran: still kept',
      given: { busy: ['fullscreen'], onScreen: true, hold: held(T - 5 * MIN, ['fullscreen']) },
      expected: { kind: 'keep' },
    },
  ];

  it.each(cases)('$name', ({ given, expected }) => {
    expect(decideHold(input(given))).toEqual(expected);
  });

  it('the defaults: 60 minute cap, two samples per quiet hour, 200 ms per probe', () => {
    expect(BUSY_TUNING).toEqual({ holdCapMs: 60 * MIN, sampleMs: 30 * MIN, probeTimeoutMs: 200 });
  });
});
