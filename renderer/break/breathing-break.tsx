import { useEffect, useMemo } from 'preact/hooks';
import type { BreathingPattern } from '../../shared/exercises/types.ts';
import type { BreakSession } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { createAudioGuide } from '../audio/audio-guide.ts';
import { DoneScreen } from './done-screen.tsx';
import { FloorSetup } from './floor-setup.tsx';
import { useFrameClock } from './frame-clock.ts';
import { PacerView } from './pacer-view.tsx';
import { PatternSetup } from './pattern-setup.tsx';
import { createBreathingSessionStore } from './stores/breathing-session-store.ts';
import { MainRefusal, useMainStore } from './use-main-answers.tsx';

export interface BreathingBreakProps {
  readonly session: BreakSession;
  readonly sounds: Settings['sounds'];
  readonly showRing: boolean;
  /** What the setups offer: the built-in patterns and the user's own (patternChoices). */
  readonly patterns: readonly BreathingPattern[];
  readonly reducedMotion: boolean;
}

/**
 * A breathing break: choose (when started by hand), breathe the plan main made, then the done
 * screen. The window only tells main what the user does; main keeps the break's end. A floor
 * session ("Lie down and breathe") is one too, with its own calm setup, a dark and dim screen and
 * the sound guide on from the start, whatever the preference says. The stages live in
 * stores/breathing-session-store.ts; this is the view.
 */
export function BreathingBreak({ session, sounds, showRing, patterns, reducedMotion }: BreathingBreakProps) {
  const main = useMainStore();
  const store = useMemo(() => createBreathingSessionStore({ session, main }), [session, main]);
  const floor = session.floor === true;
  const stage = store.stage.value;
  const frameClock = useFrameClock();
  // One guide (and AudioContext) for the window: it outlives the pacer so the end cue can ring.
  const guide = useMemo(() => createAudioGuide(sounds.volume, frameClock), [sounds.volume, frameClock]);
  useEffect(() => () => guide?.close(), [guide]);

  const view = (
    <>
      {stage.name === 'setup' && floor ? (
        <FloorSetup
          patterns={patterns}
          initialPatternId={session.patternId}
          initialSessionMs={session.plan?.breathingMs ?? session.durationMs}
          soundAvailable={guide !== null}
          onStart={(patternId, requestedMs) => void store.choose(patternId, requestedMs)}
          onCancel={() => void store.cancel()}
        />
      ) : stage.name === 'setup' ? (
        <PatternSetup
          patterns={patterns}
          initialPatternId={session.patternId}
          initialSessionMs={session.plan?.breathingMs ?? session.durationMs}
          onStart={(patternId, requestedMs) => void store.choose(patternId, requestedMs)}
          onCancel={() => void store.cancel()}
        />
      ) : stage.name === 'running' ? (
        <PacerView
          pattern={stage.plan.pattern}
          sessionMs={stage.plan.breathingMs}
          strict={session.strict}
          reducedMotion={reducedMotion}
          guide={guide}
          soundInitiallyOn={floor || sounds.enabled}
          showRing={showRing}
          guideLow={session.source === 'scheduled'}
          main={main}
          onStarted={store.start}
          onFinish={store.finish}
        />
      ) : (
        <DoneScreen
          kind="breathing"
          ended={stage.completion.outcome === 'skipped'}
          breathedSeconds={stage.completion.breathedSeconds}
          breaths={Math.floor((stage.completion.breathedSeconds * 1000) / stage.plan.cycleMs)}
          onOneMore={store.oneMore}
        />
      )}
      <MainRefusal text={main.refusal.value} />
    </>
  );
  return floor ? (
    <div class="floor-session" data-testid="floor-session">
      {view}
    </div>
  ) : (
    view
  );
}
