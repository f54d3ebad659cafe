import { breathedSecondsWithin, planBreakSession, requestedBreathingMs } from '../shared/break-plan.ts';
import { BREAK_LENGTH_LIMITS_MS } from '../shared/domain/limits.ts';
import type { PatternRef } from '../shared/domain/pattern-ids.ts';
import {
  resolvePattern,
  scheduledPattern,
  unknownPatternMessage,
} from '../shared/exercises/resolve-pattern.ts';
import { pickStretchRoutine } from '../shared/exercises/routine.ts';
import type { BreathingPattern } from '../shared/exercises/types.ts';
import type { BreakSession } from '../shared/ipc-contract.ts';
import type { BreakKind } from '../shared/scheduler-types.ts';
import type { Settings } from '../shared/settings/types.ts';
import { SchedulerError } from './scheduler/errors.ts';
import type { Scheduler } from './scheduler/scheduler.ts';

/**
 * Main owns the break session: it plans it (planBreakSession), hands it to the break window and
 * keeps the break's end. The window only says what the user does: the pacer or first step
 * started, a pause, a resume, the finish. Main turns that into the scheduler's end of the break:
 * the whole planned length from the start, the time left plus a pause allowance while paused, the
 * time left again on resume. Electron-free; the clock is injected.
 */

/**
 * How long main waits for a paused break before ending it on its own (plus the scheduler's
 * overrun grace), so a window forgotten on pause does not hold the schedule forever.
 */
export const PAUSE_ALLOWANCE_MS = 10 * 60_000;

export interface BreakSessionDeps {
  readonly settings: () => Settings;
  /** Monotonic ms: pauses and the time left are measured on it. */
  readonly nowMs: () => number;
  readonly scheduler: Pick<Scheduler, 'beginBreak' | 'completeBreak'>;
}

export interface SessionOpening {
  readonly kind: BreakKind;
  /** The scheduler's length of the break (for breathing: pre-roll plus breathing); the configured one when absent (a notice). */
  readonly durationMs?: number;
  readonly source: BreakSession['source'];
  readonly patternId?: PatternRef;
  /** A "Lie down and breathe" session (breathing only). */
  readonly floor?: boolean;
}

export interface BreakSessionOwner {
  current(): BreakSession | null;
  open(opening: SessionOpening): void;
  /** The break ended; a taken stretch break moves the routine on. */
  close(ended?: { readonly kind: BreakKind; readonly outcome: string }): void;
  /** The manual setup's choice: a new plan for a hand-started breathing break not yet started. */
  choose(patternId: PatternRef, requestedMs: number): BreakSession;
  started(): void;
  /** Ms main keeps the paused break before it ends it; a break not started yet cannot pause. */
  paused(): number;
  resumed(): void;
  finish(outcome: 'taken' | 'skipped', breathedSeconds: number): void;
}

interface Pacing {
  readonly startedAtMs: number;
  readonly pausedAtMs: number | null;
  readonly pausedTotalMs: number;
  /** While paused: when main ends the break if nobody resumes it. */
  readonly pausedEndsAtMs: number | null;
}

function withinLimits(ms: number): number {
  return Math.min(BREAK_LENGTH_LIMITS_MS.max, Math.max(BREAK_LENGTH_LIMITS_MS.min, Math.round(ms)));
}

export function createBreakSessionOwner(deps: BreakSessionDeps): BreakSessionOwner {
  let session: BreakSession | null = null;
  let pacing: Pacing | null = null;
  let rotation = 0;

  /** The chosen pattern, resolved against the current settings (built-in or the user's own). */
  function patternFor(patternId: PatternRef): BreathingPattern {
    const pattern = resolvePattern(deps.settings(), patternId);
    if (pattern === undefined) throw new SchedulerError('invalid-argument', unknownPatternMessage(patternId));
    return pattern;
  }

  function running(): BreakSession {
    if (session === null) throw new SchedulerError('no-break', 'No break is running.');
    return session;
  }

  function leftMs(current: BreakSession, at: Pacing, nowMs: number): number {
    const elapsed = (at.pausedAtMs ?? nowMs) - at.startedAtMs - at.pausedTotalMs;
    return Math.max(0, current.durationMs - elapsed);
  }

  function begin(current: BreakSession, durationMs: number): void {
    deps.scheduler.beginBreak(
      current.kind === 'breathing' ? { durationMs, patternId: current.patternId } : { durationMs },
    );
  }

  return {
    current: () => session,
    open({ kind, durationMs, source, patternId, floor }) {
      const settings = deps.settings();
      // A pattern deleted between the request and this opening breathes the scheduled one instead.
      const pattern =
        (patternId === undefined ? undefined : resolvePattern(settings, patternId)) ??
        scheduledPattern(settings);
      const chosenPattern = pattern.id;
      const plan =
        kind !== 'breathing'
          ? null
          : planBreakSession(
              durationMs === undefined ? settings : { requestedMs: requestedBreathingMs(durationMs) },
              pattern,
            );
      const stretchMs = durationMs ?? settings.stretch.durationMinutes * 60_000;
      session = {
        kind,
        patternId: chosenPattern,
        durationMs: plan?.totalMs ?? stretchMs,
        plan,
        exerciseIds:
          kind === 'stretch'
            ? pickStretchRoutine({
                durationSeconds: Math.round(stretchMs / 1000),
                includeFloor: settings.stretch.includeFloor,
                rotation,
              }).map((exercise) => exercise.id)
            : [],
        // Strict mode binds the breaks the app offers, never one the user started by hand.
        strict: settings.strictMode && source === 'scheduled',
        source,
        ...(floor === true && kind === 'breathing' ? { floor: true } : {}),
      };
      pacing = null;
    },
    close(ended) {
      if (ended?.kind === 'stretch' && ended.outcome === 'taken') rotation += 1;
      session = null;
      pacing = null;
    },
    choose(patternId, requestedMs) {
      const current = running();
      // A floor session always starts with its own setup, even one begun while a notice was up.
      const chosenByHand = current.source === 'manual' || current.floor === true;
      if (current.kind !== 'breathing' || !chosenByHand || pacing !== null) {
        throw new SchedulerError(
          'invalid-argument',
          'Only a breathing break started by hand can be chosen, before it starts.',
        );
      }
      const plan = planBreakSession({ requestedMs }, patternFor(patternId));
      session = { ...current, patternId, durationMs: plan.totalMs, plan };
      return session;
    },
    started() {
      const current = running();
      // A reloaded window starts its pacer again: the break is counted from this start.
      begin(current, current.durationMs);
      pacing = { startedAtMs: deps.nowMs(), pausedAtMs: null, pausedTotalMs: 0, pausedEndsAtMs: null };
    },
    paused() {
      const current = running();
      const now = deps.nowMs();
      if (pacing === null) throw new SchedulerError('invalid-argument', 'The break has not started yet.');
      // A second pause (a double press, a reloaded window) keeps the end main already set.
      if (pacing.pausedEndsAtMs !== null) return Math.max(0, pacing.pausedEndsAtMs - now);
      const endsInMs = withinLimits(
        leftMs(current, { ...pacing, pausedAtMs: now }, now) + PAUSE_ALLOWANCE_MS,
      );
      begin(current, endsInMs);
      pacing = { ...pacing, pausedAtMs: now, pausedEndsAtMs: now + endsInMs };
      return endsInMs;
    },
    resumed() {
      const current = running();
      if (pacing === null || pacing.pausedAtMs === null) return;
      const now = deps.nowMs();
      const next = {
        ...pacing,
        pausedAtMs: null,
        pausedEndsAtMs: null,
        pausedTotalMs: pacing.pausedTotalMs + Math.max(0, now - pacing.pausedAtMs),
      };
      begin(current, withinLimits(leftMs(current, next, now)));
      pacing = next;
    },
    finish(outcome, breathedSeconds) {
      const current = running();
      const counted =
        current.plan === null
          ? Math.min(Math.max(0, Math.floor(breathedSeconds)), Math.floor(current.durationMs / 1000))
          : breathedSecondsWithin(current.plan, breathedSeconds);
      deps.scheduler.completeBreak(outcome, counted * 1000);
    },
  };
}
