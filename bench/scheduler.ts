import { schedulerConfigFromSettings } from '../main/scheduler/index.ts';
import { DEFAULT_SETTINGS } from '../shared/settings/types.ts';
import { createHarness, type Harness, MINUTE } from '../tests/main/scheduler/fakes.ts';
import { type BenchRow, kb, ms } from './report.ts';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Works through breaks the way a cooperative user does: take each break when it starts. */
function takeBreaks(h: Harness, untilMs: number, stepMs: number): number {
  let cycles = 0;
  const start = h.clock.monotonic.nowMs();
  while (h.clock.monotonic.nowMs() - start < untilMs) {
    h.work(stepMs);
    const current = h.snap().current;
    if (current) {
      const elapsed = h.clock.wall.nowMs() - current.startedAtWallMs;
      h.clock.advance(Math.max(0, current.durationMs - elapsed));
      h.scheduler.completeBreak('taken', current.durationMs);
      cycles += 1;
    }
  }
  return cycles;
}

function thirtyDaysCpuMs(): { cpuMs: number; breaks: number } {
  const h = createHarness(schedulerConfigFromSettings(DEFAULT_SETTINGS));
  const before = process.cpuUsage();
  const breaks = takeBreaks(h, 30 * DAY, 7 * MINUTE);
  const used = process.cpuUsage(before);
  h.scheduler.stop();
  return { cpuMs: (used.user + used.system) / 1000, breaks };
}

/** What the same hour cost when idle was sampled every minute (measured on main before #10 landed). */
const WAKE_UPS_BEFORE_ISSUE_10 = 60;

/** Wake-ups of the one timer over an hour in which no break can come due (long intervals). */
function wakeUpsPerQuietHour(): number {
  const settings = {
    ...DEFAULT_SETTINGS,
    breathing: { ...DEFAULT_SETTINGS.breathing, intervalMinutes: 180 },
    stretch: { ...DEFAULT_SETTINGS.stretch, intervalMinutes: 480 },
  };
  const h = createHarness(schedulerConfigFromSettings(settings));
  const before = h.clock.fires();
  h.work(HOUR);
  const fires = h.clock.fires() - before;
  h.scheduler.stop();
  return fires;
}

/**
 * Extra wake-ups of the one timer while a due break is held because the user is busy (#15),
 * over the hour after it came due, against a quiet working hour with nothing due. Main's monitor
 * is simulated by answering every `busy-check` at once with the same reading.
 */
function extraWakeUpsWhileHolding(sampled: boolean): { held: number; quiet: number } {
  const quiet = createHarness(
    schedulerConfigFromSettings({
      ...DEFAULT_SETTINGS,
      breathing: { ...DEFAULT_SETTINGS.breathing, intervalMinutes: 180 },
      stretch: { ...DEFAULT_SETTINGS.stretch, intervalMinutes: 480 },
    }),
  );
  quiet.work(25 * MINUTE);
  const quietBefore = quiet.clock.fires();
  quiet.work(HOUR - 1);
  const quietFires = quiet.clock.fires() - quietBefore;
  quiet.scheduler.stop();
  const reading = { active: [sampled ? 'fullscreen' : 'presentation'] as const, sampled };
  const h = createHarness(schedulerConfigFromSettings(DEFAULT_SETTINGS), {
    answer: (event, scheduler) => {
      if (event.type === 'busy-check') scheduler.setBusy({ active: [...reading.active], sampled });
    },
  });
  h.scheduler.setBusy({ active: [...reading.active], sampled });
  h.work(25 * MINUTE);
  const before = h.clock.fires();
  h.work(HOUR - 1);
  const heldFires = h.clock.fires() - before;
  h.scheduler.stop();
  return { held: heldFires, quiet: quietFires };
}

/** Heap (after GC) at 100 and at 10,000 taken breaks of one scheduler: growth would be a leak. */
function heapGrowthOverCycles(): { at100: number; at10k: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const h = createHarness(schedulerConfigFromSettings(DEFAULT_SETTINGS));
  const heapNow = () => {
    // The harness's own logs (events, idle reads) grow by design; only the scheduler is measured.
    h.events.length = 0;
    h.idle.reads.length = 0;
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  let done = 0;
  while (done < 100) done += takeBreaks(h, 25 * MINUTE, 5 * MINUTE);
  const at100 = heapNow();
  while (done < 10_000) done += takeBreaks(h, 25 * MINUTE, 5 * MINUTE);
  const at10k = heapNow();
  h.scheduler.stop();
  return { at100, at10k };
}

export function measureScheduler(): BenchRow[] {
  const month = thirtyDaysCpuMs();
  const wakeUps = wakeUpsPerQuietHour();
  const sampledHold = extraWakeUpsWhileHolding(true);
  const signalledHold = extraWakeUpsWhileHolding(false);
  const extra = (figures: { held: number; quiet: number }) => figures.held - figures.quiet;
  const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const heap = heapGrowthOverCycles();
  const growth = heap.at10k - heap.at100;
  return [
    {
      area: 'scheduler',
      figure: `CPU for 30 simulated days (${month.breaks} breaks taken)`,
      value: ms(month.cpuMs, 0),
      budget: '< 2000 ms',
      pass: month.cpuMs < 2000,
    },
    {
      area: 'scheduler',
      figure: `timer wake-ups in a quiet working hour (nothing due; ${WAKE_UPS_BEFORE_ISSUE_10} before the idle redesign of #10)`,
      value: `${wakeUps} (${(wakeUps / 60).toFixed(2)}/min)`,
      budget: '≤ 6',
      pass: wakeUps <= 6,
    },
    {
      area: 'scheduler',
      figure: `extra timer wake-ups in a quiet hour holding a break while busy, sampled reason (${sampledHold.held} vs ${sampledHold.quiet} with nothing due)`,
      value: String(extra(sampledHold)),
      budget: '≤ 2',
      pass: extra(sampledHold) <= 2,
    },
    {
      area: 'scheduler',
      figure: `extra timer wake-ups in a quiet hour holding a break while busy, signalled reason (${signalledHold.held} vs ${signalledHold.quiet})`,
      value: String(extra(signalledHold)),
      budget: '≤ 2',
      pass: extra(signalledHold) <= 2,
    },
    {
      area: 'scheduler',
      figure: `heap after 10,000 break cycles minus after 100${hasGc ? '' : ' (no --expose-gc: noisy)'}`,
      value: `${growth >= 0 ? '+' : '−'}${kb(Math.abs(growth))}`,
      budget: '≈ 0 (< 512 KB)',
      pass: growth < 512 * 1024,
    },
  ];
}
