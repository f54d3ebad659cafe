import type { App, Protocol } from 'electron';
import { PATTERN_IDS, type PatternId } from '../../shared/domain/pattern-ids.ts';
import { registerAppScheme } from '../app-protocol.ts';
import { cliHelpText, parseCli } from '../cli/cli-parser.ts';
import type { HandedCommand } from '../cli/launch-data.ts';
import { launchData } from '../cli/launch-data.ts';
import { APP_USER_MODEL_ID } from '../notifications/break-notice.ts';

export interface StartRequest {
  readonly command: HandedCommand<PatternId>;
  /** Switches left to Chromium, for the log. */
  readonly ignored: readonly string[];
}

export interface BeforeReadyDeps {
  readonly app: Pick<App, 'exit' | 'getVersion' | 'requestSingleInstanceLock' | 'setAppUserModelId' | 'on'>;
  readonly protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>;
  readonly argv: readonly string[];
  readonly platform: NodeJS.Platform;
  readonly write: (stream: 'stdout' | 'stderr', text: string) => void;
}

/**
 * Before the app is ready: answer --help and --version, refuse a bad command line, hand a second
 * launch's command to the running app, register the app:// scheme. Null when this process leaves.
 */
export function beforeReady(deps: BeforeReadyDeps): StartRequest | null {
  const parsed = parseCli(deps.argv, PATTERN_IDS);
  if (!parsed.ok) {
    deps.write('stderr', `${parsed.error}\n`);
    deps.app.exit(2);
    return null;
  }
  if (parsed.command.kind === 'help' || parsed.command.kind === 'version') {
    const text =
      parsed.command.kind === 'help'
        ? cliHelpText(deps.app.getVersion(), PATTERN_IDS)
        : deps.app.getVersion();
    deps.write('stdout', `${text.trimEnd()}\n`);
    deps.app.exit(0);
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
