import { describe, expect, it } from 'vitest';
import { catalogs, namespaces } from '../../../shared/i18n/index.ts';
import { placeholdersOf } from '../../../shared/i18n/message.ts';

describe('i18n catalogs', () => {
  it('have exactly the same keys in Dutch and English, namespace by namespace', () => {
    for (const [name, ns] of Object.entries(namespaces)) {
      expect(Object.keys(ns.nl).sort(), name).toEqual(Object.keys(ns.en).sort());
    }
  });

  it('prefix every key with its namespace, so no two namespaces can claim one key', () => {
    for (const [name, ns] of Object.entries(namespaces)) {
      if (name === 'common') continue;
      for (const key of Object.keys(ns.en)) expect(key.startsWith(`${name}.`), key).toBe(true);
    }
    const total = Object.values(namespaces).reduce((sum, ns) => sum + Object.keys(ns.en).length, 0);
    expect(Object.keys(catalogs.en)).toHaveLength(total);
  });

  it('use the same placeholders and plural shape in both languages', () => {
    for (const key of Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]) {
      const en = catalogs.en[key];
      const nl = catalogs.nl[key];
      expect(typeof nl, key).toBe(typeof en);
      expect(placeholdersOf(nl), key).toEqual(placeholdersOf(en));
    }
  });

  it('hold non-empty, trimmed texts without exclamation marks', () => {
    for (const locale of ['en', 'nl'] as const) {
      for (const [key, message] of Object.entries(catalogs[locale])) {
        const texts = typeof message === 'string' ? [message] : [message.one, message.other];
        for (const text of texts) {
          expect(text.trim(), `${locale} ${key}`).toBe(text);
          expect(text.length, `${locale} ${key}`).toBeGreaterThan(0);
          expect(text.includes('!'), `${locale} ${key}`).toBe(false);
        }
      }
    }
  });
});
