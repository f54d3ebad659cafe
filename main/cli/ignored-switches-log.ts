import type { Logger } from '../logger.ts';

const MAX_SHOWN_LENGTH = 80;

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
      seen.add(name);
      fresh.push(token.length > MAX_SHOWN_LENGTH ? `${token.slice(0, MAX_SHOWN_LENGTH)}…` : token);
    }
    if (fresh.length > 0) log.info(`command line: left to Chromium, not ours: ${fresh.join(' ')}`);
  };
}
