import { boundedMessage, echoInput } from '../../shared/bounded-text.ts';
import {
  CLI_OPTIONS,
  type CliFlag,
  type CliOption,
  IGNORED_SWITCHES,
  PAUSE_MINUTES_MAX,
  PAUSE_MINUTES_MIN,
} from './cli-options.ts';

export type CliCommand<P extends string = string> =
  /** No arguments: open the app window (reachable without a tray). */
  | { readonly kind: 'none' }
  /** Started at login: stay in the tray. */
  | { readonly kind: 'hidden' }
  | { readonly kind: 'breathe'; readonly patternId?: P }
  | { readonly kind: 'stretch' }
  | { readonly kind: 'pause'; readonly minutes: number }
  | { readonly kind: 'resume' }
  | { readonly kind: 'preferences' }
  | { readonly kind: 'quit' }
  /** Print the running app's state and leave (answered by the launch itself). */
  | { readonly kind: 'status' }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' };

export type CliParseResult<P extends string = string> =
  | {
      readonly ok: true;
      readonly command: CliCommand<P>;
      /** Long switches that are not ours (Chromium workarounds and the like), as given; absent if none. */
      readonly ignored?: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/**
 * Which pattern names a launch accepts. The launching process has no settings, so it checks only
 * the spelling (`accepts`); the running app checks that a custom id exists (cli-patterns.ts).
 */
export interface CliPatterns<P extends string> {
  /** Named in --help and in the error for a name that cannot be a pattern. */
  readonly listed: readonly string[];
  readonly accepts: (value: string) => value is P;
}

interface FoundFlag {
  readonly option: CliOption;
  readonly spelled: string;
  value?: string;
}

const HELP_HINT = 'Run with --help to see the options.';

const optionsByName: ReadonlyMap<string, CliOption> = new Map(
  CLI_OPTIONS.flatMap((option) => [
    [option.flag, option] as const,
    ...(option.short ? [[option.short, option] as const] : []),
  ]),
);

/** The executable, the app folder in development (`electron .`), an asar or a script. */
function isPathLike(token: string): boolean {
  return token === '.' || token === '..' || /[\\/]/.test(token) || /\.(js|mjs|cjs|asar|exe)$/i.test(token);
}

/** Edit distance (insertions, deletions, substitutions), for telling a typo of ours from a stranger. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * A long switch that is not ours but close to one of ours (`--breath`, `--h`, `--pauses`) is a
 * typo worth an error; anything else (`--password-store=basic`, `--disable-gpu-sandbox`) belongs
 * to Chromium or a desktop launcher and is left alone.
 */
function nearOurs(name: string): boolean {
  return CLI_OPTIONS.some(
    (option) =>
      option.flag.startsWith(name) ||
      name.startsWith(option.flag) ||
      (name.length >= 3 && editDistance(name, option.flag) <= 2),
  );
}

function looksLikeNegativeNumber(token: string): boolean {
  return /^-\d/.test(token);
}

function parseMinutes(text: string): CliParseResult<never> | number {
  const range = `--pause needs a whole number of minutes from ${PAUSE_MINUTES_MIN} to ${PAUSE_MINUTES_MAX}`;
  if (!/^\d{1,6}$/.test(text)) return { ok: false, error: `${range}, not "${echoInput(text)}".` };
  const minutes = Number(text);
  if (minutes < PAUSE_MINUTES_MIN || minutes > PAUSE_MINUTES_MAX)
    return { ok: false, error: `${range}, not ${minutes}.` };
  return minutes;
}

function toCommand<P extends string>(found: FoundFlag, patterns: CliPatterns<P>): CliParseResult<P> {
  const flag: CliFlag = found.option.flag;
  switch (flag) {
    case 'breathe': {
      if (found.value === undefined) return { ok: true, command: { kind: 'breathe' } };
      const wanted = found.value.toLowerCase();
      if (!patterns.accepts(wanted)) {
        return {
          ok: false,
          error: `Unknown breathing pattern "${echoInput(found.value)}". Known patterns: ${patterns.listed.join(', ')}, and your own from Preferences.`,
        };
      }
      return { ok: true, command: { kind: 'breathe', patternId: wanted } };
    }
    case 'pause': {
      if (found.value === undefined) {
        return { ok: false, error: `--pause needs the number of minutes, e.g. --pause 30. ${HELP_HINT}` };
      }
      const minutes = parseMinutes(found.value);
      return typeof minutes === 'number' ? { ok: true, command: { kind: 'pause', minutes } } : minutes;
    }
    default:
      return { ok: true, command: { kind: flag } };
  }
}

/**
 * Turns the raw argv of a launch (first or second instance) into one command. Pure.
 * Skips the executable, the app path in development and the switches Chromium injects.
 * Values go as `--pause=30` or `--pause 30`; because Chromium may move switches ahead of plain
 * arguments in a second instance's argv, a value left over after the app path is still given
 * to the one option that wants it. Unknown options, unknown patterns, bad minutes, stray
 * arguments and more than one command are errors, with a message meant for the terminal.
 * Unknown long switches that are not near one of ours are Chromium's or a launcher's business
 * (`--password-store=basic`, `--ozone-platform-hint=auto`): they are skipped and listed in
 * `ignored`, so a common Linux workaround never stops the app from starting.
 * Another local process may launch us with any argv, and the message reaches the log: it is one
 * line of at most 200 characters, with the offending input escaped and cut short.
 */
export function parseCli<P extends string>(
  argv: readonly string[],
  patterns: CliPatterns<P>,
): CliParseResult<P> {
  const result = parseArgv(argv, patterns);
  return result.ok ? result : { ok: false, error: boundedMessage(result.error) };
}

function parseArgv<P extends string>(argv: readonly string[], patterns: CliPatterns<P>): CliParseResult<P> {
  const found: FoundFlag[] = [];
  const positionals: string[] = [];
  const ignored: string[] = [];
  const tokens = argv.slice(1);
  let index = 0;
  let optionsEnded = false;
  while (index < tokens.length) {
    const token = tokens[index] ?? '';
    index += 1;
    if (optionsEnded || !token.startsWith('-') || token === '-') {
      positionals.push(token);
      continue;
    }
    if (token === '--') {
      optionsEnded = true;
      continue;
    }
    // macOS Finder used to add a process serial number, e.g. -psn_0_12345.
    if (token.startsWith('-psn_')) continue;
    const long = token.startsWith('--');
    const body = long ? token.slice(2) : token.slice(1);
    const equals = body.indexOf('=');
    const name = (equals >= 0 ? body.slice(0, equals) : body).toLowerCase();
    const inlineValue = equals >= 0 ? body.slice(equals + 1) : undefined;
    if (long && IGNORED_SWITCHES.has(name)) continue;
    const option = optionsByName.get(name);
    if (option === undefined || (long ? option.flag !== name : option.short !== name)) {
      if (long && name.length > 0 && !nearOurs(name)) {
        ignored.push(token);
        continue;
      }
      return { ok: false, error: `Unknown option ${echoInput(token.split('=')[0] ?? '')}. ${HELP_HINT}` };
    }
    const entry: FoundFlag = { option, spelled: long ? `--${option.flag}` : `-${name}` };
    if (inlineValue !== undefined) {
      if (option.value === 'none') return { ok: false, error: `${entry.spelled} does not take a value.` };
      entry.value = inlineValue;
    } else if (option.value !== 'none') {
      const next = tokens[index];
      const takesNext =
        next !== undefined &&
        !isPathLike(next) &&
        (!next.startsWith('-') || (option.flag === 'pause' && looksLikeNegativeNumber(next)));
      if (takesNext) {
        entry.value = next;
        index += 1;
      }
    }
    found.push(entry);
  }

  const strays = positionals.filter((token) => !isPathLike(token));
  const waiting = found.filter((entry) => entry.value === undefined && entry.option.value !== 'none');
  const [onlyWaiting] = waiting;
  const [onlyStray] = strays;
  if (strays.length === 1 && waiting.length === 1 && onlyWaiting && onlyStray !== undefined) {
    onlyWaiting.value = onlyStray;
  } else if (strays.length > 0) {
    return { ok: false, error: `Unexpected argument "${echoInput(strays[0] ?? '')}". ${HELP_HINT}` };
  }

  if (found.length > 1) {
    const names = [...new Set(found.map((entry) => entry.spelled))];
    const what = names.length === 1 ? `${names[0]} was given twice` : `got ${names.join(' and ')}`;
    return { ok: false, error: `Give one option at a time (${what}).` };
  }
  const [single] = found;
  const result: CliParseResult<P> = single
    ? toCommand(single, patterns)
    : { ok: true, command: { kind: 'none' } };
  return result.ok && ignored.length > 0 ? { ...result, ignored } : result;
}

/** Usage text for --help (developer-facing, so English only). */
export function cliHelpText(version: string, knownPatterns: readonly string[] = []): string {
  const usage = (option: CliOption): string => {
    const value = option.valueName
      ? option.value === 'optional'
        ? ` [${option.valueName}]`
        : ` <${option.valueName}>`
      : '';
    return `${option.short ? `-${option.short}, ` : '    '}--${option.flag}${value}`;
  };
  const width = Math.max(...CLI_OPTIONS.map((option) => usage(option).length)) + 2;
  const lines = [
    `Breathing Room ${version}`,
    '',
    'Usage: breathing-room [option]',
    'With no option, opens the app window. With the app already running, the option acts on it.',
    '',
    'Options:',
    ...CLI_OPTIONS.map((option) => `  ${usage(option).padEnd(width)}${option.description}`),
  ];
  if (knownPatterns.length > 0) {
    lines.push(
      '',
      `Patterns: ${knownPatterns.join(', ')}`,
      'Your own patterns go by the id Preferences › Breathing shows, e.g. --breathe my-evening.',
    );
  }
  return `${lines.join('\n')}\n`;
}
