import { describe, expect, it } from 'vitest';
import { type CliPatterns, parseCli } from '../../../main/cli/cli-parser.ts';
import {
  commandFromLaunchData,
  type HandedCommand,
  launchData,
  secondLaunchCommand,
} from '../../../main/cli/launch-data.ts';
import { PAUSE_MINUTES } from '../../../shared/domain/limits.ts';

const PATTERN_LIST = ['belly', 'box'] as const;
type TestPattern = (typeof PATTERN_LIST)[number];
const PATTERNS: CliPatterns<TestPattern> = {
  listed: PATTERN_LIST,
  accepts: (value): value is TestPattern => (PATTERN_LIST as readonly string[]).includes(value),
};

const HANDED: readonly HandedCommand<TestPattern>[] = [
  { kind: 'none' },
  { kind: 'hidden' },
  { kind: 'breathe' },
  { kind: 'breathe', patternId: 'box' },
  { kind: 'stretch' },
  { kind: 'pause', minutes: 30 },
  { kind: 'pause', minutes: PAUSE_MINUTES.max },
  { kind: 'resume' },
  { kind: 'preferences' },
  { kind: 'quit' },
];

/** What additionalData looks like on arrival: a structured clone made in another process. */
const overTheWire = (value: unknown): unknown => structuredClone(value);

describe('the command a second launch hands over in requestSingleInstanceLock(additionalData)', () => {
  it.each(HANDED)('arrives unchanged: %o', (command) => {
    expect(commandFromLaunchData(overTheWire(launchData(command)), PATTERNS)).toEqual({ ok: true, command });
  });

  it('wins over the argv Chromium reorders and pads (electron/electron#20322)', () => {
    const typed = ['/usr/bin/breathing-room', '--pause', '45'];
    const parsed = parseCli(typed, PATTERNS);
    if (!parsed.ok || parsed.command.kind === 'help' || parsed.command.kind === 'version')
      throw new Error('a pause command');
    const reordered = ['/usr/bin/breathing-room', '--pause', '--allow-file-access-from-files', '45'];
    expect(secondLaunchCommand(reordered, overTheWire(launchData(parsed.command)), PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'pause', minutes: 45 },
    });
    // Even an argv that no longer parses cannot change what the data says.
    expect(
      secondLaunchCommand(['x', '--pause', 'garbage'], launchData({ kind: 'resume' }), PATTERNS),
    ).toEqual({
      ok: true,
      command: { kind: 'resume' },
    });
  });

  it('falls back to the argv only when a launcher sent no data at all (an older version)', () => {
    expect(secondLaunchCommand(['/usr/bin/breathing-room', '--stretch'], undefined, PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'stretch' },
    });
    expect(secondLaunchCommand(['/usr/bin/breathing-room', '--help'], undefined, PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'none' },
    });
    expect(secondLaunchCommand(['/usr/bin/breathing-room', '--pause', 'x'], undefined, PATTERNS).ok).toBe(
      false,
    );
  });

  it.each([
    ['not an object', 'quit'],
    ['an array', [launchData({ kind: 'quit' })]],
    ['someone else’s data', { foo: 1 }],
    ['extra top-level keys', { ...launchData({ kind: 'quit' }), more: true }],
    ['no kind', { breathingRoomCommand: {} }],
    ['an unknown kind', { breathingRoomCommand: { kind: 'format-disk' } }],
    ['help (answered by the launch itself)', { breathingRoomCommand: { kind: 'help' } }],
    ['extra fields', { breathingRoomCommand: { kind: 'quit', force: true } }],
    ['an unknown pattern', { breathingRoomCommand: { kind: 'breathe', patternId: 'holotropic' } }],
    ['a pattern that is not a string', { breathingRoomCommand: { kind: 'breathe', patternId: ['box'] } }],
    ['minutes as text', { breathingRoomCommand: { kind: 'pause', minutes: '30' } }],
    ['fractional minutes', { breathingRoomCommand: { kind: 'pause', minutes: 30.5 } }],
    ['too few minutes', { breathingRoomCommand: { kind: 'pause', minutes: PAUSE_MINUTES.min - 1 } }],
    ['too many minutes', { breathingRoomCommand: { kind: 'pause', minutes: PAUSE_MINUTES.max + 1 } }],
    ['NaN minutes', { breathingRoomCommand: { kind: 'pause', minutes: Number.NaN } }],
    ['a huge kind', { breathingRoomCommand: { kind: 'x'.repeat(100_000) } }],
  ])('refuses %s with a short reason, and nothing runs', (_name, data) => {
    const result = secondLaunchCommand(['/usr/bin/breathing-room', '--quit'], overTheWire(data), PATTERNS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(120);
  });
});
