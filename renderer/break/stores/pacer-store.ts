import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import type { BreathingPattern } from '../../../shared/exercises/types.ts';
import type { BreakCompletion } from '../../../shared/ipc-contract.ts';
import type { AudioGuide } from '../../audio/audio-guide.ts';
import type { FrameClock } from '../frame-clock.ts';
import {
  breathedSecondsAt,
  elapsedAt,
  isPaused,
  type PacerClock,
  pauseClock,
  resumeClock,
  shiftedStartMs,
  startClock,
} from '../pacer-clock.ts';
import { displayKey, type PacerDisplay, pacerDisplay, phaseChanged } from '../pacer-display.ts';
import type { MainAnswers } from './main-answers.ts';
import { allowanceEndMs, allowanceSpent } from './pause-allowance.ts';

/** What the live region says last: the view words it in the window's language. */
export type PacerAnnouncement =
  | { readonly kind: 'preroll' }
  | { readonly kind: 'phase'; readonly display: PacerDisplay }
  | { readonly kind: 'paused' }
  | { readonly kind: 'resumed' };

export interface PacerDeps {
  readonly pattern: BreathingPattern;
  /** The plan's breathing time (whole cycles), as main planned it. */
  readonly sessionMs: number;
  readonly strict: boolean;
  /** The window's monotonic clock and frames (injected: tests step them by hand). */
  readonly clock: Pick<FrameClock, 'now' | 'requestFrame'>;
  readonly main: MainAnswers;
  /** The window's guide; null where there is no Web Audio (a new one later: setGuide). */
  readonly guide: AudioGuide | null;
  /** Whether the sound guide plays from the start (when there is one). */
  readonly soundInitiallyOn: boolean;
  /** The pacer started (its clock runs from its creation): main counts the break from now. */
  readonly onStarted: () => void;
  /** The pacer ended: reached its end (taken), ended by the user or main's pause allowance (skipped). */
  readonly onFinish: (completion: BreakCompletion) => void;
}

/**
 * The running pacer: one start time (the clock) that a pause shifts; the text the frame loop
 * recomputes from `pacerDisplay`, changed only when a visible character changes; the live
 * region's last announcement; the sound guide scheduled from the clock. Main keeps the break's
 * end and says how long it keeps a paused break; when that has passed, the pacer ends as skipped.
 */
export interface PacerStore {
  readonly clock: ReadonlySignal<PacerClock>;
  readonly display: ReadonlySignal<PacerDisplay>;
  readonly announcement: ReadonlySignal<PacerAnnouncement>;
  readonly paused: ReadonlySignal<boolean>;
  /** The guide plays (there is one, and Sound is on). */
  readonly soundOn: ReadonlySignal<boolean>;
  /** There is a guide to turn on (Web Audio exists). */
  readonly hasSound: ReadonlySignal<boolean>;
  /** Starts the frames and the guide; once. */
  start(): void;
  togglePause(): void;
  toggleSound(): void;
  /** Ends the breathing early (Esc, End); not in strict mode. */
  end(): void;
  /** The window's guide (a new one when the volume changes); null where there is no Web Audio. */
  setGuide(guide: AudioGuide | null): void;
  dispose(): void;
}

export function createPacerStore(deps: PacerDeps): PacerStore {
  const { pattern, sessionMs, clock: frames } = deps;
  const clock = signal<PacerClock>(startClock(frames.now()));
  const displayAt = (nowMs: number) => pacerDisplay(pattern, sessionMs, elapsedAt(clock.value, nowMs));
  const display = signal<PacerDisplay>(displayAt(frames.now()));
  const announcement = signal<PacerAnnouncement>({ kind: 'preroll' });
  const soundWanted = signal(deps.soundInitiallyOn);
  const guide = signal<AudioGuide | null>(deps.guide);
  const paused = computed(() => isPaused(clock.value));
  const hasSound = computed(() => guide.value !== null);
  const soundOn = computed(() => soundWanted.value && guide.value !== null);
  let announced: PacerDisplay = display.value;
  let finished = false;
  // The pacer reached its end: the end cue is already on the audio clock, let it ring.
  let reachedEnd = false;
  let guidePlaying: AudioGuide | null = null;
  let pauseEndMs: number | null = null;
  let pauseCount = 0;
  let started = false;
  let cancelFrame: (() => void) | null = null;

  const stopFrames = () => {
    cancelFrame?.();
    cancelFrame = null;
  };

  const stopGuide = () => {
    if (guidePlaying !== null && !reachedEnd) guidePlaying.stop();
    guidePlaying = null;
  };

  // The guide is scheduled on the audio clock from the pacer clock's start; a pause or Sound off
  // stops it and a resume or Sound on schedules it again from the time elapsed.
  const syncGuide = () => {
    stopGuide();
    const current = guide.value;
    if (!started || finished || current === null || !soundOn.value || paused.value) return;
    const elapsed = Math.max(0, elapsedAt(clock.value, frames.now()));
    current.start(pattern, sessionMs, shiftedStartMs(clock.value), elapsed);
    guidePlaying = current;
  };

  const finish = (outcome: BreakCompletion['outcome']) => {
    if (finished) return;
    finished = true;
    stopFrames();
    stopGuide();
    const breathedSeconds = breathedSecondsAt(clock.value, frames.now(), sessionMs);
    deps.onFinish({ outcome, breathedSeconds });
  };

  const tick = (frameMs: number) => {
    const next = displayAt(frameMs);
    batch(() => {
      if (displayKey(display.value) !== displayKey(next)) display.value = next;
      if (next.stage === 'breathing' && phaseChanged(announced, next)) {
        announced = next;
        announcement.value = { kind: 'phase', display: next };
      }
    });
    if (next.stage === 'done') {
      reachedEnd = true;
      finish('taken');
      return;
    }
    // Main ends a paused break once its allowance has passed; the window ends it with it, calmly.
    if (paused.value && allowanceSpent(pauseEndMs, frameMs)) finish('skipped');
  };

  const onFrame = (frameMs: number) => {
    cancelFrame = null;
    tick(frameMs);
    if (!finished) cancelFrame = frames.requestFrame(onFrame);
  };

  const tellPause = (pausing: boolean, nowMs: number) => {
    pauseEndMs = null;
    pauseCount += 1;
    if (!pausing) {
      void deps.main.tell('break:resumed', 'pacer.refused');
      return;
    }
    const thisPause = pauseCount;
    void deps.main.tell('break:paused', 'pacer.refused').then((answer) => {
      if (thisPause === pauseCount) pauseEndMs = allowanceEndMs(nowMs, answer);
    });
  };

  return {
    clock,
    display,
    announcement,
    paused,
    soundOn,
    hasSound,
    start() {
      if (started) return;
      started = true;
      cancelFrame = frames.requestFrame(onFrame);
      syncGuide();
      deps.onStarted();
    },
    togglePause() {
      if (finished) return;
      const now = frames.now();
      const pausing = !paused.value;
      batch(() => {
        clock.value = pausing ? pauseClock(clock.value, now) : resumeClock(clock.value, now);
        announcement.value = { kind: pausing ? 'paused' : 'resumed' };
      });
      syncGuide();
      tellPause(pausing, now);
    },
    toggleSound() {
      soundWanted.value = !soundWanted.value;
      syncGuide();
    },
    end() {
      if (!deps.strict) finish('skipped');
    },
    setGuide(next) {
      if (guide.value === next) return;
      stopGuide();
      guide.value = next;
      syncGuide();
    },
    dispose() {
      stopFrames();
      stopGuide();
    },
  };
}
