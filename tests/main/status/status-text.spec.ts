import { describe, expect, it } from 'vitest';
import { statusRecord } from '../../../main/status/status-record.ts';
import { statusText } from '../../../main/status/status-text.ts';
import { createTranslator } from '../../../shared/i18n/index.ts';
import type { SchedulerSnapshot } from '../../../shared/scheduler-types.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';

// 2026-12-01 10:00 UTC; Amsterdam is UTC+1 then.
const NOW = Date.UTC(2026, 11, 1, 10, 0);
const MINUTE = 60_000;
const en = createTranslator('en');

function text(snapshot: SchedulerSnapshot, timeZone = 'UTC'): string {
  return statusText(statusRecord(snapshot), en, { nowMs: NOW, timeZone });
}

describe('statusText', () => {
  it.each<[string, SchedulerSnapshot, string]>([
    [
      'running, next break today',
      runningSnapshot(NOW, 25 * MINUTE),
      'Breaks are on.\nNext break: breathing at 10:25.\n',
    ],
    [
      'next break on another day carries its weekday',
      runningSnapshot(NOW, 20 * 60 * MINUTE, {
        next: { kind: 'stretch', dueInMs: 0, dueAtWallMs: NOW + 20 * 60 * MINUTE },
      }),
      'Breaks are on.\nNext break: stretch at Wed 06:00.\n',
    ],
    [
      'paused until a time, no next break',
      runningSnapshot(NOW, 0, {
        state: 'paused',
        paused: true,
        next: null,
        pausedUntilWallMs: NOW + 90 * MINUTE,
      }),
      'Breaks are paused until 11:30.\nNo break is scheduled.\n',
    ],
    [
      'paused indefinitely',
      runningSnapshot(NOW, 0, { state: 'paused', paused: true, next: null, pausedUntilWallMs: null }),
      'Breaks are paused.\nNo break is scheduled.\n',
    ],
    [
      'a held break names every reason with the tray and panel labels',
      runningSnapshot(NOW, 0, { state: 'busy', busy: ['presentation', 'do-not-disturb'] }),
      'Breaks are on.\nNext break: breathing at 10:00.\nHolding breaks: presentation or video, Do Not Disturb\n',
    ],
    [
      'busy reasons while no break is held (still counting down) are not a hold',
      runningSnapshot(NOW, 5 * MINUTE, { busy: ['call'] }),
      'Breaks are on.\nNext break: breathing at 10:05.\n',
    ],
  ])('%s', (_name, snapshot, expected) => {
    expect(text(snapshot)).toBe(expected);
  });

  it('reads times in the given time zone', () => {
    expect(text(runningSnapshot(NOW, 25 * MINUTE), 'Europe/Amsterdam')).toBe(
      'Breaks are on.\nNext break: breathing at 11:25.\n',
    );
  });
});
