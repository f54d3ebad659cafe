import { describe, expect, it } from 'vitest';
import { panelStatus } from '../../../renderer/panel/status.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';

const NOW = new Date(2026, 2, 10, 14, 0).getTime();
const clock = (ms: number) => `t${ms - NOW}`;

describe('panelStatus', () => {
  it('counts down to the next break of the right kind', () => {
    const snapshot = runningSnapshot(NOW, 60_000, {
      next: { kind: 'stretch', dueInMs: 60_000, dueAtWallMs: NOW + 60_000 },
    });
    expect(panelStatus(snapshot, NOW, clock)).toEqual({
      type: 'countdown',
      titleKey: 'panel.next.stretch',
      dueAtWallMs: NOW + 60_000,
    });
  });

  it('says until when a pause lasts, later today or tomorrow, or that it waits for a resume', () => {
    const paused = { state: 'paused', paused: true, next: null } as const;
    const laterToday = NOW + 30 * 60_000;
    expect(
      panelStatus(runningSnapshot(NOW, 0, { ...paused, pausedUntilWallMs: laterToday }), NOW, clock),
    ).toEqual({
      type: 'message',
      key: 'panel.state.paused-until',
      params: { time: `t${30 * 60_000}` },
    });
    const tomorrow = new Date(2026, 2, 11, 6, 0).getTime();
    expect(
      panelStatus(runningSnapshot(NOW, 0, { ...paused, pausedUntilWallMs: tomorrow }), NOW, clock),
    ).toMatchObject({
      key: 'panel.state.paused-tomorrow',
    });
    expect(panelStatus(runningSnapshot(NOW, 0, { ...paused, pausedUntilWallMs: null }), NOW, clock)).toEqual({
      type: 'message',
      key: 'panel.state.paused-indefinitely',
    });
  });

  it('explains the quiet states instead of a countdown', () => {
    expect(panelStatus(runningSnapshot(NOW, 1000, { state: 'outside-hours' }), NOW, clock)).toMatchObject({
      key: 'panel.state.outside-hours',
    });
    expect(panelStatus(runningSnapshot(NOW, 1000, { state: 'in-break' }), NOW, clock)).toMatchObject({
      key: 'panel.state.in-break',
    });
    expect(panelStatus(runningSnapshot(NOW, 1000, { next: null }), NOW, clock)).toMatchObject({
      key: 'panel.state.off',
    });
  });
});
