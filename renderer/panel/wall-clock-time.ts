import type { Locale } from '../../shared/i18n/index.ts';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** Wall-clock time of day in the app language's convention ("14:30", "2:30 PM"). */
export function formatClockTime(locale: Locale, wallMs: number): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(wallMs));
}
