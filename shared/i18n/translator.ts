import type { MessageKey } from './index.ts';
import type { Locale } from './locale.ts';
import { formatMessage, type Message, type MessageParams, type Namespace } from './message.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A translator over only the namespaces a window uses, so each renderer entry bundles just its
 * own strings. A key from a namespace that was not loaded comes back as the key itself, which
 * the e2e screenshots and component tests would show at once.
 */
export function createTranslatorFor(locale: Locale, namespaces: readonly Namespace<string>[]): Translate {
  const catalog = new Map<string, Message>();
  for (const ns of namespaces)
    for (const [key, message] of Object.entries(ns[locale])) catalog.set(key, message);
  return (key, params) => {
    const message = catalog.get(key);
    return message === undefined ? key : formatMessage(locale, message, params);
  };
}
