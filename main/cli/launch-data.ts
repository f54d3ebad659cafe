import { isPlainObject } from '../../shared/domain/plain-data.ts';
import { PAUSE_MINUTES_MAX, PAUSE_MINUTES_MIN } from './cli-options.ts';
import { type CliCommand, type CliPatterns, parseCli } from './cli-parser.ts';

/**
 * A second launch parses its own argv (in the order the user typed it) and hands the running app
 * the resulting command through `app.requestSingleInstanceLock(additionalData)`. The running app
 * reads the command from there, not from the argv Chromium passes along, which it reorders
 * (switches first) and pads with switches of its own (electron/electron#20322). The data comes
 * from another process, so it is checked like any outside input.
 */

/** The commands a second launch can hand over; help and version are answered by the launch itself. */
export type HandedCommand<P extends string> = Exclude<CliCommand<P>, { kind: 'help' } | { kind: 'version' }>;

export interface LaunchData {
  readonly breathingRoomCommand: Record<string, unknown>;
}

export function launchData<P extends string>(command: HandedCommand<P>): LaunchData {
  return { breathingRoomCommand: { ...command } };
}

export type LaunchDataResult<P extends string> =
  | { readonly ok: true; readonly command: HandedCommand<P> }
  | { readonly ok: false; readonly error: string };

const PLAIN_KINDS = new Set(['none', 'hidden', 'stretch', 'resume', 'preferences', 'quit', 'status']);

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

/** The command a second launch handed over, or why it cannot be used (then nothing happens). */
export function commandFromLaunchData<P extends string>(
  data: unknown,
  patterns: CliPatterns<P>,
): LaunchDataResult<P> {
  const refuse = (why: string): LaunchDataResult<P> => ({ ok: false, error: `launch data ${why}` });
  if (!isPlainObject(data) || !onlyKeys(data, ['breathingRoomCommand'])) return refuse('is not ours');
  const command = data.breathingRoomCommand;
  if (!isPlainObject(command) || typeof command.kind !== 'string') return refuse('has no command');
  const { kind } = command;
  if (PLAIN_KINDS.has(kind)) {
    if (!onlyKeys(command, ['kind'])) return refuse(`has extra fields for ${kind}`);
    return { ok: true, command: { kind } as HandedCommand<P> };
  }
  if (kind === 'breathe') {
    if (!onlyKeys(command, ['kind', 'patternId'])) return refuse('has extra fields for breathe');
    if (command.patternId === undefined) return { ok: true, command: { kind: 'breathe' } };
    const { patternId } = command;
    if (typeof patternId !== 'string' || !patterns.accepts(patternId)) return refuse('names no pattern');
    return { ok: true, command: { kind: 'breathe', patternId } };
  }
  if (kind === 'pause') {
    if (!onlyKeys(command, ['kind', 'minutes'])) return refuse('has extra fields for pause');
    const { minutes } = command;
    if (
      typeof minutes !== 'number' ||
      !Number.isInteger(minutes) ||
      minutes < PAUSE_MINUTES_MIN ||
      minutes > PAUSE_MINUTES_MAX
    ) {
      return refuse('has pause minutes out of range');
    }
    return { ok: true, command: { kind: 'pause', minutes } };
  }
  return refuse(`has an unknown command "${kind.slice(0, 40)}"`);
}

/**
 * The command of a second launch as the running app sees it ('second-instance'): from the
 * launch data; only a launcher that sent none (an older version of the app, mid-update) falls
 * back to the argv it passed.
 */
export function secondLaunchCommand<P extends string>(
  argv: readonly string[],
  additionalData: unknown,
  patterns: CliPatterns<P>,
): LaunchDataResult<P> {
  if (additionalData !== undefined && additionalData !== null) {
    return commandFromLaunchData(additionalData, patterns);
  }
  const parsed = parseCli(argv, patterns);
  if (!parsed.ok) return parsed;
  const { command } = parsed;
  if (command.kind === 'help' || command.kind === 'version') return { ok: true, command: { kind: 'none' } };
  return { ok: true, command };
}
