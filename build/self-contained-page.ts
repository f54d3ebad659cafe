import { build, type InlineConfig, type Plugin, type PluginOption } from 'vite';
import { inlineHashesOf, withInlineHashes } from '../main/inline-hashes.ts';

/**
 * Builds one page as a single HTML file with its script and styles inline, so the window's first
 * frame waits for no request after the page itself (#14: the break window's first pacer frame).
 * The page is built on its own, after the other pages, as one classic script that imports nothing;
 * its CSP keeps 'self' and gains the SHA-256 of exactly the inline elements.
 *
 * Used as a plugin of the renderer build: once that build has written its pages, this one builds
 * `page` into the same folder. Dev mode (`electron-vite dev`) serves the page's sources as usual.
 */
export interface SelfContainedPageOptions {
  /** Folder of the page's HTML and sources (the renderer root). */
  readonly root: string;
  /** The HTML file's name in `root`, e.g. 'break.html'. */
  readonly page: string;
  readonly outDir: string;
  /** Plugins the page's sources need (Preact's JSX). */
  readonly plugins: () => PluginOption[];
}

/** A placeholder Vite fills in later (e.g. the preload list of a dynamic import): none may be left. */
const VITE_MARKER = /__VITE_[A-Z_]+__/;

/** Text the HTML parser would end, or start, a raw-text element at: the inline copy would differ. */
const UNSAFE_IN_SCRIPT = /<\/script|<script|<!--|\r|\0/i;
const UNSAFE_IN_STYLE = /<\/style|\r|\0/i;

interface EmittedChunk {
  readonly type: 'chunk';
  readonly code: string;
}
interface EmittedAsset {
  readonly type: 'asset';
  source: string | Uint8Array;
}
type Emitted = EmittedChunk | EmittedAsset;

function textOf(item: Emitted | undefined, name: string): string {
  if (!item) throw new Error(`${name} is not in the bundle`);
  if (item.type === 'chunk') return item.code;
  return typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source);
}

/**
 * Replaces the page's stylesheet links with the files' text, and its one `<script src>` with the
 * script's text as a classic script at the end of the body (the build makes it one IIFE), and
 * writes their hashes into the page's CSP meta tag. Throws, failing the build,
 * when the page would still load a script or style from a file, or the text cannot be inlined as is.
 */
export function inlineIntoPage(html: string, files: ReadonlyMap<string, string>): string {
  const scripts: string[] = [];
  let page = html.replace(/<link rel="stylesheet"[^>]*?href="\.\/([^"]+)"[^>]*>/g, (_tag, name: string) => {
    const css = files.get(name);
    if (css === undefined) throw new Error(`stylesheet ${name} is not in the bundle`);
    if (UNSAFE_IN_STYLE.test(css)) throw new Error(`stylesheet ${name} cannot be inlined as is`);
    return `<style>${css}</style>`;
  });
  page = page.replace(
    /<script type="module"[^>]*?src="\.\/([^"]+)"[^>]*><\/script>/g,
    (_tag, name: string) => {
      const code = files.get(name);
      if (code === undefined) throw new Error(`script ${name} is not in the bundle`);
      if (UNSAFE_IN_SCRIPT.test(code)) throw new Error(`script ${name} cannot be inlined as is`);
      if (VITE_MARKER.test(code)) throw new Error(`script ${name} still holds a Vite build marker`);
      scripts.push(`<script>${code}</script>`);
      return '';
    },
  );
  // A classic script at the end of the body runs as the parser reaches it, the page's element
  // already there; a module script would wait for the parser to finish and yield first (one
  // frame of an empty page before the script even starts).
  if (scripts.length !== 1) throw new Error(`the page needs exactly one script, it has ${scripts.length}`);
  const bodyEnd = page.lastIndexOf('</body>');
  if (bodyEnd < 0) throw new Error('the page has no </body> to put its script before');
  page = `${page.slice(0, bodyEnd)}${scripts.join('')}\n  ${page.slice(bodyEnd)}`;
  const leftover = /<script[^>]*\bsrc=|<link[^>]*rel="(?:stylesheet|modulepreload)"/i.exec(page);
  if (leftover) throw new Error(`the page still loads a file: ${leftover[0]}`);
  let metas = 0;
  page = page.replace(
    /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/g,
    (_tag, open: string, policy: string, close: string) => {
      metas += 1;
      return `${open}${withInlineHashes(policy, inlineHashesOf(page))}${close}`;
    },
  );
  if (metas !== 1) throw new Error(`the page needs exactly one CSP meta tag, it has ${metas}`);
  return page;
}

function inliner(page: string): Plugin {
  return {
    name: 'breathing-room:inline-page',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle[page] as EmittedAsset | undefined;
      if (!html) throw new Error(`${page} is not in the bundle`);
      const files = new Map<string, string>();
      for (const [name, item] of Object.entries(bundle)) {
        if (name !== page && /\.(?:js|css)$/.test(name)) files.set(name, textOf(item as Emitted, name));
      }
      html.source = inlineIntoPage(textOf(html, page), files);
      for (const name of files.keys()) {
        if (!html.source.includes(`./${name}`)) delete bundle[name];
      }
    },
  };
}

export function selfContainedPage(options: SelfContainedPageOptions): Plugin {
  let logLevel: InlineConfig['logLevel'];
  return {
    name: 'breathing-room:self-contained-page',
    apply: 'build',
    configResolved(config) {
      logLevel = config.logLevel;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: options.root,
        base: './',
        logLevel,
        plugins: [...options.plugins(), inliner(options.page)],
        build: {
          outDir: options.outDir,
          emptyOutDir: false,
          minify: true,
          cssCodeSplit: false,
          rolldownOptions: {
            input: { page: `${options.root}/${options.page}` },
            // One classic script: no chunks, no dynamic imports, nothing to preload.
            output: { codeSplitting: false, format: 'iife', strict: true },
          },
        },
      });
    },
  };
}
