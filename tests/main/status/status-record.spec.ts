import { describe, expect, it } from 'vitest';
import { parseStatusRecord, statusRecord } from '../../../main/status/status-record.ts';
import { runningSnapshot } from '../../support/app-fixtures.ts';

const NOW = Date.UTC(2026, 11, 1, 10, 0);
const good = { version: 1, paused: false, pausedUntilWallMs: null, next: null, holding: [] };

describe('parseStatusRecord (the file is outside input for --status)', () => {
  it('reads back what the app writes', () => {
    const record = statusRecord(
      runningSnapshot(NOW, 60_000, { state: 'busy', busy: ['call', 'fullscreen'] }),
    );
    expect(parseStatusRecord(JSON.stringify(record))).toEqual({ ok: true, record });
  });

  it.each<[string, string, string]>([
    ['not JSON', '{"version":1,', 'The status file is not valid JSON.'],
    ['an array', '[]', 'The status file is not a version 1 status.'],
    [
      'a newer version',
      JSON.stringify({ ...good, version: 2 }),
      'The status file is not a version 1 status.',
    ],
    ['paused as text', JSON.stringify({ ...good, paused: 'yes' }), 'The status file has no paused flag.'],
    [
      'a negative pause end',
      JSON.stringify({ ...good, pausedUntilWallMs: -5 }),
      'The status file has a bad pause end.',
    ],
    [
      'an unknown break kind',
      JSON.stringify({ ...good, next: { kind: 'nap', dueAtWallMs: NOW } }),
      'The status file has a bad next break (kinds: breathing, stretch).',
    ],
    [
      'a fractional due time',
      JSON.stringify({ ...good, next: { kind: 'stretch', dueAtWallMs: 1.5 } }),
      'The status file has a bad next break (kinds: breathing, stretch).',
    ],
    [
      'an unknown reason',
      JSON.stringify({ ...good, holding: ['<script>'] }),
      'The status file has bad busy reasons.',
    ],
    [
      'a reason twice',
      JSON.stringify({ ...good, holding: ['call', 'call'] }),
      'The status file has bad busy reasons.',
    ],
  ])('refuses %s with one clear line', (_name, text, error) => {
    expect(parseStatusRecord(text)).toEqual({ ok: false, error });
  });
});
