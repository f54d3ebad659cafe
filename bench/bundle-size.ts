import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchRow, kb } from './report.ts';

const BREAK_ENTRY_BUDGET_GZIP = 30 * 1024;

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
    const raw = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
    const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    const isBreak = page === 'break.html';
    return {
      area: 'renderer',
      figure: `${page} JS (${files.length} files), raw / gzip`,
      value: `${kb(raw)} / ${kb(gzip)}`,
      budget: isBreak ? `≤ ${kb(BREAK_ENTRY_BUDGET_GZIP)} gzip` : '—',
      pass: isBreak ? gzip <= BREAK_ENTRY_BUDGET_GZIP : null,
    };
  });
}
