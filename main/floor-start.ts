import { DEFAULT_FLOOR_MINUTES, DEFAULT_FLOOR_PATTERN_ID } from '../shared/domain/floor-session.ts';
import type { AppCommands } from './app-commands.ts';

/**
 * "Lie down and breathe" from main (the tray, the evening invitation): a floor session with the
 * default rhythm and length, which the floor setup screen lets the user change before it begins.
 */
export function startFloorSession(commands: Pick<AppCommands, 'startBreak'>): string | null {
  return commands.startBreak('breathing', DEFAULT_FLOOR_PATTERN_ID, DEFAULT_FLOOR_MINUTES * 60_000, true);
}
