import { describe, expect, it } from 'vitest';
import { inlineHashesOf, NO_INLINE_HASHES, withInlineHashes } from '../../main/inline-hashes.ts';

// The CSP 3 spec's own example: the inline script `var inline = 1;` is allowed by this source.
const SPEC_EXAMPLE = "'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='";
const BASE = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

describe('inlineHashesOf', () => {
  it("hashes an inline script's exact text as the CSP spec does", () => {
    expect(inlineHashesOf('<script>var inline = 1;</script>').scripts).toEqual([SPEC_EXAMPLE]);
    expect(inlineHashesOf('<script type="module">var inline = 1;</script>').scripts).toEqual([SPEC_EXAMPLE]);
  });

  it('hashes every inline script and style element in page order, and no script loaded from a file', () => {
    const page =
      '<head><script type="module" src="./a.js"></script><style>body{margin:0}</style>' +
      '<script>var inline = 1;</script></head><body><style>p{}</style><script>var inline = 2;</script></body>';
    const hashes = inlineHashesOf(page);
    expect(hashes.scripts).toHaveLength(2);
    expect(hashes.scripts[0]).toBe(SPEC_EXAMPLE);
    expect(hashes.scripts[1]).not.toBe(SPEC_EXAMPLE);
    expect(hashes.styles).toHaveLength(2);
    expect(new Set(hashes.styles).size).toBe(2);
  });

  it('changes when one character of the inline text changes, whitespace included', () => {
    expect(inlineHashesOf('<script>var inline = 1; </script>').scripts).not.toEqual([SPEC_EXAMPLE]);
    expect(inlineHashesOf('<style>a{}</style>').styles).not.toEqual(
      inlineHashesOf('<style>a{ }</style>').styles,
    );
  });

  it('finds nothing in a page that loads its scripts and styles from files', () => {
    const page =
      '<script type="module" crossorigin src="./assets/x.js"></script><link rel="stylesheet" href="./x.css">';
    expect(inlineHashesOf(page)).toEqual(NO_INLINE_HASHES);
  });
});

describe('withInlineHashes', () => {
  it('adds the hashes to script-src and style-src only, keeping every directive in place', () => {
    const policy = withInlineHashes(BASE, { scripts: [SPEC_EXAMPLE], styles: ["'sha256-abc='"] });
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${SPEC_EXAMPLE}; style-src 'self' 'sha256-abc='; object-src 'none'`,
    );
  });

  it('leaves the policy unchanged when there is nothing inline, and never adds a hash twice', () => {
    expect(withInlineHashes(BASE, NO_INLINE_HASHES)).toBe(BASE);
    expect(withInlineHashes(BASE, { scripts: [SPEC_EXAMPLE, SPEC_EXAMPLE], styles: [] })).toBe(
      BASE.replace("script-src 'self'", `script-src 'self' ${SPEC_EXAMPLE}`),
    );
    const once = withInlineHashes(BASE, { scripts: [SPEC_EXAMPLE], styles: [] });
    expect(withInlineHashes(once, { scripts: [SPEC_EXAMPLE], styles: [] })).toBe(once);
  });

  it('refuses to widen a policy that has no directive for the hashes (default-src alone would block them)', () => {
    expect(() => withInlineHashes("default-src 'self'", { scripts: [SPEC_EXAMPLE], styles: [] })).toThrow(
      /no script-src/,
    );
  });
});
