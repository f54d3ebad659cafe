import { createHash } from 'node:crypto';

/**
 * A page may carry its script and styles inline (the break window does, so its first frame waits
 * for no second request). The CSP then allows exactly those elements by their SHA-256, never by
 * 'unsafe-inline'. The build writes the hashes into the page's meta policy and main adds the same
 * ones to the header it sends with the page; both read them with these functions.
 */

export interface InlineHashes {
  /** CSP hash sources, e.g. `'sha256-…'`, of each inline `<script>` (one without `src`). */
  readonly scripts: readonly string[];
  /** … and of each `<style>` element. */
  readonly styles: readonly string[];
}

export const NO_INLINE_HASHES: InlineHashes = { scripts: [], styles: [] };

function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The text of every inline script (one without `src`) in the page, in page order: what the HTML
 * parser gives the element, everything up to the first `</script`, which is why a build refuses
 * code containing one (see build/self-contained-page.ts).
 */
export function inlineScriptTexts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)]
    .filter((match) => !/\bsrc\s*=/i.test(match[1] ?? ''))
    .map((match) => match[2] ?? '');
}

/** The text of every `<style>` element in the page, in page order, up to its first `</style`. */
export function inlineStyleTexts(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style/gi)].map((match) => match[1] ?? '');
}

/** The hash of every inline script and style element in the page, in page order. */
export function inlineHashesOf(html: string): InlineHashes {
  return { scripts: inlineScriptTexts(html).map(hashSource), styles: inlineStyleTexts(html).map(hashSource) };
}

/**
 * The policy with the hashes added to `script-src` and `style-src`; every other directive, and
 * those two when there is nothing to add, stay exactly as they were.
 */
export function withInlineHashes(policy: string, hashes: InlineHashes): string {
  const extra: Readonly<Record<string, readonly string[]>> = {
    'script-src': hashes.scripts,
    'style-src': hashes.styles,
  };
  const directives = policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const name of Object.keys(extra)) {
    const added = [...new Set(extra[name])];
    if (added.length === 0) continue;
    if (!directives.some((part) => part.split(/\s+/)[0]?.toLowerCase() === name)) {
      throw new Error(`the policy has no ${name} directive to add inline hashes to`);
    }
  }
  return directives
    .map((part) => {
      const [name = '', ...values] = part.split(/\s+/);
      const added = [...new Set(extra[name.toLowerCase()] ?? [])].filter((hash) => !values.includes(hash));
      return [name, ...values, ...added].join(' ');
    })
    .join('; ');
}
