import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Locale, resolveLocale, type Translate } from '../../shared/i18n/index.ts';
import type { LanguageSetting } from '../../shared/settings/types.ts';

export interface LocaleValue {
  readonly locale: Locale;
  readonly t: Translate;
}

const translators: Record<Locale, Translate> = { en: createTranslator('en'), nl: createTranslator('nl') };

export function localeValue(locale: Locale): LocaleValue {
  return { locale, t: translators[locale] };
}

/** The language to show: the setting, or the system's when the setting is 'system'. */
export function effectiveLocale(
  setting: LanguageSetting | undefined,
  systemLocale: string | undefined,
): Locale {
  if (setting === 'en' || setting === 'nl') return setting;
  return resolveLocale(systemLocale ?? '');
}

export const LocaleCtx = createContext<LocaleValue>(localeValue('en'));

export function useLocale(): LocaleValue {
  return useContext(LocaleCtx);
}

export function useT(): Translate {
  return useContext(LocaleCtx).t;
}
