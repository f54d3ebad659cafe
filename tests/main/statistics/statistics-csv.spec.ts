import { describe, expect, it } from 'vitest';
import { csvField, csvRow, statisticsToCsv } from '../../../main/statistics/statistics-csv.ts';
import { emptyDay } from '../../../shared/statistics/queries.ts';

describe('csvField (RFC 4180)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('2026-05-03')).toBe('2026-05-03');
    expect(csvField(42)).toBe('42');
  });

  it('quotes fields with a comma, quote, CR or LF and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('lf\nonly')).toBe('"lf\nonly"');
  });

  it('joins a row with commas', () => {
    expect(csvRow(['a', 'b,c', 1])).toBe('a,"b,c",1');
  });
});

describe('statisticsToCsv', () => {
  it('writes a header and one CRLF-terminated row per day', () => {
    const csv = statisticsToCsv([
      {
        ...emptyDay('2026-05-02'),
        offered: 3,
        taken: 2,
        breathingSeconds: 120,
        floorSessions: 1,
        floorSeconds: 600,
        feelings: { calmer: 1, same: 0, tenser: 0 },
      },
      {
        ...emptyDay('2026-05-03'),
        held: { ...emptyDay('2026-05-03').held, presentation: 2, 'excluded-app': 1 },
        checkins: [
          {
            atMs: 1,
            answers: {
              'deep-breath-hard': 2,
              'belly-back-pressure': 2,
              'tired-despite-rest': 2,
              'breath-high': 2,
              'short-of-breath': 2,
            },
          },
          {
            atMs: 2,
            answers: {
              'deep-breath-hard': 1,
              'belly-back-pressure': 0,
              'tired-despite-rest': 2,
              'breath-high': 0,
              'short-of-breath': 1,
            },
          },
        ],
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,offered,taken,postponed,skipped,natural,breathing_seconds,floor_sessions,floor_seconds,felt_calmer,felt_same,felt_tenser,checkins,' +
        'last_checkin_deep-breath-hard,last_checkin_belly-back-pressure,last_checkin_tired-despite-rest,' +
        'last_checkin_breath-high,last_checkin_short-of-breath,' +
        'held_presentation,held_fullscreen,held_call,held_do-not-disturb,held_excluded-app',
      '2026-05-02,3,2,0,0,0,120,1,600,1,0,0,0,,,,,,0,0,0,0,0',
      '2026-05-03,0,0,0,0,0,0,0,0,0,0,0,2,1,0,2,0,1,2,0,0,0,1',
      '',
    ]);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('is just the header for no days', () => {
    expect(statisticsToCsv([]).split('\r\n')).toHaveLength(2);
  });
});
