import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AllowListEntry, checkAllowList, findingMatches } from '../../.ci/electronegativity-allow.mjs';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyFor } from '../../main/app-protocol.ts';
import { inlineHashesOf, withInlineHashes } from '../../main/inline-hashes.ts';

// The pages' CSP is justified in the electronegativity allow-list for one exact policy. This
// reads the policy every BUILT page really ships (out/renderer, written by `npm run build`, which
// `npm test` runs first) and holds it to that pin and to what the pin's reason claims. A page built
// with its script and styles inline (break.html) ships the pin plus the SHA-256 of exactly those
// elements, never 'unsafe-inline'.
const root = join(import.meta.dirname, '..', '..');
const builtDir = join(root, 'out', 'renderer');
const allowList = checkAllowList(
  JSON.parse(readFileSync(join(root, '.ci', 'electronegativity-allow.json'), 'utf8')) as AllowListEntry[],
);
const pins = new Map(
  allowList.filter((entry) => entry.id === 'CSP_GLOBAL_CHECK').map((entry) => [entry.file, entry.policy]),
);

function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag))
    .map(
      (tag) =>
        /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? /\bcontent\s*=\s*'([^']*)'/i.exec(tag)?.[1] ?? '',
    );
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

function builtPages(): string[] {
  if (!existsSync(builtDir)) throw new Error('out/renderer is missing: run `npm run build` first');
  return readdirSync(builtDir).filter((name) => name.endsWith('.html'));
}

describe('Content-Security-Policy of every built page', () => {
  it('finds the three windows\u2019 pages in the build', () => {
    expect(builtPages().sort()).toEqual(['break.html', 'index.html', 'panel.html']);
  });

  it.each(builtPages())(
    '%s ships exactly one meta CSP: the one the allow-list pins, plus the hash of each inline element',
    (page) => {
      const html = readFileSync(join(builtDir, page), 'utf8');
      const policies = metaPolicies(html);
      expect(policies).toHaveLength(1);
      const pinned = pins.get(`renderer/${page}`);
      if (pinned === undefined) throw new Error(`no pinned policy for renderer/${page}`);
      expect(policies[0]).toBe(withInlineHashes(pinned, inlineHashesOf(html)));
    },
  );

  it.each(builtPages())('%s: every hash source in its policy is an inline element of the page', (page) => {
    const html = readFileSync(join(builtDir, page), 'utf8');
    const parsed = directives(metaPolicies(html)[0] ?? '');
    const { scripts, styles } = inlineHashesOf(html);
    expect((parsed.get('script-src') ?? []).filter((value) => value !== "'self'")).toEqual(scripts);
    expect((parsed.get('style-src') ?? []).filter((value) => value !== "'self'")).toEqual(styles);
  });

  it('break.html is self-contained: one inline script and one inline style, no file to wait for', () => {
    const html = readFileSync(join(builtDir, 'break.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link[^>]*rel="(?:stylesheet|modulepreload)"/i);
    const { scripts, styles } = inlineHashesOf(html);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    // Everything the break view shows is in that one script, the stretch break's steps included.
    expect(html).toContain('stretch-controls');
    expect(html).not.toMatch(/import\(\s*["']\.{1,2}\//);
    expect(html).not.toMatch(/__VITE_[A-Z_]+__/);
  });

  it.each(builtPages())('%s gets the same inline hashes in the header main sends with it', (page) => {
    const body = readFileSync(join(builtDir, page));
    const header = directives(contentSecurityPolicyFor('text/html; charset=utf-8', body));
    for (const [name, values] of directives(metaPolicies(body.toString('utf8'))[0] ?? '')) {
      expect(header.get(name), name).toEqual(values);
    }
  });

  it.each([...pins])('the pinned policy for %s is as strict as its justification says', (_file, policy) => {
    const parsed = directives(policy ?? '');
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('style-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    for (const [name, values] of parsed) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(
          /unsafe|^\*$|^https?:|^wss?:|^blob:|^\*\.|\.[a-z]{2,}$/i,
        );
      }
    }
  });

  it('the header main sends repeats every directive of the pages\u2019 policy unchanged', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    for (const policy of new Set(pins.values())) {
      for (const [name, values] of directives(policy ?? '')) expect(header.get(name), name).toEqual(values);
    }
  });
});

describe('electronegativity allow-list', () => {
  const [file, policy = ''] = [...pins][0] ?? ['', ''];
  const [entry] = allowList.filter((candidate) => candidate.file === file);
  const finding = (sample: string) => ({ id: 'CSP_GLOBAL_CHECK', file, sample });

  it('justifies the exact pinned policy only; a weakened one is a new, unjustified finding', () => {
    if (!entry) throw new Error('no CSP entry');
    expect(findingMatches(entry, finding(policy))).toBe(true);
    expect(
      findingMatches(entry, finding(`${policy}; script-src 'self' 'unsafe-inline' 'unsafe-eval' https:`)),
    ).toBe(false);
    expect(
      findingMatches(
        entry,
        finding(policy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")),
      ),
    ).toBe(false);
  });

  it('refuses a CSP entry that does not pin its policy', () => {
    expect(() =>
      checkAllowList([
        { id: 'CSP_GLOBAL_CHECK', file: 'renderer/x.html', reason: 'a long enough reason here' },
      ]),
    ).toThrow(/exact policy/);
  });
});
