import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BreathingPlan } from '../../shared/break-plan.ts';
import { findPattern } from '../../shared/exercises/patterns.ts';
import type { PatternId } from '../../shared/exercises/types.ts';
import type { BreakCompletion, BreakSession } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { createAudioGuide } from '../audio/audio-guide.ts';
import { DoneScreen } from './done-screen.tsx';
import { FloorSetup } from './floor-setup.tsx';
import { useFrameClock } from './frame-clock.ts';
import { PacerView } from './pacer-view.tsx';
import { PatternSetup } from './pattern-setup.tsx';
import { MainRefusal, useMainAnswers } from './use-main-answers.tsx';

export interface BreathingBreakProps {
  readonly session: BreakSession;
  readonly sounds: Settings['sounds'];
  readonly showRing: boolean;
  readonly reducedMotion: boolean;
}

type Stage =
  | { readonly name: 'setup' }
  | { readonly name: 'running'; readonly plan: BreathingPlan }
  | { readonly name: 'done'; readonly completion: BreakCompletion; readonly plan: BreathingPlan };

/**
 * A breathing break: choose (when started by hand), breathe the plan main made, then the done
 * screen. The window only tells main what the user does; main keeps the break's end. A floor
 * session ("Lie down and breathe") is one too, with its own calm setup, a dark and dim screen and
 * the sound guide on from the start, whatever the preference says.
 */
export function BreathingBreak({ session, sounds, showRing, reducedMotion }: BreathingBreakProps) {
  const { tell, refusal } = useMainAnswers();
  const floor = session.floor === true;
  const [stage, setStage] = useState<Stage>(() =>
    session.source === 'manual' || session.plan === null || floor
      ? { name: 'setup' }
      : { name: 'running', plan: session.plan },
  );
  const frameClock = useFrameClock();
  // One guide (and AudioContext) for the window: it outlives the pacer so the end cue can ring.
  const guide = useMemo(() => createAudioGuide(sounds.volume, frameClock), [sounds.volume, frameClock]);
  useEffect(() => () => guide?.close(), [guide]);

  // Once, when the pacer starts: main counts the break's planned length from now.
  const started = useRef(false);
  useEffect(() => {
    if (stage.name !== 'running' || started.current) return;
    started.current = true;
    void tell('break:started', 'pacer.refused');
  }, [stage, tell]);

  // Start in the setup: main plans the chosen pattern and length and answers with the session.
  const choose = async (patternId: PatternId, requestedMs: number) => {
    const answer = await tell('break:choose', 'pacer.refused', { patternId, requestedMs });
    if (answer.ok && answer.value.plan !== null) setStage({ name: 'running', plan: answer.value.plan });
  };

  // Cancel in the setup: nothing was breathed; this window ends the break and goes away.
  const cancel = async () => {
    const skipped: BreakCompletion = { outcome: 'skipped', breathedSeconds: 0 };
    const answer = await tell('break:complete', 'pacer.refused', skipped);
    if (answer.ok) await tell('window:close', 'pacer.refused-close');
  };

  const finish = (plan: BreathingPlan) => (completion: BreakCompletion) => {
    setStage({ name: 'done', completion, plan });
    void tell('break:complete', 'pacer.refused-finish', completion);
  };

  // One more minute of the same pattern: a new break started by hand, so main counts it and
  // reloads this window for it (the setup opens on this pattern and 1 minute; Enter begins).
  const oneMore = (patternId: PatternId) => {
    void tell('break:start', 'pacer.refused', { kind: 'breathing', patternId, durationSeconds: 60 });
  };

  const view = (
    <>
      {stage.name === 'setup' && floor ? (
        <FloorSetup
          initialPatternId={session.patternId}
          initialSessionMs={session.plan?.breathingMs ?? session.durationMs}
          soundAvailable={guide !== null}
          onStart={(patternId, requestedMs) => void choose(patternId, requestedMs)}
          onCancel={() => void cancel()}
        />
      ) : stage.name === 'setup' ? (
        <PatternSetup
          initialPatternId={session.patternId}
          initialSessionMs={session.plan?.breathingMs ?? session.durationMs}
          onStart={(patternId, requestedMs) => void choose(patternId, requestedMs)}
          onCancel={() => void cancel()}
        />
      ) : stage.name === 'running' ? (
        <PacerView
          pattern={findPattern(stage.plan.patternId)}
          sessionMs={stage.plan.breathingMs}
          strict={session.strict}
          reducedMotion={reducedMotion}
          guide={guide}
          soundInitiallyOn={floor || sounds.enabled}
          showRing={showRing}
          guideLow={session.source === 'scheduled'}
          onFinish={finish(stage.plan)}
          onPauseChange={(paused) => void tell(paused ? 'break:paused' : 'break:resumed', 'pacer.refused')}
        />
      ) : (
        <DoneScreen
          kind="breathing"
          ended={stage.completion.outcome === 'skipped'}
          breathedSeconds={stage.completion.breathedSeconds}
          breaths={Math.floor((stage.completion.breathedSeconds * 1000) / stage.plan.cycleMs)}
          onOneMore={() => oneMore(stage.plan.patternId)}
        />
      )}
      <MainRefusal text={refusal} />
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
