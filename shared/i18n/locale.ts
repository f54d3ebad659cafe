export const locales = ['en', 'nl'] as const;
export type Locale = (typeof locales)[number];

/** A user-visible text in every supported language. Data files use this; UI strings live in catalogs. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Picks the app language from an OS locale string such as `nl`, `nl-NL`, `nl_BE.UTF-8` or `en-US`.
 * Dutch for anything whose language subtag is `nl`; English otherwise (also for empty or odd input).
 */
export function resolveLocale(osLocale: unknown): Locale {
  if (typeof osLocale !== 'string') return 'en';
  const language = osLocale
    .trim()
    .toLowerCase()
    .split(/[-_.@]/, 1)[0];
  return language === 'nl' ? 'nl' : 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
