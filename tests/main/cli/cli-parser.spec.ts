import { describe, expect, it } from 'vitest';
import { type CliPatterns, cliHelpText, parseCli } from '../../../main/cli/cli-parser.ts';
import { PAUSE_MINUTES } from '../../../shared/domain/limits.ts';

const PATTERN_LIST = ['belly', 'box', 'four-seven-eight'] as const;
type TestPattern = (typeof PATTERN_LIST)[number];
const PATTERNS: CliPatterns<TestPattern> = {
  listed: PATTERN_LIST,
  accepts: (value): value is TestPattern => (PATTERN_LIST as readonly string[]).includes(value),
};
const EXE = '/opt/Breathing Room/breathing-room';

function parse(...args: string[]) {
  return parseCli([EXE, ...args], PATTERNS);
}

function errorOf(result: ReturnType<typeof parse>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.command)}`);
  return result.error;
}

describe('parseCli commands', () => {
  it('opens the window when there are no arguments', () => {
    expect(parse()).toEqual({ ok: true, command: { kind: 'none' } });
    expect(parseCli([], PATTERNS)).toEqual({ ok: true, command: { kind: 'none' } });
  });

  it.each([
    ['--stretch', 'stretch'],
    ['--resume', 'resume'],
    ['--preferences', 'preferences'],
    ['--quit', 'quit'],
    ['--status', 'status'],
    ['--help', 'help'],
    ['-h', 'help'],
    ['--version', 'version'],
    ['-v', 'version'],
    ['--hidden', 'hidden'],
  ])('%s gives %s', (flag, kind) => {
    expect(parse(flag)).toEqual({ ok: true, command: { kind } });
  });

  it('--breathe without a pattern uses the default', () => {
    expect(parse('--breathe')).toEqual({ ok: true, command: { kind: 'breathe' } });
  });

  it('--breathe takes a known pattern as the next argument or after "="', () => {
    expect(parse('--breathe', 'box')).toEqual({ ok: true, command: { kind: 'breathe', patternId: 'box' } });
    expect(parse('--breathe=four-seven-eight')).toEqual({
      ok: true,
      command: { kind: 'breathe', patternId: 'four-seven-eight' },
    });
    expect(parse('--breathe', 'BOX')).toEqual({ ok: true, command: { kind: 'breathe', patternId: 'box' } });
  });

  it('refuses a name no pattern can have and lists the built-in ones', () => {
    expect(errorOf(parse('--breathe', 'fast breath'))).toBe(
      'Unknown breathing pattern "fast breath". Known patterns: belly, box, four-seven-eight, and your own from Preferences.',
    );
    expect(errorOf(parse('--breathe='))).toContain('Unknown breathing pattern ""');
  });

  it('--pause takes whole minutes from 1 to 1440', () => {
    expect(parse('--pause', '30')).toEqual({ ok: true, command: { kind: 'pause', minutes: 30 } });
    expect(parse('--pause=1')).toEqual({ ok: true, command: { kind: 'pause', minutes: 1 } });
    expect(parse('--pause', '1440')).toEqual({ ok: true, command: { kind: 'pause', minutes: 1440 } });
  });

  it.each([
    ['0', 'not 0.'],
    [String(PAUSE_MINUTES.max + 1), `not ${PAUSE_MINUTES.max + 1}.`],
    ['99999999999999999999', 'not "99999999999999999999".'],
    ['-5', 'not "-5".'],
    ['2.5', 'not "2.5".'],
    ['1e3', 'not "1e3".'],
    ['thirty', 'not "thirty".'],
    ['', 'not "".'],
  ])('refuses --pause %j', (minutes, ending) => {
    const expected = `--pause needs a whole number of minutes from 1 to ${PAUSE_MINUTES.max}, ${ending}`;
    expect(errorOf(parse(`--pause=${minutes}`))).toBe(expected);
    expect(errorOf(parse('--pause', minutes))).toBe(expected);
  });

  it('requires a value for --pause', () => {
    expect(errorOf(parse('--pause'))).toBe(
      '--pause needs the number of minutes, e.g. --pause 30. Run with --help to see the options.',
    );
  });

  it('refuses a value on a switch that takes none', () => {
    expect(errorOf(parse('--quit=now'))).toBe('--quit does not take a value.');
    expect(errorOf(parse('--status=json'))).toBe('--status does not take a value.');
    expect(errorOf(parse('--status', 'json'))).toBe(
      'Unexpected argument "json". Run with --help to see the options.',
    );
  });

  it('refuses near misses of our own options and unknown short options', () => {
    expect(errorOf(parse('--breath'))).toBe('Unknown option --breath. Run with --help to see the options.');
    expect(errorOf(parse('--pauze=30'))).toBe('Unknown option --pauze. Run with --help to see the options.');
    expect(errorOf(parse('--preferences-window'))).toContain('Unknown option --preferences-window.');
    expect(errorOf(parse('--quite'))).toContain('Unknown option --quite.');
    expect(errorOf(parse('-x'))).toContain('Unknown option -x.');
    expect(errorOf(parse('--h'))).toContain('Unknown option --h.');
    expect(errorOf(parse('-help'))).toContain('Unknown option -help.');
  });

  it('refuses two commands, or one given twice', () => {
    expect(errorOf(parse('--breathe', '--stretch'))).toBe(
      'Give one option at a time (got --breathe and --stretch).',
    );
    expect(errorOf(parse('--hidden', '--preferences'))).toBe(
      'Give one option at a time (got --hidden and --preferences).',
    );
    expect(errorOf(parse('--quit', '--quit'))).toBe('Give one option at a time (--quit was given twice).');
  });

  it('refuses stray arguments', () => {
    expect(errorOf(parse('--stretch', 'now'))).toBe(
      'Unexpected argument "now". Run with --help to see the options.',
    );
    expect(errorOf(parse('hello'))).toContain('Unexpected argument "hello"');
  });

  it('treats everything after "--" as plain arguments', () => {
    expect(errorOf(parse('--', '--quit'))).toContain('Unexpected argument "--quit"');
  });
});

describe('parseCli with what Electron and the OS add', () => {
  it('skips the app path of a development run', () => {
    expect(parseCli(['/usr/lib/electron/electron', '.', '--stretch'], PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'stretch' },
    });
    expect(parseCli(['electron', '/home/me/breathing-room/out/main/index.js'], PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'none' },
    });
  });

  it('drops the switches Chromium injects, with or without values', () => {
    expect(
      parse('--allow-file-access-from-files', '--original-process-start-time=13213718723637733', '--quit'),
    ).toEqual({ ok: true, command: { kind: 'quit' } });
    expect(parse('--enable-avfoundation')).toEqual({ ok: true, command: { kind: 'none' } });
    expect(parse('-psn_0_12345', '--resume')).toEqual({ ok: true, command: { kind: 'resume' } });
  });

  it('leaves long switches that are not ours to Chromium and lists them (common Linux workarounds)', () => {
    expect(parse('--password-store=basic', '--disable-gpu-sandbox', '--ozone-platform-hint=auto')).toEqual({
      ok: true,
      command: { kind: 'none' },
      // --ozone-platform-hint is one Chromium and desktop files pass routinely: dropped unlisted.
      ignored: ['--password-store=basic', '--disable-gpu-sandbox'],
    });
    expect(parse('--password-store=basic', '--pause', '30', '--colour=blue')).toEqual({
      ok: true,
      command: { kind: 'pause', minutes: 30 },
      ignored: ['--password-store=basic', '--colour=blue'],
    });
    // Our own commands stay strict next to them.
    expect(errorOf(parse('--disable-gpu-sandbox', '--pause', 'soon'))).toContain('--pause');
    expect(errorOf(parse('--disable-gpu-sandbox', '--stretch', '--quit'))).toContain('one option at a time');
    // A switch Chromium is known to add is dropped without being listed.
    expect(parse('--no-sandbox', '--quit')).toEqual({ ok: true, command: { kind: 'quit' } });
  });

  it('finds a value that Chromium moved behind its switches and the app path', () => {
    // The order electron/electron#20322 reports: switches first, then plain arguments.
    const argv = ['electron', '--pause', '--allow-file-access-from-files', '/home/me/app', '45'];
    expect(parseCli(argv, PATTERNS)).toEqual({ ok: true, command: { kind: 'pause', minutes: 45 } });
    const breathe = ['electron', '--breathe', '--original-process-start-time=1', '.', 'box'];
    expect(parseCli(breathe, PATTERNS)).toEqual({ ok: true, command: { kind: 'breathe', patternId: 'box' } });
  });

  it('does not take an app path as a pattern', () => {
    expect(parseCli(['electron', '--breathe', '/home/me/app'], PATTERNS)).toEqual({
      ok: true,
      command: { kind: 'breathe' },
    });
  });
});

describe('cliHelpText', () => {
  it('names the version, every option and the patterns', () => {
    const text = cliHelpText('1.2.3', PATTERN_LIST);
    expect(text.startsWith('Breathing Room 1.2.3\n')).toBe(true);
    for (const option of [
      '--breathe [pattern]',
      '--stretch',
      '--pause <minutes>',
      '--resume',
      '--preferences',
      '--quit',
      '--hidden',
      '-h, --help',
      '-v, --version',
    ]) {
      expect(text).toContain(option);
    }
    expect(text).toContain('Patterns: belly, box, four-seven-eight');
  });
});

describe('parseCli errors that echo the argv (any local process can launch us)', () => {
  const hostile = [
    ['a misspelt option', [`--pause${'x'.repeat(100_000)}`]],
    ['a misspelt option with a forged log line', ['--pause\n[info] settings: reset\n']],
    ['a stray argument', [`${'y'.repeat(5000)}\r\nINFO quit`]],
    ['a pattern', ['--breathe', `box\n${'z'.repeat(5000)}`]],
    ['minutes', ['--pause', `30\n${'9'.repeat(5000)}`]],
  ] as const;

  it.each(hostile)('%s gives one line of at most 200 characters', (_what, args) => {
    const error = errorOf(parse(...args));
    expect(error.length).toBeLessThanOrEqual(200);
    expect(error).not.toMatch(/[\n\r\u2028\u2029]/u);
  });

  it('still names the offending input, escaped, so the user sees what was wrong', () => {
    expect(errorOf(parse('--pausex\nINFO'))).toBe(
      'Unknown option --pausex\\u000aINFO. Run with --help to see the options.',
    );
    expect(errorOf(parse('--breathe', 'b'.repeat(60)))).toContain(`"${'b'.repeat(39)}…"`);
  });
});
