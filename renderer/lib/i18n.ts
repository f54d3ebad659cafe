import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { common } from '../../shared/i18n/catalogs/common.ts';
import { type Locale, resolveLocale } from '../../shared/i18n/locale.ts';
import type { Namespace } from '../../shared/i18n/message.ts';
import { createTranslatorFor, type Translate } from '../../shared/i18n/translator.ts';
import type { LanguageSetting } from '../../shared/settings/types.ts';

export interface LocaleValue {
  readonly locale: Locale;
  readonly t: Translate;
}

/** The string namespaces one window loads; each entry lists its own (see <window>/namespaces.ts). */
export type WindowNamespaces = readonly Namespace<string>[];

const defaultNamespaces: WindowNamespaces = [common];
const cache = new WeakMap<WindowNamespaces, Map<Locale, LocaleValue>>();

export function localeValue(locale: Locale, namespaces: WindowNamespaces = defaultNamespaces): LocaleValue {
  let byLocale = cache.get(namespaces);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(namespaces, byLocale);
  }
  let value = byLocale.get(locale);
  if (!value) {
    value = { locale, t: createTranslatorFor(locale, namespaces) };
    byLocale.set(locale, value);
  }
  return value;
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
