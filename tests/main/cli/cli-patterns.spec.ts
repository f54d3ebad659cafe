import { describe, expect, it } from 'vitest';
import { parseCli } from '../../../main/cli/cli-parser.ts';
import { CLI_PATTERNS, patternProblem } from '../../../main/cli/cli-patterns.ts';
import { commandFromLaunchData, launchData } from '../../../main/cli/launch-data.ts';
import type { CustomPatternId } from '../../../shared/domain/pattern-ids.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { EVENING, settingsWithPatterns } from '../../support/custom-patterns.ts';

const EXE = '/usr/bin/breathing-room';
const withEvening = settingsWithPatterns([EVENING]);

describe("--breathe with the app's own patterns", () => {
  it('takes a built-in id or anything spelled like a custom id, in any case', () => {
    expect(parseCli([EXE, '--breathe', 'Evening'], CLI_PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'breathe', patternId: 'evening' },
    });
    expect(parseCli([EXE, '--breathe=box'], CLI_PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'breathe', patternId: 'box' },
    });
  });

  it('refuses a name no pattern can have and lists the built-in ones', () => {
    expect(parseCli([EXE, '--breathe', 'my evening'], CLI_PATTERNS)).toEqual({
      ok: false,
      error:
        'Unknown breathing pattern "my evening". Known patterns: belly, resonance, extended-exhale, box, cyclic-sigh, four-seven-eight, and your own from Preferences.',
    });
  });

  it('a second launch hands a custom id over; the launch data refuses what cannot be an id', () => {
    const handed = launchData({ kind: 'breathe', patternId: 'evening' as CustomPatternId });
    expect(commandFromLaunchData(structuredClone(handed), CLI_PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'breathe', patternId: 'evening' },
    });
    for (const patternId of ['Evening!', 'x'.repeat(33), 42]) {
      expect(
        commandFromLaunchData({ breathingRoomCommand: { kind: 'breathe', patternId } }, CLI_PATTERNS),
      ).toEqual({ ok: false, error: 'launch data names no pattern' });
    }
  });

  it('patternProblem: null for what the settings have, the known ids for what they do not', () => {
    expect(
      patternProblem({ kind: 'breathe', patternId: 'evening' as CustomPatternId }, withEvening),
    ).toBeNull();
    expect(patternProblem({ kind: 'breathe', patternId: 'box' }, withEvening)).toBeNull();
    expect(patternProblem({ kind: 'breathe' }, withEvening)).toBeNull();
    expect(patternProblem({ kind: 'stretch' }, withEvening)).toBeNull();
    expect(patternProblem({ kind: 'breathe', patternId: 'morning' as CustomPatternId }, withEvening)).toBe(
      'Unknown breathing pattern "morning". Patterns: belly, resonance, extended-exhale, box, cyclic-sigh, four-seven-eight, evening.',
    );
    expect(
      patternProblem({ kind: 'breathe', patternId: 'evening' as CustomPatternId }, DEFAULT_SETTINGS),
    ).toContain('Unknown breathing pattern "evening".');
  });
});
