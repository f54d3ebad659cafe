import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureAudioGuide } from './audio-guide.ts';
import { type BenchBrowser, chromiumAvailable, startBenchBrowser } from './browser.ts';
import { measureBundles } from './bundle-size.ts';
import { measureFirstFrame } from './first-frame.ts';
import { measureIpcValidation } from './ipc-validate.ts';
import { measurePacer } from './pacer-browser.ts';
import { type BenchRow, baselineValues, formatTable, machineLine } from './report.ts';
import { measureScheduler } from './scheduler.ts';

// Benchmarks measure and report; they never fail CI on noise (exit code is 0 unless a bench crashed).
const root = join(import.meta.dirname, '..');
const rendererDir = join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'break.html'))) {
  execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

const rows: BenchRow[] = [];
rows.push(...measureBundles(rendererDir));
rows.push(...measureScheduler());
rows.push(...measureIpcValidation());
rows.push(...(await measureInBrowser()));

/** The browser benches; a missing Chromium or a crash in the page becomes a row, never a failed run. */
async function measureInBrowser(): Promise<BenchRow[]> {
  const skipped = (figure: string, why: string): BenchRow => ({
    area: 'browser',
    figure,
    value: `skipped: ${why}`,
    budget: '—',
    pass: null,
  });
  if (!chromiumAvailable())
    return [skipped('pacer, first-frame and audio benches', 'Chromium is not installed')];
  let env: BenchBrowser;
  try {
    env = await startBenchBrowser();
  } catch (error) {
    return [skipped('pacer, first-frame and audio benches', `Chromium did not start (${String(error)})`)];
  }
  const found: BenchRow[] = [];
  const benches: [string, (env: BenchBrowser) => Promise<BenchRow[]>][] = [
    ['pacer in Chromium', measurePacer],
    ['first pacer frame', measureFirstFrame],
    ['audio guide (OfflineAudioContext)', measureAudioGuide],
  ];
  try {
    for (const [name, bench] of benches) {
      try {
        found.push(...(await bench(env)));
      } catch (error) {
        found.push(skipped(name, `failed (${String(error).split('\n')[0]})`));
      }
    }
  } finally {
    await env.close();
  }
  return found;
}

// The committed baseline (bench/baseline.md) is shown beside every figure, so a change in speed is
// seen against the last accepted run; `npm run bench -- --write-baseline` accepts this run.
const baselinePath = join(root, 'bench', 'baseline.md');
const baseline = existsSync(baselinePath) ? baselineValues(readFileSync(baselinePath, 'utf8')) : new Map();
const table = formatTable(rows, baseline);
const text = `# Benchmark results\n\nMachine: ${machineLine()}\nDate: ${new Date().toISOString()}\n\n${table}\n`;
console.log(text);
writeFileSync(join(root, 'bench', 'results.md'), text);
if (process.argv.includes('--write-baseline')) writeFileSync(baselinePath, text);
