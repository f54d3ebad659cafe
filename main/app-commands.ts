import type { PauseRequest } from '../shared/domain/pause-request.ts';
import type { PatternRef } from '../shared/exercises/types.ts';
import type { AppRoute } from '../shared/ipc-contract.ts';
import type { BreakKind, PauseLength } from '../shared/scheduler-types.ts';
import type { Logger } from './logger.ts';
import type { Scheduler } from './scheduler/scheduler.ts';

/**
 * The user's commands, whatever they came from: tray menu, panel, shortcut, notification button
 * or a second launch on the command line. Each answers null on success or the reason it was
 * refused (strict mode, postpone limit, ...), and never throws.
 */

export interface AppCommands {
  /**
   * `durationMs`: the break's own length (whole ms within BREAK_LENGTH_LIMITS_MS), else the
   * configured one; for breathing, the breathing time asked for, which main plans (whole cycles,
   * the pattern's cap, the pre-roll) before the scheduler sees it. `floor`: a "Lie down and
   * breathe" session (breathing only).
   */
  startBreak(kind: BreakKind, patternId?: PatternRef, durationMs?: number, floor?: boolean): string | null;
  postpone(): string | null;
  skip(): string | null;
  pause(request: PauseRequest): string | null;
  resume(): string | null;
  openWindow(route: AppRoute): void;
  toggleAutostart(): Promise<void>;
  quit(): void;
}

export interface AppCommandDeps {
  readonly scheduler: Pick<
    Scheduler,
    'startNow' | 'postpone' | 'skip' | 'pause' | 'resume' | 'notifyActivity'
  >;
  /** The scheduler's length for a breathing break of this pattern and asked-for breathing time (planBreakSession). */
  readonly plannedBreathingMs: (patternId: PatternRef | undefined, requestedMs: number | undefined) => number;
  readonly openWindow: (route: AppRoute) => void;
  /** Tells the break flow whether the break about to start is a floor session. */
  readonly expectFloor: (floor: boolean) => void;
  readonly setAutostart: (enabled: boolean) => Promise<void>;
  readonly autostartEnabled: () => Promise<boolean>;
  readonly quit: () => void;
  readonly log: Logger;
}

function toPauseLength(request: PauseRequest): PauseLength {
  return 'minutes' in request ? request.minutes : request.until;
}

export function createAppCommands(deps: AppCommandDeps): AppCommands {
  function attempt(name: string, action: () => void): string | null {
    try {
      action();
      return null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log.info(`command ${name} refused: ${message}`);
      return message;
    }
  }

  return {
    startBreak: (kind, patternId, durationMs, floor = false) =>
      attempt(`start ${floor ? 'floor session' : kind}`, () => {
        if (floor && kind !== 'breathing') throw new Error('A floor session is a breathing break.');
        deps.scheduler.notifyActivity();
        const lengthMs = kind === 'breathing' ? deps.plannedBreathingMs(patternId, durationMs) : durationMs;
        deps.expectFloor(floor);
        try {
          deps.scheduler.startNow(kind, patternId, lengthMs);
        } finally {
          deps.expectFloor(false);
        }
      }),
    postpone: () => attempt('postpone', () => deps.scheduler.postpone()),
    skip: () => attempt('skip', () => deps.scheduler.skip()),
    pause: (request) => attempt('pause', () => deps.scheduler.pause(toPauseLength(request))),
    resume: () => attempt('resume', () => deps.scheduler.resume()),
    openWindow: (route) => deps.openWindow(route),
    async toggleAutostart() {
      try {
        await deps.setAutostart(!(await deps.autostartEnabled()));
      } catch (error) {
        deps.log.error('autostart: could not change it', error);
      }
    },
    quit: () => deps.quit(),
  };
}
