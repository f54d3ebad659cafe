import { boundedMessage, echoInput } from '../../shared/bounded-text.ts';
import type { Logger } from '../logger.ts';

const MAX_SHOWN_LENGTH = 80;
/** Second launches come from any local process; the names remembered stay few. */
const MAX_REMEMBERED = 64;

/**
 * Writes the long switches the command line left to Chromium (see parseCli's `ignored`) to the
 * log, each switch name once per run however often launches repeat it, so a launcher that always
 * adds `--password-store=basic` leaves one line, not one per launch.
 */
export function createIgnoredSwitchesLog(log: Pick<Logger, 'info'>): (switches: readonly string[]) => void {
  const seen = new Set<string>();
  return (switches) => {
    const fresh: string[] = [];
    for (const token of switches) {
      const name = token.split('=')[0] ?? token;
      if (seen.has(name)) continue;
      if (seen.size < MAX_REMEMBERED) seen.add(name);
      fresh.push(echoInput(token, MAX_SHOWN_LENGTH));
    }
    // One line of at most 200 characters, whatever the argv held (escaped line breaks included).
    if (fresh.length > 0)
      log.info(boundedMessage(`command line: left to Chromium, not ours: ${fresh.join(' ')}`));
  };
}
