import { type CustomPattern, hasHolds } from '../domain/custom-patterns.ts';
import { pacer } from '../i18n/catalogs/pacer.ts';
import { type Locale, type Localized, locales } from '../i18n/locale.ts';
import { formatMessage, type MessageParams } from '../i18n/message.ts';
import { breatheGentlyCaution, holdsNotFor, holdsUneasy, lightHeadedAtFirst } from './patterns.ts';
import type { BreathingPattern, BreathPhase } from './types.ts';

/** Below this many breaths a minute a pattern gets the very-slow caution, as 4-7-8 (about 3 a minute) does. */
export const SLOW_BREATHS_PER_MINUTE = 4;

/** One cycle of a custom pattern, in ms (phases are whole or half seconds, so whole ms). */
export function customCycleMs(pattern: CustomPattern): number {
  return Math.round(
    (pattern.inhaleSeconds + pattern.holdInSeconds + pattern.exhaleSeconds + pattern.holdOutSeconds) * 1000,
  );
}

export function customBreathsPerMinute(pattern: CustomPattern): number {
  return 60_000 / customCycleMs(pattern);
}

/**
 * The cautions the built-ins carry for the same traits: always "breathe gently"; holds get box's
 * two hold lines; under four breaths a minute gets 4-7-8's "sit or lie down" line first.
 */
export function customCautions(pattern: CustomPattern): readonly Localized[] {
  const slow = customBreathsPerMinute(pattern) < SLOW_BREATHS_PER_MINUTE;
  return [
    ...(slow ? [lightHeadedAtFirst] : []),
    breatheGentlyCaution,
    ...(hasHolds(pattern) ? [holdsUneasy, holdsNotFor] : []),
  ];
}

function seconds(value: number, locale: Locale): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}

type PacerKey = keyof (typeof pacer)['en'];

function summaryIn(pattern: CustomPattern, locale: Locale): string {
  // Only the pacer's strings, not the whole catalog: the break window bundles no other namespace.
  const t = (key: PacerKey, params: MessageParams) => formatMessage(locale, pacer[locale][key], params);
  const parts = [
    t('pacer.custom-inhale', { seconds: seconds(pattern.inhaleSeconds, locale) }),
    ...(pattern.holdInSeconds > 0
      ? [t('pacer.custom-hold-in', { seconds: seconds(pattern.holdInSeconds, locale) })]
      : []),
    t('pacer.custom-exhale', { seconds: seconds(pattern.exhaleSeconds, locale) }),
    ...(pattern.holdOutSeconds > 0
      ? [t('pacer.custom-hold-out', { seconds: seconds(pattern.holdOutSeconds, locale) })]
      : []),
  ];
  return t('pacer.custom-summary', { phases: parts.join(', ') });
}

/**
 * A custom pattern as the pacer runs it: inhale, hold, exhale, hold, the holds left out when 0.
 * No cap on cycles: a cap belongs to a practice with a prescribed dose (4-7-8's four rounds);
 * here the user made the rhythm and picks the length, and the hold cautions are shown.
 */
export function fromCustomPattern(pattern: CustomPattern): BreathingPattern {
  const phases: BreathPhase[] = [
    { kind: 'inhale', ms: Math.round(pattern.inhaleSeconds * 1000) },
    ...(pattern.holdInSeconds > 0
      ? [{ kind: 'hold-in' as const, ms: Math.round(pattern.holdInSeconds * 1000) }]
      : []),
    { kind: 'exhale', ms: Math.round(pattern.exhaleSeconds * 1000) },
    ...(pattern.holdOutSeconds > 0
      ? [{ kind: 'hold-out' as const, ms: Math.round(pattern.holdOutSeconds * 1000) }]
      : []),
  ];
  return {
    id: pattern.id,
    name: { en: pattern.name, nl: pattern.name },
    summary: Object.fromEntries(locales.map((locale) => [locale, summaryIn(pattern, locale)])) as Localized,
    phases,
    defaultSessionSeconds: 60,
    cautions: customCautions(pattern),
  };
}
