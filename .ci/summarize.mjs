// Adds up every vitest JSON report in the folder and prints the plain closing line CI reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.vitest-results';
let passed = 0;
let failed = 0;
let skipped = 0;
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
if (files.length === 0) {
  console.error(`no vitest reports in ${dir}`);
  process.exit(1);
}
for (const name of files) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
console.log(line);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
