import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import { findExercise } from '../../../shared/exercises/index.ts';
import type { Exercise } from '../../../shared/exercises/types.ts';
import type { BreakCompletion, BreakSession } from '../../../shared/ipc-contract.ts';
import type { FrameClock } from '../frame-clock.ts';
import { elapsedAt, isPaused, type PacerClock, pauseClock, resumeClock, startClock } from '../pacer-clock.ts';
import {
  firstPosition,
  isLastStepOfBreak,
  nextExercise,
  nextStep,
  previousExercise,
  type StretchMove,
  type StretchPosition,
} from '../stretch-stepper.ts';
import type { MainAnswers } from './main-answers.ts';
import { allowanceEndMs, allowanceSpent } from './pause-allowance.ts';

export interface StretchSessionDeps {
  readonly session: BreakSession;
  /** The window's monotonic clock and frames (injected: tests step them by hand). */
  readonly clock: Pick<FrameClock, 'now' | 'requestFrame'>;
  readonly main: MainAnswers;
}

/**
 * One stretch break's state and its moves: the session's exercises in order, one step at a time.
 * Timed steps count down and move on by themselves; counted steps wait for Next. A pause stops
 * the step timer and the break's own clock; main keeps the break's end and says how long it
 * keeps a paused break. In strict mode a timed step moves on only once its timer ran out and the
 * break finishes only once its time has passed. The view only reads the signals and calls the
 * moves.
 */
export interface StretchSessionStore {
  readonly exercises: readonly Exercise[];
  readonly position: ReadonlySignal<StretchPosition>;
  readonly paused: ReadonlySignal<boolean>;
  /** The timed step's time left, changed as its whole second changes; null for a counted step. */
  readonly stepLeftMs: ReadonlySignal<number | null>;
  /** Strict: the break's own time left, changed as its whole second changes. */
  readonly breakLeftMs: ReadonlySignal<number>;
  /** Strict, last step: Finish waits for the break's time. */
  readonly waitsForBreakTime: ReadonlySignal<boolean>;
  /** Strict: Next is not offered yet (a timed step still running, or the break's time). */
  readonly nextBlocked: ReadonlySignal<boolean>;
  readonly completion: ReadonlySignal<BreakCompletion | null>;
  /** Tells main the first step started and starts the clocks; once. */
  start(): void;
  next(): void;
  skip(): void;
  previous(): void;
  togglePause(): void;
  /** Ends the break early (Esc, End). */
  end(): void;
  /** Done with a routine that has no steps. */
  finish(): void;
  dispose(): void;
}

function stepMsAt(exercises: readonly Exercise[], at: StretchPosition): number | null {
  const seconds = exercises[at.exerciseIndex]?.steps[at.stepIndex]?.seconds;
  return seconds === undefined ? null : seconds * 1000;
}

const wholeSeconds = (ms: number) => Math.ceil(ms / 1000);

export function createStretchSessionStore({ session, clock, main }: StretchSessionDeps): StretchSessionStore {
  const exercises = session.exerciseIds.map(findExercise);
  const position = signal<StretchPosition>(firstPosition);
  const stepClock = signal<PacerClock>(startClock(clock.now(), 0));
  const stepLeftMs = signal<number | null>(null);
  const breakLeftMs = signal(session.strict ? session.durationMs : 0);
  const completion = signal<BreakCompletion | null>(null);
  // The whole break's clock (pauses excluded), beside the step's: in strict mode, when Finish may be offered.
  let breakClock = startClock(clock.now(), 0);
  // Strict: the routine ran out before the break's time; the last step waits for the time.
  let heldAtEnd = false;
  let stepRanOut = false;
  let pauseEndMs: number | null = null;
  let pauseCount = 0;
  let started = false;
  let disposed = false;
  let cancelFrame: (() => void) | null = null;

  const paused = computed(() => isPaused(stepClock.value));
  const waitsForBreakTime = computed(
    () => session.strict && isLastStepOfBreak(exercises, position.value) && breakLeftMs.value > 0,
  );
  const nextBlocked = computed(() => {
    const left = stepLeftMs.value;
    const stepRunning = stepMsAt(exercises, position.value) !== null && (left === null || left > 0);
    return session.strict && (stepRunning || waitsForBreakTime.value);
  });

  const breakLeftAt = (nowMs: number) => Math.max(0, session.durationMs - elapsedAt(breakClock, nowMs));

  const finishWith = (outcome: BreakCompletion['outcome']) => {
    if (completion.value) return;
    const done = { outcome, breathedSeconds: 0 };
    completion.value = done;
    stopFrames();
    void main.tell('break:complete', 'pacer.refused-finish', done);
  };

  const setBreakPaused = (pausing: boolean, nowMs: number) => {
    if (isPaused(breakClock) === pausing) return;
    breakClock = pausing ? pauseClock(breakClock, nowMs) : resumeClock(breakClock, nowMs);
    pauseEndMs = null;
    pauseCount += 1;
    if (!pausing) {
      void main.tell('break:resumed', 'pacer.refused');
      return;
    }
    const thisPause = pauseCount;
    void main.tell('break:paused', 'pacer.refused').then((answer) => {
      if (thisPause !== pauseCount) return;
      pauseEndMs = allowanceEndMs(nowMs, answer);
      keepFrames();
    });
  };

  const go = (move: StretchMove) => {
    const now = clock.now();
    if (move === 'done') {
      if (session.strict && breakLeftAt(now) > 0) {
        heldAtEnd = true;
        return;
      }
      finishWith('taken');
      return;
    }
    // Moving on starts the next step's timer, so a paused break is running again.
    setBreakPaused(false, now);
    heldAtEnd = false;
    stepRanOut = false;
    batch(() => {
      stepClock.value = startClock(now, 0);
      position.value = move;
      stepLeftMs.value = stepMsAt(exercises, move);
    });
    keepFrames();
  };

  const tick = (nowMs: number) => {
    if (completion.value) return;
    const stepMs = stepMsAt(exercises, position.value);
    if (stepMs !== null) {
      const left = Math.max(0, stepMs - elapsedAt(stepClock.value, nowMs));
      const shown = stepLeftMs.value;
      if (shown === null || wholeSeconds(shown) !== wholeSeconds(left)) stepLeftMs.value = left;
      if (left <= 0 && !stepRanOut) {
        stepRanOut = true;
        go(nextStep(exercises, position.value));
      }
    }
    if (session.strict && !completion.value) {
      const left = breakLeftAt(nowMs);
      if (wholeSeconds(breakLeftMs.value) !== wholeSeconds(left)) breakLeftMs.value = left;
      if (heldAtEnd && left <= 0) go('done');
    }
    // Main ends a paused break once its allowance has passed; the window ends it with it, calmly.
    if (paused.value && allowanceSpent(pauseEndMs, nowMs)) finishWith('skipped');
  };

  const needsFrames = () => {
    if (completion.value || disposed || !started) return false;
    const timedStepRunning = stepMsAt(exercises, position.value) !== null && !stepRanOut;
    return timedStepRunning || (session.strict && breakLeftMs.value > 0) || pauseEndMs !== null;
  };
  const onFrame = (frameMs: number) => {
    cancelFrame = null;
    tick(frameMs);
    keepFrames();
  };
  function keepFrames(): void {
    if (cancelFrame === null && needsFrames()) cancelFrame = clock.requestFrame(onFrame);
  }
  function stopFrames(): void {
    cancelFrame?.();
    cancelFrame = null;
  }

  return {
    exercises,
    position,
    paused,
    stepLeftMs,
    breakLeftMs,
    waitsForBreakTime,
    nextBlocked,
    completion,
    start() {
      if (started) return;
      started = true;
      // The first step starts as the window shows it: main counts the break's length from now,
      // so the time the window took to load does not eat into the break.
      const now = clock.now();
      breakClock = startClock(now, 0);
      stepClock.value = startClock(now, 0);
      void main.tell('break:started', 'pacer.refused');
      tick(now);
      keepFrames();
    },
    next() {
      if (!nextBlocked.value) go(nextStep(exercises, position.value));
    },
    skip() {
      if (!session.strict) go(nextExercise(exercises, position.value));
    },
    previous() {
      go(previousExercise(position.value));
    },
    togglePause() {
      if (completion.value) return;
      const now = clock.now();
      const pausing = !paused.value;
      stepClock.value = pausing ? pauseClock(stepClock.value, now) : resumeClock(stepClock.value, now);
      setBreakPaused(pausing, now);
      keepFrames();
    },
    end() {
      if (!session.strict) finishWith('skipped');
    },
    finish() {
      finishWith('taken');
    },
    dispose() {
      disposed = true;
      stopFrames();
    },
  };
}
