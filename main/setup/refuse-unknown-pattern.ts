import type { App } from 'electron';
import type { PatternRef } from '../../shared/domain/pattern-ids.ts';
import type { Settings } from '../../shared/settings/types.ts';
import type { CliCommand } from '../cli/cli-parser.ts';
import { patternProblem } from '../cli/cli-patterns.ts';
import type { Logger } from '../logger.ts';

export interface UnknownPatternDeps {
  readonly app: Pick<App, 'exit'>;
  readonly settings: () => Settings;
  readonly write: (stream: 'stdout' | 'stderr', text: string) => void;
  readonly log: Logger;
}

/**
 * A first launch naming a pattern these settings lack (`--breathe evening` after "Evening" was
 * deleted) fails like a bad option: the message on stderr, exit 2, nothing started. The parser
 * before ready could only check the spelling; this runs once the settings are read. True when
 * the launch was refused.
 */
export function refuseUnknownPattern(deps: UnknownPatternDeps, command: CliCommand<PatternRef>): boolean {
  const problem = patternProblem(command, deps.settings());
  if (problem === null) return false;
  deps.write('stderr', `${problem}\n`);
  deps.log.warn(`launch: ${problem}`);
  deps.app.exit(2);
  return true;
}
