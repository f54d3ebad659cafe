import { type Locale, resolveLocale } from '../shared/i18n/index.ts';
import type { LanguageSetting } from '../shared/settings/types.ts';

/** The language main speaks (tray, notifications): the setting, or the OS language for 'system'. */
export function effectiveLocale(setting: LanguageSetting, osLocale: string): Locale {
  return setting === 'system' ? resolveLocale(osLocale) : setting;
}
