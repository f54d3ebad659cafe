import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BreathingPattern } from '../../shared/exercises/types.ts';
import type { Locale, Translate } from '../../shared/i18n/index.ts';
import type { BreakCompletion } from '../../shared/ipc-contract.ts';
import type { AudioGuide } from '../audio/audio-guide.ts';
import { useLocale } from '../lib/i18n.ts';
import { Bloom } from './bloom.tsx';
import { BreathRing } from './breath-ring.tsx';
import { FillBar } from './fill-bar.tsx';
import { useFrameClock } from './frame-clock.ts';
import { LiveRegion } from './live-region.tsx';
import {
  breathedSecondsAt,
  elapsedAt,
  isPaused,
  type PacerClock,
  pauseClock,
  resumeClock,
  shiftedStartMs,
  startClock,
} from './pacer-clock.ts';
import {
  breathsInSession,
  displayKey,
  type PacerDisplay,
  pacerDisplay,
  phaseChanged,
} from './pacer-display.ts';
import { SessionProgress } from './session-progress.tsx';
import { SwapLabel } from './swap-label.tsx';
import { useBreakKeys } from './use-break-keys.ts';

export interface PacerViewProps {
  readonly pattern: BreathingPattern;
  readonly sessionMs: number;
  readonly strict: boolean;
  readonly reducedMotion: boolean;
  /** The eyes-closed guide; null where there is no Web Audio. */
  readonly guide: AudioGuide | null;
  /** Whether the guide plays from the start; the window's Sound toggle changes it for this break. */
  readonly soundInitiallyOn: boolean;
  /** The ring that fills through each breath. */
  readonly showRing: boolean;
  /**
   * A scheduled break came without being asked for: while settling in it also says how to breathe
   * low. A break started by hand chose its pattern on the setup screen, cautions included.
   */
  readonly guideLow?: boolean;
  readonly onFinish: (completion: BreakCompletion) => void;
  /** The user paused or resumed (main keeps the break's end from that). */
  readonly onPauseChange?: (paused: boolean) => void;
}

/**
 * The running pacer. One start time (the clock); the shape is a set of Web Animations keyed to it;
 * this frame loop only recomputes the text from `pacerAt` and re-renders when a visible character
 * changes, so the phase word flips in the frame that crosses the boundary.
 */
export function PacerView({
  pattern,
  sessionMs,
  strict,
  reducedMotion,
  guide,
  soundInitiallyOn,
  showRing,
  guideLow = false,
  onFinish,
  onPauseChange,
}: PacerViewProps) {
  const frameClock = useFrameClock();
  const { t, locale } = useLocale();
  const [clock, setClock] = useState<PacerClock>(() => startClock(frameClock.now()));
  const clockRef = useRef(clock);
  clockRef.current = clock;
  const [display, setDisplay] = useState<PacerDisplay>(() =>
    pacerDisplay(pattern, sessionMs, elapsedAt(clock, frameClock.now())),
  );
  const [announcement, setAnnouncement] = useState(() => t('pacer.announce-preroll'));
  const finished = useRef(false);
  // Set when the session reached its end: the end cue is already on the audio clock, let it ring.
  const reachedEnd = useRef(false);
  const [soundOn, setSoundOn] = useState(soundInitiallyOn && guide !== null);
  const shown = useRef<PacerDisplay | null>(display);
  const announced = useRef<PacerDisplay | null>(display);
  const latest = useRef({ onFinish, t });
  latest.current = { onFinish, t };

  const finish = (outcome: BreakCompletion['outcome']) => {
    if (finished.current) return;
    finished.current = true;
    const breathedSeconds = breathedSecondsAt(clockRef.current, frameClock.now(), sessionMs);
    latest.current.onFinish({ outcome, breathedSeconds });
  };

  useEffect(() => {
    let cancel = () => {};
    const onFrame = (frameMs: number) => {
      const next = pacerDisplay(pattern, sessionMs, elapsedAt(clockRef.current, frameMs));
      const before = shown.current;
      if (before === null || displayKey(before) !== displayKey(next)) {
        shown.current = next;
        setDisplay(next);
      }
      if (next.stage === 'breathing' && phaseChanged(announced.current, next)) {
        announced.current = next;
        const tr = latest.current.t;
        const phaseWord = wordFor(next, locale, tr);
        setAnnouncement(
          tr('pacer.announce-phase', {
            phase: phaseWord,
            duration: tr('unit.seconds', { count: next.phaseSeconds }),
          }),
        );
      }
      if (next.stage === 'done') {
        reachedEnd.current = true;
        finish('taken');
        return;
      }
      cancel = frameClock.requestFrame(onFrame);
    };
    cancel = frameClock.requestFrame(onFrame);
    return () => cancel();
  }, [pattern, sessionMs, frameClock, locale]);

  // The guide is scheduled on the audio clock from the pacer clock's start; a pause or Sound off
  // stops it and a resume or Sound on schedules it again from the time elapsed.
  useEffect(() => {
    if (guide === null || !soundOn || isPaused(clock)) return;
    const now = frameClock.now();
    guide.start(pattern, sessionMs, shiftedStartMs(clock), Math.max(0, elapsedAt(clock, now)));
    return () => {
      if (!reachedEnd.current) guide.stop();
    };
  }, [guide, soundOn, clock, pattern, sessionMs, frameClock]);

  const togglePause = () => {
    const now = frameClock.now();
    const paused = isPaused(clockRef.current);
    const next = paused ? resumeClock(clockRef.current, now) : pauseClock(clockRef.current, now);
    clockRef.current = next;
    setClock(next);
    setAnnouncement(t(paused ? 'pacer.resumed' : 'pacer.paused'));
    onPauseChange?.(!paused);
  };

  useBreakKeys({
    onSpace: togglePause,
    onEscape: strict ? undefined : () => finish('skipped'),
  });

  const paused = isPaused(clock);
  const now = useMemo(() => () => frameClock.now(), [frameClock]);
  const phaseWord = wordFor(display, locale, t);
  const breaths = useMemo(() => breathsInSession(pattern, sessionMs), [pattern, sessionMs]);

  return (
    <section
      class={`pacer${paused ? ' is-paused' : ''}`}
      data-testid="pacer"
      data-phase={display.phase}
      data-cycle={display.cycle}
      data-paused={paused ? 'true' : 'false'}
      aria-label={pattern.name[locale]}
    >
      <h1 class="pacer-pattern">{pattern.name[locale]}</h1>
      <div class="pacer-stage">
        {reducedMotion ? (
          <FillBar pattern={pattern} sessionMs={sessionMs} clock={clock} now={now} />
        ) : (
          <Bloom pattern={pattern} sessionMs={sessionMs} clock={clock} now={now} />
        )}
        {showRing ? (
          <BreathRing
            pattern={pattern}
            sessionMs={sessionMs}
            clock={clock}
            now={now}
            stepped={reducedMotion}
          />
        ) : null}
      </div>
      <div class="pacer-words" aria-hidden="true">
        <p
          class="pacer-phase"
          data-testid="phase-word"
          key={`${display.phase}-${display.phaseIndex}-${display.cycle}-${paused}`}
        >
          {paused ? t('pacer.paused') : phaseWord}
        </p>
        <p class="pacer-count" data-testid="phase-seconds">
          {display.stage === 'preroll'
            ? t('pacer.preroll-count', { count: display.phaseSecondsLeft })
            : display.phaseSecondsLeft}
        </p>
      </div>
      <SettleLines
        shown={display.stage === 'preroll' || (display.stage === 'breathing' && display.cycle === 0)}
        lines={settleLines(pattern, locale, guideLow ? t('pacer.settle-low') : null)}
      />
      <SessionProgress
        breath={
          display.stage === 'breathing'
            ? t('pacer.breath-of', { count: display.cycle + 1, total: breaths })
            : null
        }
        sessionMs={sessionMs}
        remainingMs={display.remainingMs}
        fraction={display.fraction}
        clock={clock}
        now={now}
      />
      <div class="break-actions">
        {guide === null ? null : (
          <button
            type="button"
            class="button button-quiet sound-toggle"
            aria-pressed={soundOn}
            onClick={() => setSoundOn((on) => !on)}
            data-testid="sound"
          >
            {soundOn ? t('pacer.sound-on') : t('pacer.sound-off')}
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={togglePause} data-testid="pause">
          <SwapLabel
            shown={paused ? t('pacer.resume') : t('pacer.pause')}
            other={paused ? t('pacer.pause') : t('pacer.resume')}
          />
        </button>
        {strict ? null : (
          <button
            type="button"
            class="button button-quiet"
            onClick={() => finish('skipped')}
            data-testid="end"
          >
            {t('pacer.end')}
          </button>
        )}
      </div>
      <p class="keys-hint">{strict ? t('pacer.keys-hint-strict') : t('pacer.keys-hint')}</p>
      <LiveRegion text={announcement} />
    </section>
  );
}

/**
 * While settling in (and through the first breath): one calm line from the pattern's own cautions,
 * and for a scheduled break how to breathe low. The slot keeps its height afterwards, so nothing
 * moves when the lines go.
 */
function settleLines(pattern: BreathingPattern, locale: Locale, low: string | null): string[] {
  const caution = pattern.cautions[0]?.[locale];
  return [low, caution].filter((line): line is string => typeof line === 'string' && line.length > 0);
}

function SettleLines({ shown, lines }: { readonly shown: boolean; readonly lines: readonly string[] }) {
  return (
    <div class={`pacer-settle${shown ? '' : ' is-gone'}`} data-testid="settle" aria-hidden={!shown}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

function wordFor(display: PacerDisplay, locale: Locale, t: Translate): string {
  if (display.stage === 'preroll') return t('pacer.preroll');
  if (display.phase === 'done' || display.phase === 'preroll') return '';
  return display.cue ? display.cue[locale] : t(`phase.${display.phase}`);
}
