import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { findExercise } from '../../shared/exercises/index.ts';
import type { BreakCompletion, BreakSession } from '../../shared/ipc-contract.ts';
import { useLocale } from '../lib/i18n.ts';
import { DoneScreen } from './done-screen.tsx';
import { ExerciseCard } from './exercise-card.tsx';
import { clockText } from './format-time.ts';
import { useFrameClock } from './frame-clock.ts';
import { LiveRegion } from './live-region.tsx';
import { elapsedAt, isPaused, type PacerClock, pauseClock, resumeClock, startClock } from './pacer-clock.ts';
import {
  firstPosition,
  isLastStepOfBreak,
  isLastStepOfExercise,
  nextExercise,
  nextStep,
  previousExercise,
  type StretchMove,
  type StretchPosition,
} from './stretch-stepper.ts';
import { SwapLabel } from './swap-label.tsx';
import { useBreakKeys } from './use-break-keys.ts';
import { MainRefusal, useMainAnswers } from './use-main-answers.tsx';

export interface StretchBreakProps {
  readonly session: BreakSession;
}

/**
 * A stretch break: the session's exercises in order, one step at a time. Timed steps count down
 * and move on by themselves; counted steps wait for Enter. Space pauses the step timer.
 */
export function StretchBreak({ session }: StretchBreakProps) {
  const { tell, refusal } = useMainAnswers();
  const frameClock = useFrameClock();
  const { t, locale } = useLocale();
  const exercises = useMemo(() => session.exerciseIds.map(findExercise), [session.exerciseIds]);
  const [position, setPosition] = useState<StretchPosition>(firstPosition);
  const [completion, setCompletion] = useState<BreakCompletion | null>(null);
  const [clock, setClock] = useState<PacerClock>(() => startClock(frameClock.now(), 0));
  const [remainingMs, setRemainingMs] = useState<number | null>(null);
  const clockRef = useRef(clock);
  clockRef.current = clock;
  // The whole break's clock (pauses excluded), beside the per-step one: in strict mode, when
  // Finish may be offered.
  const sessionClockRef = useRef<PacerClock | null>(null);
  if (sessionClockRef.current === null) sessionClockRef.current = startClock(frameClock.now(), 0);
  const sessionLeftMs = (nowMs: number) =>
    session.durationMs - elapsedAt(sessionClockRef.current ?? startClock(nowMs, 0), nowMs);
  // Strict: the routine ran out before the break's time; the last step waits for the time.
  const [heldAtEnd, setHeldAtEnd] = useState(false);
  const [strictLeftMs, setStrictLeftMs] = useState(() => (session.strict ? session.durationMs : 0));

  const exercise = exercises[position.exerciseIndex];
  const step = exercise?.steps[position.stepIndex];
  const stepMs = step?.seconds === undefined ? null : step.seconds * 1000;

  const finish = (outcome: BreakCompletion['outcome']) => {
    if (completion) return;
    const next = { outcome, breathedSeconds: 0 };
    setCompletion(next);
    void tell('break:complete', 'pacer.refused-finish', next);
  };
  const setSessionPaused = (paused: boolean, nowMs: number) => {
    const sessionClock = sessionClockRef.current;
    if (sessionClock === null || isPaused(sessionClock) === paused) return;
    const next = paused ? pauseClock(sessionClock, nowMs) : resumeClock(sessionClock, nowMs);
    sessionClockRef.current = next;
    // A pause stops the steps; main keeps the break's end from it.
    void tell(paused ? 'break:paused' : 'break:resumed', 'pacer.refused');
  };
  const go = (move: StretchMove) => {
    if (move === 'done') {
      if (session.strict && sessionLeftMs(frameClock.now()) > 0) {
        setHeldAtEnd(true);
        return;
      }
      finish('taken');
      return;
    }
    // Moving on starts the next step's timer, so a paused break is running again.
    setSessionPaused(false, frameClock.now());
    setHeldAtEnd(false);
    const fresh = startClock(frameClock.now(), 0);
    clockRef.current = fresh;
    setClock(fresh);
    setPosition(move);
  };
  const goRef = useRef(go);
  goRef.current = go;

  // The first step starts as the window shows it: main counts the break's length from now, so
  // the time the window took to load does not eat into the break.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void tell('break:started', 'pacer.refused');
  }, [tell]);

  // The step timer: one start per step, text updated when the whole second changes.
  useEffect(() => {
    if (stepMs === null || completion) {
      setRemainingMs(null);
      return;
    }
    let shownSeconds = -1;
    let cancel = () => {};
    const onFrame = (frameMs: number) => {
      const left = Math.max(0, stepMs - elapsedAt(clockRef.current, frameMs));
      const seconds = Math.ceil(left / 1000);
      if (seconds !== shownSeconds) {
        shownSeconds = seconds;
        setRemainingMs(left);
      }
      if (left <= 0) {
        goRef.current(nextStep(exercises, position));
        return;
      }
      cancel = frameClock.requestFrame(onFrame);
    };
    onFrame(frameClock.now());
    return () => cancel();
  }, [position, stepMs, exercises, frameClock, completion]);

  // Strict: count down the break's own time, so Finish is offered only once it has passed.
  useEffect(() => {
    if (!session.strict || completion) return;
    let shownSeconds = -1;
    let cancel = () => {};
    const onFrame = (frameMs: number) => {
      const left = Math.max(0, sessionLeftMs(frameMs));
      const seconds = Math.ceil(left / 1000);
      if (seconds !== shownSeconds) {
        shownSeconds = seconds;
        setStrictLeftMs(left);
      }
      if (left <= 0) return;
      cancel = frameClock.requestFrame(onFrame);
    };
    onFrame(frameClock.now());
    return () => cancel();
  }, [session.strict, completion, frameClock]);

  // The last timed step ran out early in strict mode: finish once the break's time has passed.
  useEffect(() => {
    if (heldAtEnd && strictLeftMs <= 0) goRef.current('done');
  }, [heldAtEnd, strictLeftMs]);

  const togglePause = () => {
    const now = frameClock.now();
    const pausing = !isPaused(clockRef.current);
    const next = pausing ? pauseClock(clockRef.current, now) : resumeClock(clockRef.current, now);
    clockRef.current = next;
    setClock(next);
    setSessionPaused(pausing, now);
  };

  // Strict: a timed step moves on only once its timer ran out, and the break finishes only once
  // its time has passed (main refuses an earlier "taken" anyway).
  const stepRunning = stepMs !== null && (remainingMs === null || remainingMs > 0);
  const lastOfBreak = isLastStepOfBreak(exercises, position);
  const strictWaitsForTime = session.strict && lastOfBreak && strictLeftMs > 0;
  const nextBlocked = session.strict && (stepRunning || strictWaitsForTime);

  useBreakKeys(
    completion
      ? {}
      : {
          onEnter: nextBlocked ? undefined : () => go(nextStep(exercises, position)),
          onSpace: togglePause,
          onEscape: session.strict ? undefined : () => finish('skipped'),
        },
  );

  if (completion) {
    return (
      <>
        <DoneScreen kind="stretch" ended={completion.outcome === 'skipped'} breathedSeconds={0} />
        <MainRefusal text={refusal} />
      </>
    );
  }
  if (!exercise || !step) {
    return (
      <section class="stretch stretch-empty" data-testid="stretch">
        <p class="stretch-empty-text">{t('stretch.empty')}</p>
        <div class="break-actions">
          <button type="button" class="button button-primary" onClick={() => finish('taken')}>
            {t('action.done')}
          </button>
        </div>
      </section>
    );
  }

  const paused = isPaused(clock);
  const lastOfExercise = isLastStepOfExercise(exercises, position);
  const nextLabel = lastOfBreak
    ? t('stretch.finish')
    : lastOfExercise
      ? t('stretch.next-exercise')
      : t('stretch.next-step');
  const announcement =
    position.stepIndex === 0
      ? `${t('stretch.announce-exercise', { title: exercise.title[locale], place: t(`place.${exercise.place}`) })} ${t('stretch.announce-step', { current: 1, text: step.text[locale] })}`
      : t('stretch.announce-step', { current: position.stepIndex + 1, text: step.text[locale] });

  return (
    <section
      class={`stretch${paused ? ' is-paused' : ''}`}
      data-testid="stretch"
      data-exercise={exercise.id}
      data-step={position.stepIndex}
      data-paused={paused ? 'true' : 'false'}
    >
      <p class="stretch-count">
        {t('stretch.exercise-count', { current: position.exerciseIndex + 1, total: exercises.length })}
      </p>
      <ExerciseCard
        exercise={exercise}
        stepIndex={position.stepIndex}
        remainingMs={remainingMs}
        paused={paused}
      />
      <div class="stretch-controls">
        <div class="break-actions">
          <button
            type="button"
            class="button button-quiet"
            onClick={() => go(previousExercise(position))}
            disabled={position.exerciseIndex === 0 && position.stepIndex === 0}
            data-testid="previous"
          >
            {t('stretch.previous')}
          </button>
          {stepMs === null ? null : (
            <button type="button" class="button button-quiet" onClick={togglePause} data-testid="pause">
              <SwapLabel
                shown={paused ? t('stretch.resume') : t('stretch.pause')}
                other={paused ? t('stretch.pause') : t('stretch.resume')}
              />
            </button>
          )}
          {lastOfBreak || session.strict ? null : (
            <button
              type="button"
              class="button button-quiet"
              onClick={() => go(nextExercise(exercises, position))}
              data-testid="skip"
            >
              {t('stretch.skip')}
            </button>
          )}
          <button
            type="button"
            class="button button-primary"
            onClick={() => go(nextStep(exercises, position))}
            disabled={nextBlocked}
            data-testid="next"
          >
            {strictWaitsForTime ? `${nextLabel} · ${clockText(strictLeftMs)}` : nextLabel}
          </button>
        </div>
        <div class="break-footer">
          <p class="keys-hint">{session.strict ? t('stretch.keys-hint-strict') : t('stretch.keys-hint')}</p>
          {session.strict ? null : (
            <button
              type="button"
              class="button button-quiet button-small"
              onClick={() => finish('skipped')}
              data-testid="end"
            >
              {t('stretch.end')}
            </button>
          )}
        </div>
      </div>
      <LiveRegion text={announcement} />
      <MainRefusal text={refusal} />
    </section>
  );
}
