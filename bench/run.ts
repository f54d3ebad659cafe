import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBundles } from './bundle-size.ts';
import { measureIpcValidation } from './ipc-validate.ts';
import { type BenchRow, formatTable, machineLine } from './report.ts';
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

const table = formatTable(rows);
const text = `# Benchmark results\n\nMachine: ${machineLine()}\nDate: ${new Date().toISOString()}\n\n${table}\n`;
console.log(text);
writeFileSync(join(root, 'bench', 'results.md'), text);
