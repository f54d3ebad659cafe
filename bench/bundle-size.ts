import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScriptTexts } from '../main/inline-hashes.ts';
import { type BenchRow, kb } from './report.ts';

/**
 * The break window's page holds all of its code inline, the stretch break's exercises included
 * (#14: one file, so the first frame waits for no second request). It was 30 KB for the breathing
 * break's entry alone, with the stretch break loaded from a file when needed; the speed it stood
 * for is now measured directly (the first-frame rows).
 */
const BREAK_ENTRY_BUDGET_GZIP = 40 * 1024;

/** Every JS file a page loads: its entry script plus the chunks it imports, followed transitively. */
function scriptsOf(rendererDir: string, htmlFile: string): string[] {
  const html = readFileSync(join(rendererDir, htmlFile), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+\.js)"/g),
  ].map((m) => resolve(rendererDir, m[1] ?? ''));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(file), m[1] ?? ''));
    }
  }
  return [...seen];
}

export function measureBundles(rendererDir: string): BenchRow[] {
  const pages = readdirSync(rendererDir).filter((name) => name.endsWith('.html'));
  return pages.map((page) => {
    const files = scriptsOf(rendererDir, page);
    // The break window's page carries all of its code inline.
    const inline = inlineScriptTexts(readFileSync(join(rendererDir, page), 'utf8')).map((text) =>
      Buffer.from(text),
    );
    const texts = [...files.map((f) => readFileSync(f)), ...inline];
    const raw = texts.reduce((sum, text) => sum + text.length, 0);
    const gzip = texts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
    const isBreak = page === 'break.html';
    const where =
      inline.length > 0 ? `${files.length} files, ${inline.length} inline` : `${files.length} files`;
    return {
      area: 'renderer',
      figure: `${page} JS (${where}), raw / gzip`,
      value: `${kb(raw)} / ${kb(gzip)}`,
      budget: isBreak ? `≤ ${kb(BREAK_ENTRY_BUDGET_GZIP)} gzip` : '—',
      pass: isBreak ? gzip <= BREAK_ENTRY_BUDGET_GZIP : null,
    };
  });
}
