import { CUSTOM_PATTERN_LIMITS } from '../domain/custom-patterns.ts';
import { isPlainObject } from '../domain/plain-data.ts';
import type { SettingsFieldError } from '../domain/settings-field-error.ts';
import { DEFAULT_PATTERN_ID } from '../exercises/patterns.ts';

/** What loading a settings file left out of it. */
export interface PatternSalvage {
  readonly droppedPatterns: number;
  /** `breathing.patternId` named a pattern that is not there, so scheduled breaks use belly breathing. */
  readonly defaultFellBack: boolean;
}

const LIST = 'breathing.customPatterns';
const itemPath = /^breathing\.customPatterns\[(\d+)\]/;

/**
 * A settings file whose only faults are in custom patterns keeps every other setting: the
 * patterns with an error are left out (all of them if the list is not a list, those past the
 * twelfth if there are too many), and a default that names a pattern no longer there becomes
 * belly breathing. Undefined when any other setting is wrong: then the file is unusable as a
 * whole, as before (moved aside, defaults, a notice).
 */
export function salvageCustomPatterns(
  raw: Readonly<Record<string, unknown>>,
  errors: readonly SettingsFieldError[],
): { readonly value: Record<string, unknown>; readonly salvage: PatternSalvage } | undefined {
  const breathing = raw.breathing;
  if (!isPlainObject(breathing)) return undefined;
  const badItems = new Set<number>();
  let badList = false;
  let badDefault = false;
  for (const error of errors) {
    const item = itemPath.exec(error.path);
    if (item !== null) badItems.add(Number(item[1]));
    else if (error.path === LIST) badList = true;
    else if (error.path === 'breathing.patternId') badDefault = true;
    else return undefined;
  }
  const list = Array.isArray(breathing.customPatterns) ? breathing.customPatterns : [];
  const kept =
    badList && !Array.isArray(breathing.customPatterns)
      ? []
      : list.filter((_, index) => !badItems.has(index)).slice(0, CUSTOM_PATTERN_LIMITS.maxCount);
  return {
    value: {
      ...raw,
      breathing: {
        ...breathing,
        customPatterns: kept,
        ...(badDefault ? { patternId: DEFAULT_PATTERN_ID } : {}),
      },
    },
    salvage: { droppedPatterns: list.length - kept.length, defaultFellBack: badDefault },
  };
}
