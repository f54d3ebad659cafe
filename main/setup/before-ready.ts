import type { App, Protocol } from 'electron';
import { BUILT_IN_PATTERN_IDS, type PatternRef } from '../../shared/domain/pattern-ids.ts';
import { createTranslator } from '../../shared/i18n/index.ts';
import { registerAppScheme } from '../app-protocol.ts';
import { type CliCommand, cliHelpText, parseCli } from '../cli/cli-parser.ts';
import { CLI_PATTERNS } from '../cli/cli-patterns.ts';
import type { HandedCommand } from '../cli/launch-data.ts';
import { launchData } from '../cli/launch-data.ts';
import { APP_USER_MODEL_ID } from '../notifications/break-notice.ts';
import type { StatusRead } from '../status/status-file-io.ts';
import { parseStatusRecord } from '../status/status-record.ts';
import { type StatusClock, statusText } from '../status/status-text.ts';

export interface StartRequest {
  readonly command: HandedCommand<PatternRef>;
  /** Switches left to Chromium, for the log. */
  readonly ignored: readonly string[];
}

export interface BeforeReadyDeps {
  readonly app: Pick<
    App,
    | 'exit'
    | 'getVersion'
    | 'requestSingleInstanceLock'
    | 'releaseSingleInstanceLock'
    | 'setAppUserModelId'
    | 'on'
  >;
  readonly protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>;
  readonly argv: readonly string[];
  readonly platform: NodeJS.Platform;
  readonly write: (stream: 'stdout' | 'stderr', text: string) => void;
  /** The running app's status file (for --status), read with its size bound. */
  readonly readStatus: () => StatusRead;
  readonly clock: () => StatusClock;
}

/**
 * --status: with the lock free no app runs (the lock is given back at once); otherwise the
 * running app's status file, checked like any outside input, is printed.
 */
function answerStatus(deps: BeforeReadyDeps, command: CliCommand<PatternRef> & { kind: 'status' }): void {
  if (deps.app.requestSingleInstanceLock(launchData(command))) {
    deps.app.releaseSingleInstanceLock();
    deps.write('stdout', 'Breathing Room is not running.\n');
    deps.app.exit(0);
    return;
  }
  const read = deps.readStatus();
  const parsed = read.ok ? parseStatusRecord(read.text) : read;
  if (!parsed.ok) {
    deps.write('stderr', `${parsed.error}\n`);
    deps.app.exit(1);
    return;
  }
  deps.write('stdout', statusText(parsed.record, createTranslator('en'), deps.clock()));
  deps.app.exit(0);
}

/**
 * Before the app is ready: answer --help, --version and --status, refuse a bad command line, hand a second
 * launch's command to the running app, register the app:// scheme. Null when this process leaves.
 */
export function beforeReady(deps: BeforeReadyDeps): StartRequest | null {
  const parsed = parseCli(deps.argv, CLI_PATTERNS);
  if (!parsed.ok) {
    deps.write('stderr', `${parsed.error}\n`);
    deps.app.exit(2);
    return null;
  }
  if (parsed.command.kind === 'help' || parsed.command.kind === 'version') {
    const text =
      parsed.command.kind === 'help'
        ? cliHelpText(deps.app.getVersion(), BUILT_IN_PATTERN_IDS)
        : deps.app.getVersion();
    deps.write('stdout', `${text.trimEnd()}\n`);
    deps.app.exit(0);
    return null;
  }
  if (parsed.command.kind === 'status') {
    answerStatus(deps, parsed.command);
    return null;
  }
  const command = parsed.command;
  // A second launch hands its parsed command to the running app (see 'second-instance') and leaves.
  if (!deps.app.requestSingleInstanceLock(launchData(command))) {
    deps.app.exit(0);
    return null;
  }
  registerAppScheme(deps.protocol);
  if (deps.platform === 'win32') deps.app.setAppUserModelId(APP_USER_MODEL_ID);
  // A tray app keeps running with no window open.
  deps.app.on('window-all-closed', () => {});
  return { command, ignored: parsed.ignored ?? [] };
}
