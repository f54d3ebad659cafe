import { describe, expect, it } from 'vitest';
import { createScheduler, type SchedulerDeps } from '../../../main/scheduler/index.ts';
import type { BusyReading } from '../../../main/scheduler/scheduler.ts';
import { checkSchedulerModel } from './model/property.ts';

/**
 * Model-based property tests (issue #10): random interleavings of time, input, idle, lock and
 * unlock, sleep with the monotonic clock running (Windows) or frozen (Linux, macOS), unreported
 * sleep, event-loop stalls, wall-clock jumps, postpone, skip, pause and resume, settings changes,
 * working-hours edges, Start now, the window's begin and complete, tray activity, an idle source
 * that stops being trustworthy, and busy reasons (issue #15) that start and end, signalled or
 * seen only by sampling, with main answering the scheduler's busy-check at once, late or never.
 * The reference model (model/reference-model.ts) checks after every step and event: a timer
 * armed and the next offer at most one interval (plus notice and typing grace) away whenever
 * nothing blocks; every break-started has exactly one break-ended; one absence earns at most one
 * natural credit and never for time with input; no two offers closer than the minimum gap; no
 * offer while locked, asleep or paused; no notice or new break window while main's last reading
 * says busy (a break or notice already on screen stays); busy only on main's word (or up to 3 s
 * waiting for a reading it asked for); a held break looked at again within the cap; at most one
 * quiet notice per hold, and only after the cap; a valid snapshot that agrees with the model. A
 * fixed seed keeps `npm test` reproducible; `npm run soak` runs many more with fresh seeds
 * (tests/soak/scheduler-model.spec.ts).
 */

const RUNS = 2000;
const STEPS = 300;

describe('the scheduler against its reference model', () => {
  it(`keeps every invariant over ${RUNS} random runs of ${STEPS} steps`, () => {
    const outcome = checkSchedulerModel({ runs: RUNS, steps: STEPS, seed: 20261201 });
    // On failure the message is the shrunk scenario, step by step.
    expect(outcome.counterexample ?? 'no counterexample').toBe('no counterexample');
    expect(outcome.runs).toBe(RUNS);
    // The runs do what they are for: many breaks offered, many absences credited.
    expect(outcome.scheduledBreaks).toBeGreaterThan(RUNS * 50);
    expect(outcome.naturalCredits).toBeGreaterThan(RUNS * 2);
    // Busy comes and goes: many breaks held, many holds reach the cap's quiet notice.
    expect(outcome.heldBreaks).toBeGreaterThan(RUNS);
    expect(outcome.quietNotices).toBeGreaterThan(RUNS / 4);
  }, 600_000);

  it('shrinks a failure to a short scenario a person can read (a scheduler that never hears the unlock)', () => {
    const deaf = (deps: SchedulerDeps) => ({ ...createScheduler(deps), onUnlock: () => {} });
    const outcome = checkSchedulerModel({ runs: 100, steps: STEPS, seed: 7, factory: deaf });
    const scenario = outcome.counterexample ?? '';
    const lines = scenario.split('\n');
    expect(lines[0]).toMatch(
      /^Settings ".+", monotonic clock (runs|frozen) during sleep, starting \w{3} \d\d:\d\d/,
    );
    expect(scenario).toContain('1. the screen locks');
    expect(scenario).toContain('2. the screen unlocks');
    expect(scenario).toContain('→ : awake and unlocked but locked');
    expect(lines.length).toBeLessThanOrEqual(5);
  }, 120_000);

  it('shrinks a busy failure to a short scenario too (a scheduler that never hears a reason end)', () => {
    const deafToBusyEnd = (deps: SchedulerDeps) => {
      const real = createScheduler(deps);
      return {
        ...real,
        setBusy: (reading: BusyReading | null) => {
          if (reading === null || reading.active.length > 0) real.setBusy(reading);
        },
      };
    };
    const outcome = checkSchedulerModel({ runs: 200, steps: STEPS, seed: 7, factory: deafToBusyEnd });
    const scenario = outcome.counterexample ?? '';
    expect(scenario).toMatch(/\d+\. busy starts: \S+ \(signalled; main answers busy checks/);
    expect(scenario).toContain('the busy reasons end');
    expect(scenario).toContain('→ : a break held as busy while main says not busy');
    expect(scenario.split('\n').length).toBeLessThanOrEqual(8);
  }, 120_000);
});
