import type { Locale } from './locale.ts';

/** A plain text, or a text per plural category chosen by the `count` parameter. */
export type Message = string | PluralMessage;
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
}
export type Catalog = Readonly<Record<string, Message>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** A namespace of the app's strings: English defines the keys, Dutch must have exactly the same. */
export interface Namespace<K extends string> {
  readonly en: Readonly<Record<K, Message>>;
  readonly nl: Readonly<Record<K, Message>>;
}

export function defineNamespace<const E extends Catalog>(
  en: E,
  nl: { readonly [K in keyof E]: E[K] extends string ? string : PluralMessage },
): Namespace<Extract<keyof E, string>> {
  return { en, nl } as Namespace<Extract<keyof E, string>>;
}

const pluralRulesCache = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): 'one' | 'other' {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible so the gap is noticed. */
export function interpolate(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function formatMessage(locale: Locale, message: Message, params?: MessageParams): string {
  if (typeof message === 'string') return interpolate(message, params);
  const count = params?.count;
  const form = typeof count === 'number' ? message[pluralCategory(locale, count)] : message.other;
  return interpolate(form, params);
}

/** Placeholder names used by a message, for the catalog consistency test. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.one, message.other];
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] ?? '');
  return [...names].sort();
}
