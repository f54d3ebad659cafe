import { planBreakSession } from '../../shared/break-plan.ts';
import { resolvePattern } from '../../shared/exercises/resolve-pattern.ts';
import type { BreakSession } from '../../shared/ipc-contract.ts';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';

/**
 * Break sessions and scheduler snapshots for the break window's component and e2e tests. A
 * breathing session is planned the way main plans it: `durationMs` in the overrides is the
 * breathing time asked for, and the session carries planBreakSession's plan and whole length.
 */
export function breathingSession(overrides: Partial<Omit<BreakSession, 'plan'>> = {}): BreakSession {
  const { durationMs: requestedMs = 20_000, ...rest } = overrides;
  const patternId = rest.patternId ?? 'belly';
  const pattern = resolvePattern(DEFAULT_SETTINGS, patternId);
  if (pattern === undefined) throw new Error(`no pattern ${patternId} in the default settings`);
  const plan = planBreakSession({ requestedMs }, pattern);
  return {
    kind: 'breathing',
    patternId,
    durationMs: plan.totalMs,
    plan,
    exerciseIds: [],
    strict: false,
    source: 'scheduled',
    ...rest,
  };
}

export function stretchSession(overrides: Partial<BreakSession> = {}): BreakSession {
  return {
    kind: 'stretch',
    patternId: 'belly',
    durationMs: 300_000,
    plan: null,
    exerciseIds: ['standing-hip-circles', 'hip-flexor-release-desk'],
    strict: false,
    source: 'scheduled',
    ...overrides,
  };
}

export function noticeSnapshot(
  nowWallMs: number,
  overrides: {
    strict?: boolean;
    canPostpone?: boolean;
    canSkip?: boolean;
    secondsLeft?: number;
    kind?: 'breathing' | 'stretch';
    waitingForInputPause?: boolean;
  } = {},
): SchedulerSnapshot {
  const secondsLeft = overrides.secondsLeft ?? 30;
  const kind = overrides.kind ?? 'breathing';
  return {
    state: 'notice',
    next: { kind, dueInMs: secondsLeft * 1000, dueAtWallMs: nowWallMs + secondsLeft * 1000 },
    pausedUntilWallMs: null,
    paused: false,
    postponesUsed: 1,
    postponeLimit: 3,
    busy: [],
    strict: overrides.strict ?? false,
    current: null,
    notice: {
      kind,
      secondsLeft,
      endsAtWallMs: nowWallMs + secondsLeft * 1000,
      waitingForInputPause: overrides.waitingForInputPause ?? false,
      canPostpone: overrides.canPostpone ?? true,
      canSkip: overrides.canSkip ?? true,
    },
  };
}
