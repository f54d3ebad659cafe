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
import { breathsInSession, type PacerDisplay } from './pacer-display.ts';
import { SessionProgress } from './session-progress.tsx';
import type { MainAnswers } from './stores/main-answers.ts';
import { createPacerStore, type PacerAnnouncement } from './stores/pacer-store.ts';
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
  /** Main, told of pauses and resumes (it keeps the break's end and answers how long it keeps a pause). */
  readonly main: MainAnswers;
  /** The pacer started: once, as it first shows. */
  readonly onStarted: () => void;
  readonly onFinish: (completion: BreakCompletion) => void;
}

/**
 * The running pacer. One start time (the clock); the shape is a set of Web Animations keyed to it;
 * the pacer store's frame loop recomputes the text and changes it only when a visible character
 * changes, so the phase word flips in the frame that crosses the boundary. The state lives in
 * stores/pacer-store.ts; this is the view.
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
  main,
  onStarted,
  onFinish,
}: PacerViewProps) {
  const frameClock = useFrameClock();
  const { t, locale } = useLocale();
  const latestFinish = useRef(onFinish);
  latestFinish.current = onFinish;
  // One pacer for as long as this view shows: its clock starts as the view appears.
  const [pacer] = useState(() =>
    createPacerStore({
      pattern,
      sessionMs,
      strict,
      clock: frameClock,
      main,
      guide,
      soundInitiallyOn,
      onStarted,
      onFinish: (completion) => latestFinish.current(completion),
    }),
  );
  useEffect(() => pacer.setGuide(guide), [pacer, guide]);
  useEffect(() => {
    pacer.start();
    return () => pacer.dispose();
  }, [pacer]);

  useBreakKeys({
    onSpace: pacer.togglePause,
    onEscape: strict ? undefined : pacer.end,
  });

  const display = pacer.display.value;
  const clock = pacer.clock.value;
  const paused = pacer.paused.value;
  const soundOn = pacer.soundOn.value;
  const now = useMemo(() => () => frameClock.now(), [frameClock]);
  const phaseWord = wordFor(display, locale, t);
  const breaths = useMemo(() => breathsInSession(pattern, sessionMs), [pattern, sessionMs]);
  const announcement = announcementText(pacer.announcement.value, locale, t);

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
      <div class="break-actions break-session-actions">
        {pacer.hasSound.value ? (
          <button
            type="button"
            class="button button-quiet sound-toggle"
            aria-pressed={soundOn}
            onClick={pacer.toggleSound}
            data-testid="sound"
          >
            {soundOn ? t('pacer.sound-on') : t('pacer.sound-off')}
          </button>
        ) : null}
        <button type="button" class="button button-quiet" onClick={pacer.togglePause} data-testid="pause">
          <SwapLabel
            shown={paused ? t('pacer.resume') : t('pacer.pause')}
            other={paused ? t('pacer.pause') : t('pacer.resume')}
          />
        </button>
        {strict ? null : (
          <button type="button" class="button button-quiet" onClick={pacer.end} data-testid="end">
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

function announcementText(said: PacerAnnouncement, locale: Locale, t: Translate): string {
  if (said.kind === 'preroll') return t('pacer.announce-preroll');
  if (said.kind === 'paused') return t('pacer.paused');
  if (said.kind === 'resumed') return t('pacer.resumed');
  return t('pacer.announce-phase', {
    phase: wordFor(said.display, locale, t),
    duration: t('unit.seconds', { count: said.display.phaseSeconds }),
  });
}

function wordFor(display: PacerDisplay, locale: Locale, t: Translate): string {
  if (display.stage === 'preroll') return t('pacer.preroll');
  if (display.phase === 'done' || display.phase === 'preroll') return '';
  return display.cue ? display.cue[locale] : t(`phase.${display.phase}`);
}
