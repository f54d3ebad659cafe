import type { InvokeChannel } from '../shared/ipc-contract.ts';
import { invokeChannels } from '../shared/ipc-contract.ts';
import { validateInvokePayload } from '../shared/ipc-validate.ts';
import { DEFAULT_SETTINGS } from '../shared/settings/types.ts';
import { validateSettingsPatch } from '../shared/settings/validate.ts';
import type { BenchRow } from './report.ts';

/** A typical valid payload per channel: what a real renderer sends. */
const samples: Record<InvokeChannel, unknown> = {
  'settings:get': undefined,
  'settings:update': { breathing: { intervalMinutes: 30 } },
  'settings:reset': undefined,
  'scheduler:get': undefined,
  'break:session': undefined,
  'break:start': { kind: 'breathing', patternId: 'box' },
  'break:begin': { patternId: 'box', durationMs: 303_000 },
  'break:complete': { outcome: 'taken', breathedSeconds: 60 },
  'break:feeling': { feeling: 'calmer' },
  'break:postpone': undefined,
  'break:skip': undefined,
  'schedule:pause': { minutes: 30 },
  'schedule:resume': undefined,
  'stats:days': { days: 14 },
  'stats:export-csv': undefined,
  'checkin:save': {
    answers: {
      'deep-breath-hard': 1,
      'belly-back-pressure': 0,
      'tired-despite-rest': 2,
      'breath-high': 1,
      'short-of-breath': 0,
    },
  },
  'window:open': { route: 'statistics' },
  'window:close': undefined,
  'app:info': undefined,
  'autostart:get': undefined,
};

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
