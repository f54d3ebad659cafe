import { cpus, loadavg, totalmem } from 'node:os';

/** One measured figure beside its budget. `pass` is null where a figure has no budget. */
export interface BenchRow {
  readonly area: string;
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  readonly pass: boolean | null;
}

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  // The load average goes with every run: the timing rows are only comparable at a similar load.
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
  return `${cpus().length} × ${cpu.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}, load average ${load} (1 / 5 / 15 min)`;
}

/** A figure's name without its sample counts, so runs of different sizes still line up. */
function rowKey(area: string, figure: string): string {
  return `${area} | ${figure.replace(/\s*\(.*$/, '')}`;
}

/** The values of a results table written by formatTable (bench/baseline.md), by area and figure. */
export function baselineValues(markdown: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const cells = line.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/g, '').trim());
    const [area, figure, value] = cells;
    if (cells.length < 5 || area === undefined || figure === undefined || value === undefined) continue;
    if (area === 'area' || area === '---') continue;
    values.set(rowKey(area, figure), value);
  }
  return values;
}

export function formatTable(
  rows: readonly BenchRow[],
  baseline: ReadonlyMap<string, string> = new Map(),
): string {
  const header = ['area', 'figure', 'value', 'baseline', 'budget', 'result'];
  const body = rows.map((r) => [
    r.area,
    r.figure,
    r.value,
    baseline.get(rowKey(r.area, r.figure)) ?? '—',
    r.budget,
    r.pass === null ? '—' : r.pass ? 'pass' : 'FAIL',
  ]);
  const lines = [header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(value: number, digits = 1): string {
  return `${value.toFixed(digits)} ms`;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Below this many samples a 99th percentile is just the largest one or two: say max instead. */
export const MIN_SAMPLES_FOR_P99 = 100;

/**
 * The tail figure a budget is checked against: p99 from 100 samples on, the max below that (a
 * "p99" of 30 samples would be a max under a misleading name).
 */
export function tail(sorted: readonly number[]): { readonly label: 'p99' | 'max'; readonly value: number } {
  return sorted.length >= MIN_SAMPLES_FOR_P99
    ? { label: 'p99', value: percentile(sorted, 99) }
    : { label: 'max', value: sorted.at(-1) ?? Number.NaN };
}
