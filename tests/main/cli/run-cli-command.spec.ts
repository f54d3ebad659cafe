import { describe, expect, it } from 'vitest';
import type { AppCommands } from '../../../main/app-commands.ts';
import { parseCli } from '../../../main/cli/cli-parser.ts';
import { CLI_PATTERNS } from '../../../main/cli/cli-patterns.ts';
import { runCliCommand } from '../../../main/cli/run-cli-command.ts';

function recorder() {
  const calls: string[] = [];
  const record = (entry: string) => {
    calls.push(entry);
    return null;
  };
  const commands: AppCommands = {
    startBreak: (kind, pattern) => record(`start ${kind}${pattern ? ` ${pattern}` : ''}`),
    postpone: () => null,
    skip: () => null,
    pause: (request) => record(`pause ${JSON.stringify(request)}`),
    resume: () => record('resume'),
    openWindow: (route) => {
      record(`open ${route}`);
    },
    toggleAutostart: async () => {},
    quit: () => {
      record('quit');
    },
  };
  return { calls, commands };
}

function launch(args: string[], firstRun = false, openedAtLogin?: boolean): string[] {
  const parsed = parseCli(['/usr/bin/breathing-room', ...args], CLI_PATTERNS);
  if (!parsed.ok) throw new Error(parsed.error);
  const { calls, commands } = recorder();
  runCliCommand(
    parsed.command,
    commands,
    openedAtLogin === undefined ? { firstRun } : { firstRun, openedAtLogin },
  );
  return calls;
}

describe('command line of a launch', () => {
  it('acts on the running app for each documented option', () => {
    expect(launch(['--breathe'])).toEqual(['start breathing']);
    expect(launch(['--breathe', 'box'])).toEqual(['start breathing box']);
    expect(launch(['--stretch'])).toEqual(['start stretch']);
    expect(launch(['--pause', '30'])).toEqual([`pause {"minutes":30}`]);
    expect(launch(['--resume'])).toEqual(['resume']);
    expect(launch(['--preferences'])).toEqual(['open preferences']);
    expect(launch(['--quit'])).toEqual(['quit']);
  });

  it('without arguments opens the app window (welcome the first time); --hidden stays in the tray', () => {
    expect(launch([])).toEqual(['open preferences']);
    expect(launch([], true)).toEqual(['open welcome']);
    expect(launch(['--hidden'])).toEqual([]);
  });

  it('a macOS login launch (no arguments, reported by the OS) stays in the tray like --hidden', () => {
    expect(launch([], false, true)).toEqual([]);
    expect(launch([], false, false)).toEqual(['open preferences']);
    // Explicit commands still act at a login launch.
    expect(launch(['--preferences'], false, true)).toEqual(['open preferences']);
  });
});
