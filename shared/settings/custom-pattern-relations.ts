import { nameKey } from '../domain/custom-patterns.ts';
import { isBuiltInPatternId } from '../domain/pattern-ids.ts';
import type { SettingsFieldError } from '../domain/settings-field-error.ts';
import { breathingPatterns } from '../exercises/patterns.ts';
import { locales } from '../i18n/locale.ts';
import type { Settings } from './types.ts';

const PATH = 'breathing.customPatterns';

/** Built-in names in every language, compared like custom names: "buikademhaling" is taken. */
const builtInNames: ReadonlySet<string> = new Set(
  breathingPatterns.flatMap((pattern) => locales.map((locale) => nameKey(pattern.name[locale]))),
);

/**
 * The custom-pattern rules of the one settings validator that JSON Schema cannot say: ids unique
 * and never a built-in id, names unique without case and never a built-in pattern's name in
 * either language, and `patternId` naming a pattern that exists. Errors point at the pattern's
 * own field (`breathing.customPatterns[2].name`) so the editor can show them beside it.
 */
export function checkCustomPatterns(breathing: Settings['breathing'], errors: SettingsFieldError[]): void {
  const ids = new Set<string>();
  const names = new Set<string>();
  breathing.customPatterns.forEach((pattern, index) => {
    const at = `${PATH}[${index}]`;
    if (isBuiltInPatternId(pattern.id)) {
      errors.push({ path: `${at}.id`, code: 'unique', message: 'is the id of a built-in pattern' });
    } else if (ids.has(pattern.id)) {
      errors.push({ path: `${at}.id`, code: 'unique', message: 'is the id of another custom pattern' });
    }
    ids.add(pattern.id);
    const key = nameKey(pattern.name);
    if (builtInNames.has(key)) {
      errors.push({ path: `${at}.name`, code: 'unique', message: 'is the name of a built-in pattern' });
    } else if (names.has(key)) {
      errors.push({ path: `${at}.name`, code: 'unique', message: 'is the name of another custom pattern' });
    }
    names.add(key);
  });
  if (!isBuiltInPatternId(breathing.patternId) && !ids.has(breathing.patternId)) {
    errors.push({
      path: 'breathing.patternId',
      code: 'missing-pattern',
      message: 'names no built-in or custom pattern',
    });
  }
}
