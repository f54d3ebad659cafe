import { describe, expect, it } from 'vitest';
import { inlineIntoPage } from '../../build/self-contained-page.ts';
import { inlineHashesOf, withInlineHashes } from '../../main/inline-hashes.ts';

// The build step that puts the break window's script and styles into its page (#14, first frame).
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
const PAGE = [
  '<!doctype html><html><head>',
  `<meta http-equiv="Content-Security-Policy" content="${POLICY}" />`,
  '<script type="module" crossorigin src="./assets/page-abc.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/page-def.css">',
  '</head><body><div id="app"></div></body></html>',
].join('\n');
const files = (js: string, css: string) =>
  new Map([
    ['assets/page-abc.js', js],
    ['assets/page-def.css', css],
  ]);

describe('inlineIntoPage', () => {
  it('puts the script and styles into the page and allows exactly them by hash', () => {
    const page = inlineIntoPage(PAGE, files('console.log(`hi`)', 'body{margin:0}'));
    // A classic script, after the element it renders into, so it runs as the parser reaches it.
    expect(page).toContain('<div id="app"></div><script>console.log(`hi`)</script>');
    expect(page.indexOf('<script>')).toBeGreaterThan(page.indexOf('<body>'));
    expect(page).not.toContain('type="module"');
    expect(page).toContain('<style>body{margin:0}</style>');
    expect(page).not.toContain('./assets/');
    const hashes = inlineHashesOf(page);
    expect(hashes.scripts).toHaveLength(1);
    expect(hashes.styles).toHaveLength(1);
    expect(page).toContain(`content="${withInlineHashes(POLICY, hashes)}"`);
    expect(page).not.toContain('unsafe-inline');
  });

  it.each([
    ['a closing script tag', 'const s = "</script>";'],
    ['an opening script tag', 'const s = "<script>";'],
    ['an HTML comment opener', 'const s = "<!--";'],
    ['a carriage return', 'const s = 1;\r\n'],
  ])(
    'fails the build rather than inline code containing %s (the parser would cut or change it)',
    (_what, js) => {
      expect(() => inlineIntoPage(PAGE, files(js, 'a{}'))).toThrow(/cannot be inlined/);
    },
  );

  it('fails the build on styles containing a closing style tag', () => {
    expect(() => inlineIntoPage(PAGE, files('1', 'a{content:"</style>"}'))).toThrow(/cannot be inlined/);
  });

  it('fails the build when the page would still wait for a file', () => {
    const split = PAGE.replace(
      '</head>',
      '<link rel="modulepreload" crossorigin href="./assets/chunk.js"></head>',
    );
    expect(() => inlineIntoPage(split, files('1', 'a{}'))).toThrow(/still loads a file/);
    expect(() => inlineIntoPage(PAGE, new Map([['assets/page-def.css', 'a{}']]))).toThrow(
      /not in the bundle/,
    );
  });

  it('fails the build unless the page has exactly one CSP meta tag to carry the hashes', () => {
    const none = PAGE.replace(/<meta http-equiv[^>]*>/, '');
    expect(() => inlineIntoPage(none, files('1', 'a{}'))).toThrow(/exactly one CSP meta tag/);
  });
});

describe('Vite markers', () => {
  it('fails the build on a placeholder Vite would fill in later, such as a preload list', () => {
    const js = 'function load(){return preload(()=>import(`./x.js`),__VITE_PRELOAD__,import.meta.url)}';
    expect(() => inlineIntoPage(PAGE, files(js, 'a{}'))).toThrow(/Vite build marker/);
    expect(() => inlineIntoPage(PAGE, files('const m = __VITE_IS_MODERN__;', 'a{}'))).toThrow(
      /Vite build marker/,
    );
  });
});
