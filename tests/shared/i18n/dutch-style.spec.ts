import { describe, expect, it } from 'vitest';
import { breathingPatterns, exercises } from '../../../shared/exercises/index.ts';
import { catalogs } from '../../../shared/i18n/index.ts';

/** Every Dutch text a person can read: the catalogs, and the `nl` of each pattern and exercise. */
function dutchTexts(): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const [key, message] of Object.entries(catalogs.nl)) {
    const texts = typeof message === 'string' ? [message] : [message.one, message.other];
    for (const text of texts) found.push({ where: key, text });
  }
  const walk = (value: unknown, where: string): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'nl' && typeof inner === 'string') found.push({ where, text: inner });
      else walk(inner, `${where}.${name}`);
    }
  };
  walk(breathingPatterns, 'patterns');
  walk(exercises, 'exercises');
  return found;
}

describe('Dutch texts', () => {
  it('are found in the catalogs and in the patterns and exercises', () => {
    const all = dutchTexts();
    expect(all.some(({ where }) => where.startsWith('patterns'))).toBe(true);
    expect(all.some(({ where }) => where.startsWith('exercises'))).toBe(true);
    expect(all.some(({ text }) => text === 'Voorkeuren')).toBe(true);
  });

  it("keep 's and its time of day together on one line with a no-break space", () => {
    const all = dutchTexts();
    const timeOfDay = /'s(\s)(ochtends|morgens|middags|avonds|nachts)/gi;
    let seen = 0;
    for (const { where, text } of all) {
      for (const match of text.matchAll(timeOfDay)) {
        seen += 1;
        expect(match[1], `${where}: ${text}`).toBe('\u00a0');
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('label number fields without a bracketed unit such as "(minuten)"', () => {
    for (const { where, text } of dutchTexts()) {
      expect(/\((minuten|seconden)\)/.test(text), `${where}: ${text}`).toBe(false);
    }
  });

  it('never point at an article the reader has not seen', () => {
    for (const { where, text } of dutchTexts())
      expect(/\bhet artikel\b/i.test(text), `${where}: ${text}`).toBe(false);
    for (const [key, message] of Object.entries(catalogs.en)) {
      const texts = typeof message === 'string' ? [message] : [message.one, message.other];
      for (const text of texts) expect(/\bthe article\b/i.test(text), `${key}: ${text}`).toBe(false);
    }
  });
});
