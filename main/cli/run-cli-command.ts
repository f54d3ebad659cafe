import type { PatternRef } from '../../shared/exercises/types.ts';
import type { AppRoute } from '../../shared/ipc-contract.ts';
import type { AppCommands } from '../app-commands.ts';
import type { CliCommand } from './cli-parser.ts';

/**
 * Acts on a launch's command line. A first launch without arguments (from the app menu) and a
 * second launch without arguments both open the app window, so people whose desktop shows no
 * tray can still reach everything; `--hidden` (start at login) stays in the tray. A macOS login
 * item cannot pass `--hidden`, so a launch without arguments that the OS reports as the login
 * item (`openedAtLogin`) stays in the tray too.
 */
export function runCliCommand(
  command: CliCommand<PatternRef>,
  commands: AppCommands,
  options: { readonly firstRun: boolean; readonly openedAtLogin?: boolean },
): void {
  const landing: AppRoute = options.firstRun ? 'welcome' : 'preferences';
  switch (command.kind) {
    case 'none':
      if (options.openedAtLogin === true) return;
      commands.openWindow(landing);
      return;
    case 'hidden':
    case 'help':
    case 'version':
    case 'status':
      // The launching process answers these itself (--status reads the status file); nothing to do.
      return;
    case 'breathe':
      commands.startBreak('breathing', command.patternId);
      return;
    case 'stretch':
      commands.startBreak('stretch');
      return;
    case 'pause':
      commands.pause({ minutes: command.minutes });
      return;
    case 'resume':
      commands.resume();
      return;
    case 'preferences':
      commands.openWindow('preferences');
      return;
    case 'quit':
      commands.quit();
      return;
  }
}
