import { invokeChannels } from '../shared/ipc-contract.ts';
import { validateInvokePayload } from '../shared/ipc-validate.ts';
import { DEFAULT_SETTINGS } from '../shared/settings/types.ts';
import { validateSettingsPatch } from '../shared/settings/validate.ts';
// One typical valid request per channel, the same ones the IPC fuzz suites start from.
import { validExamples as samples } from '../tests/main/ipc/fuzz-payloads.ts';
import type { BenchRow } from './report.ts';

function opsPerSecond(fn: () => unknown, minMs = 150): number {
  for (let i = 0; i < 2000; i++) fn();
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1000; i++) fn();
    count += 1000;
    elapsed = performance.now() - start;
  }
  return (count / elapsed) * 1000;
}

function format(ops: number): string {
  return ops >= 1e6 ? `${(ops / 1e6).toFixed(1)} M/s` : `${(ops / 1e3).toFixed(0)} k/s`;
}

export function measureIpcValidation(): BenchRow[] {
  const rows: BenchRow[] = invokeChannels.map((channel) => {
    const payload = samples[channel];
    const ops = opsPerSecond(() => {
      if (!validateInvokePayload(channel, payload).ok) throw new Error(`sample for ${channel} is invalid`);
    });
    return {
      area: 'ipc',
      figure: `validate ${channel} payload`,
      value: format(ops),
      budget: '—',
      pass: null,
    };
  });
  const patch = samples['settings:update'];
  const full = opsPerSecond(() => validateSettingsPatch(DEFAULT_SETTINGS, patch));
  rows.push({
    area: 'ipc',
    figure: 'settings:update, whole settings re-validated after merge',
    value: format(full),
    budget: '—',
    pass: null,
  });
  return rows;
}
