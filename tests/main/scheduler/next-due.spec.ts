import { describe, expect, it } from 'vitest';
import { naturalKindFor, nextDueBreak } from '../../../main/scheduler/next-due.ts';
import { configWith } from './config-helpers.ts';

const MIN = 60_000;
const base = {
  anchors: { breathing: 0, stretch: 0 },
  postponed: null,
  notBeforeMs: -Infinity,
  lastBreakEndMs: null,
};

describe('nextDueBreak', () => {
  it('picks the earlier kind', () => {
    expect(nextDueBreak(configWith(), base)).toEqual({ kind: 'breathing', dueMs: 25 * MIN });
  });

  it('lets the stretch break absorb a breathing break up to the window before it', () => {
    const config = configWith({ absorbWindowMs: 5 * MIN });
    expect(nextDueBreak(config, { ...base, anchors: { breathing: 60 * MIN, stretch: 0 } })).toEqual({
      kind: 'stretch',
      dueMs: 90 * MIN,
    });
    expect(nextDueBreak(config, { ...base, anchors: { breathing: 59 * MIN, stretch: 0 } })).toEqual({
      kind: 'breathing',
      dueMs: 84 * MIN,
    });
  });

  it('uses a postponed due time for its kind', () => {
    expect(
      nextDueBreak(configWith(), { ...base, postponed: { kind: 'breathing', dueMs: 30 * MIN } }),
    ).toEqual({
      kind: 'breathing',
      dueMs: 30 * MIN,
    });
  });

  it('never comes before notBefore nor within the gap plus notice after the last break', () => {
    expect(nextDueBreak(configWith(), { ...base, notBeforeMs: 40 * MIN })?.dueMs).toBe(40 * MIN);
    expect(nextDueBreak(configWith(), { ...base, lastBreakEndMs: 24 * MIN })?.dueMs).toBe(27.5 * MIN);
  });

  it('returns null with both kinds off', () => {
    expect(
      nextDueBreak(configWith({ breathing: { enabled: false }, stretch: { enabled: false } }), base),
    ).toBeNull();
  });
});

describe('naturalKindFor', () => {
  it('names the longest enabled break the time away covers', () => {
    expect(naturalKindFor(59_000, configWith())).toBeNull();
    expect(naturalKindFor(60_000, configWith())).toBe('breathing');
    expect(naturalKindFor(5 * MIN, configWith())).toBe('stretch');
    expect(naturalKindFor(5 * MIN, configWith({ stretch: { enabled: false } }))).toBe('breathing');
    expect(
      naturalKindFor(10 * MIN, configWith({ breathing: { durationMs: 0 }, stretch: { enabled: false } })),
    ).toBeNull();
  });
});
