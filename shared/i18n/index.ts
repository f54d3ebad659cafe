import { busy } from './catalogs/busy.ts';
import { checkin } from './catalogs/checkin.ts';
import { common } from './catalogs/common.ts';
import { dialogs } from './catalogs/dialogs.ts';
import { errors } from './catalogs/errors.ts';
import { learn } from './catalogs/learn.ts';
import { notice } from './catalogs/notice.ts';
import { notifications } from './catalogs/notifications.ts';
import { pacer } from './catalogs/pacer.ts';
import { panel } from './catalogs/panel.ts';
import { prefs } from './catalogs/prefs.ts';
import { stats } from './catalogs/stats.ts';
import { stretch } from './catalogs/stretch.ts';
import { tray } from './catalogs/tray.ts';
import { welcome } from './catalogs/welcome.ts';
import type { Locale, Localized } from './locale.ts';
import { formatMessage, type Message } from './message.ts';
import type { Translate } from './translator.ts';

export type { Locale, Localized } from './locale.ts';
export { isLocale, locales, resolveLocale } from './locale.ts';
export type { Message, MessageParams } from './message.ts';

/** Every namespace, each owned by one area of the app. Keys carry their namespace as prefix. */
export const namespaces = {
  common,
  tray,
  notifications,
  dialogs,
  pacer,
  stretch,
  notice,
  panel,
  prefs,
  stats,
  checkin,
  learn,
  welcome,
  errors,
  busy,
} as const;

type AllNamespaces = (typeof namespaces)[keyof typeof namespaces];
export type MessageKey = AllNamespaces extends infer N
  ? N extends { en: infer E }
    ? keyof E & string
    : never
  : never;

function mergeCatalog(locale: Locale): Readonly<Record<MessageKey, Message>> {
  const merged: Record<string, Message> = {};
  for (const ns of Object.values(namespaces)) Object.assign(merged, ns[locale]);
  return merged as Record<MessageKey, Message>;
}

export const catalogs: Readonly<Record<Locale, Readonly<Record<MessageKey, Message>>>> = {
  en: mergeCatalog('en'),
  nl: mergeCatalog('nl'),
};

export type { Translate } from './translator.ts';

/** A typed translator for one language over every namespace. Unknown keys fail typecheck. */
export function createTranslator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => formatMessage(locale, catalog[key], params);
}

/** Picks the text of a data item (exercise, pattern) in the given language. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale];
}
