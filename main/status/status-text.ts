import { holdingText } from '../../shared/busy-text.ts';
import type { Translate } from '../../shared/i18n/index.ts';
import type { StatusRecord } from './status-record.ts';

/** The clock the text is read against: "now" and the user's time zone. */
export interface StatusClock {
  readonly nowMs: number;
  readonly timeZone: string;
}

/** "14:05" today, "Wed 14:05" on another day, in the given time zone. */
function wallTime(ms: number, clock: StatusClock): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: clock.timeZone, dateStyle: 'short' });
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: clock.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
  if (day.format(ms) === day.format(clock.nowMs)) return time;
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: clock.timeZone, weekday: 'short' }).format(ms);
  return `${weekday} ${time}`;
}

/**
 * What `--status` prints (developer-facing English, like --help), one fact a line. The busy line
 * is the tray's and panel's own text, so the reasons read the same everywhere.
 */
export function statusText(record: StatusRecord, t: Translate, clock: StatusClock): string {
  const lines: string[] = [];
  if (record.paused) {
    lines.push(
      record.pausedUntilWallMs === null
        ? 'Breaks are paused.'
        : `Breaks are paused until ${wallTime(record.pausedUntilWallMs, clock)}.`,
    );
  } else {
    lines.push('Breaks are on.');
  }
  lines.push(
    record.next === null
      ? 'No break is scheduled.'
      : `Next break: ${record.next.kind} at ${wallTime(record.next.dueAtWallMs, clock)}.`,
  );
  if (record.holding.length > 0) lines.push(holdingText(t, record.holding));
  return `${lines.join('\n')}\n`;
}
