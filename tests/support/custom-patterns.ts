import type { CustomPattern } from '../../shared/domain/custom-patterns.ts';
import type { CustomPatternId, PatternRef } from '../../shared/domain/pattern-ids.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/types.ts';

/**
 * The custom pattern the tests use: half seconds and both holds (3.5 in, 1.5 hold, 5.5 out,
 * 1 rest = 11.5 s a cycle), so rounding, holds and whole-ms phases are all exercised.
 */
export const EVENING: CustomPattern = {
  id: 'evening' as CustomPatternId,
  name: 'Evening',
  inhaleSeconds: 3.5,
  holdInSeconds: 1.5,
  exhaleSeconds: 5.5,
  holdOutSeconds: 1,
};

/** One cycle of EVENING, in ms. */
export const EVENING_CYCLE_MS = 11_500;

/** The default settings with these custom patterns and, when given, this default pattern. */
export function settingsWithPatterns(customPatterns: readonly CustomPattern[], patternId?: string): Settings {
  return {
    ...DEFAULT_SETTINGS,
    breathing: {
      ...DEFAULT_SETTINGS.breathing,
      customPatterns,
      ...(patternId === undefined ? {} : { patternId: patternId as PatternRef }),
    },
  };
}
