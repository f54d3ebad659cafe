import { describe, expect, it } from 'vitest';
import { describeTimeLeft, nextChangeInMs } from '../../../renderer/panel/time-left.ts';

describe('describeTimeLeft', () => {
  it('rounds minutes up so the panel never promises a break later than it comes', () => {
    expect(describeTimeLeft(12 * 60_000)).toEqual({
      key: 'panel.time-left.minutes',
      params: { minutes: 12 },
    });
    expect(describeTimeLeft(11 * 60_000 + 1)).toEqual({
      key: 'panel.time-left.minutes',
      params: { minutes: 12 },
    });
  });

  it('counts seconds in the last minute and says "any moment" once due', () => {
    expect(describeTimeLeft(59_001)).toEqual({ key: 'panel.time-left.seconds', params: { seconds: 60 } });
    expect(describeTimeLeft(1)).toEqual({ key: 'panel.time-left.seconds', params: { seconds: 1 } });
    expect(describeTimeLeft(0)).toEqual({ key: 'panel.time-left.now' });
    expect(describeTimeLeft(-5000)).toEqual({ key: 'panel.time-left.now' });
  });

  it('splits an hour or more into hours and minutes', () => {
    expect(describeTimeLeft(65 * 60_000)).toEqual({
      key: 'panel.time-left.hours',
      params: { hours: 1, minutes: 5 },
    });
    expect(describeTimeLeft(120 * 60_000)).toEqual({
      key: 'panel.time-left.hours',
      params: { hours: 2, minutes: 0 },
    });
  });
});

describe('nextChangeInMs', () => {
  it('wakes at the next whole-minute step while more than two minutes remain', () => {
    expect(nextChangeInMs(10 * 60_000 + 2_500)).toBe(2_500);
    expect(nextChangeInMs(10 * 60_000)).toBe(60_000);
  });

  it('wakes every second in the last two minutes', () => {
    expect(nextChangeInMs(90_250)).toBe(250);
    expect(nextChangeInMs(90_000)).toBe(1_000);
  });
});
