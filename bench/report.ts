import { cpus, totalmem } from 'node:os';

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
  return `${cpus().length} × ${cpu.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['area', 'figure', 'value', 'budget', 'result'];
  const body = rows.map((r) => [
    r.area,
    r.figure,
    r.value,
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
