import { DEFAULT_FLOOR_MINUTES, DEFAULT_FLOOR_PATTERN_ID } from '../../shared/domain/floor-session.ts';
import type { InvokeMap } from '../../shared/ipc-contract.ts';

/**
 * The one request every window sends to start "Lie down and breathe" (panel, Learn, welcome):
 * main opens the break window as a floor session, where the user picks 3, 5 or 10 minutes.
 */
export const floorStartRequest: InvokeMap['break:start']['req'] = {
  kind: 'breathing',
  patternId: DEFAULT_FLOOR_PATTERN_ID,
  durationSeconds: DEFAULT_FLOOR_MINUTES * 60,
  floor: true,
};
