import type { App } from 'electron';
import type { PatternRef } from '../../shared/domain/pattern-ids.ts';
import type { AppCommands } from '../app-commands.ts';
import type { CliCommand } from '../cli/cli-parser.ts';
import { CLI_PATTERNS, patternProblem } from '../cli/cli-patterns.ts';
import { secondLaunchCommand } from '../cli/launch-data.ts';
import { runCliCommand } from '../cli/run-cli-command.ts';
import type { Logger } from '../logger.ts';
import type { SettingsLoadOutcome, SettingsService } from '../settings/settings-service.ts';

export interface LaunchesSetupDeps {
  readonly app: Pick<App, 'on' | 'removeListener'>;
  readonly commands: AppCommands;
  readonly notifyActivity: () => void;
  readonly loadOutcome: SettingsLoadOutcome;
  /** Settings were found bad and reset: one calm notification (the app window also shows it). */
  readonly announceSettingsReset: () => void;
  readonly settings: Pick<SettingsService, 'get'>;
  /** A second launch named a pattern these settings do not have: one calm notification. */
  readonly announceUnknownPattern: (patternId: string) => void;
  readonly openedAtLogin: () => boolean;
  readonly log: Logger;
  /** What this launch's command line asked for (beforeReady parsed it). */
  readonly startCommand: CliCommand<PatternRef>;
}

/**
 * What a launch asks for: this start's own command line, a second launch's handed-over command,
 * and macOS re-opening the app from Finder while it runs in the tray. Returns the disposer.
 */
export function setupLaunches(deps: LaunchesSetupDeps): () => void {
  const { loadOutcome } = deps;
  if (loadOutcome.kind === 'reset') {
    deps.log.warn(
      `settings: reset to defaults (${loadOutcome.reason}); backup at ${loadOutcome.backupPath ?? 'none'}`,
    );
    deps.announceSettingsReset();
  }
  const onSecondInstance = (
    _event: unknown,
    argv: readonly string[],
    _workingDirectory: string,
    additionalData: unknown,
  ) => {
    const handed = secondLaunchCommand(argv, additionalData, CLI_PATTERNS);
    if (!handed.ok) {
      deps.log.warn(`second launch: ${handed.error}`);
      return;
    }
    // The launching process could only check the spelling; whether the pattern exists is ours to say.
    const problem = patternProblem(handed.command, deps.settings.get());
    if (problem !== null && handed.command.kind === 'breathe') {
      deps.log.warn(`second launch: ${problem}`);
      deps.announceUnknownPattern(handed.command.patternId ?? '');
      return;
    }
    deps.notifyActivity();
    runCliCommand(handed.command, deps.commands, { firstRun: false });
  };
  const onActivate = (_event: unknown, hasVisibleWindows: boolean) => {
    if (!hasVisibleWindows) deps.commands.openWindow('preferences');
  };
  deps.app.on('second-instance', onSecondInstance);
  deps.app.on('activate', onActivate);
  runCliCommand(deps.startCommand, deps.commands, {
    firstRun: loadOutcome.kind === 'new',
    openedAtLogin: deps.openedAtLogin(),
  });
  return () => {
    deps.app.removeListener('second-instance', onSecondInstance);
    deps.app.removeListener('activate', onActivate);
  };
}
