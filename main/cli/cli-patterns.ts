import { boundedMessage, echoInput } from '../../shared/bounded-text.ts';
import { BUILT_IN_PATTERN_IDS, isPatternRef, type PatternRef } from '../../shared/domain/pattern-ids.ts';
import {
  type PatternSettings,
  patternChoices,
  resolvePattern,
} from '../../shared/exercises/resolve-pattern.ts';
import type { CliCommand, CliPatterns } from './cli-parser.ts';

/**
 * `--breathe <pattern>` on this app's command line: any built-in id, or anything spelled like a
 * custom pattern's id. Whether such a custom pattern exists only the settings can say, so the
 * app checks that once they are loaded (patternProblem).
 */
export const CLI_PATTERNS: CliPatterns<PatternRef> = { listed: BUILT_IN_PATTERN_IDS, accepts: isPatternRef };

/**
 * Null when the command can run with these settings; otherwise the message for the terminal or
 * the log: `--breathe` naming a pattern that is not there, with the ids one may use instead.
 */
export function patternProblem(command: CliCommand<PatternRef>, settings: PatternSettings): string | null {
  if (command.kind !== 'breathe' || command.patternId === undefined) return null;
  if (resolvePattern(settings, command.patternId) !== undefined) return null;
  const ids = patternChoices(settings).map((pattern) => pattern.id);
  return boundedMessage(
    `Unknown breathing pattern "${echoInput(command.patternId)}". Patterns: ${ids.join(', ')}.`,
  );
}
