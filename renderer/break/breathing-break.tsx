import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { findPattern } from '../../shared/exercises/patterns.ts';
import type { PatternId } from '../../shared/exercises/types.ts';
import type { BreakCompletion, BreakSession } from '../../shared/ipc-contract.ts';
import { cycleMs } from '../../shared/pacer.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { createAudioGuide } from '../audio/audio-guide.ts';
import { call, useBridge } from '../lib/bridge.ts';
import { breathingBegin, pausedBegin, resumedBegin } from './break-begin.ts';
import { DoneScreen } from './done-screen.tsx';
import { useFrameClock } from './frame-clock.ts';
import { PacerView } from './pacer-view.tsx';
import { PatternSetup } from './pattern-setup.tsx';

export interface BreathingBreakProps {
  readonly session: BreakSession;
  readonly sounds: Settings['sounds'];
  readonly showRing: boolean;
  readonly reducedMotion: boolean;
}

type Stage =
  | { readonly name: 'setup' }
  | { readonly name: 'running'; readonly patternId: PatternId; readonly sessionMs: number }
  | { readonly name: 'done'; readonly completion: BreakCompletion; readonly patternId: PatternId };

/** A breathing break: choose (when started by hand), breathe, then the done screen. */
export function BreathingBreak({ session, sounds, showRing, reducedMotion }: BreathingBreakProps) {
  const bridge = useBridge();
  const [stage, setStage] = useState<Stage>(() =>
    session.source === 'manual'
      ? { name: 'setup' }
      : { name: 'running', patternId: session.patternId, sessionMs: session.durationMs },
  );
  const frameClock = useFrameClock();
  // One guide (and AudioContext) for the window: it outlives the pacer so the end cue can ring.
  const guide = useMemo(() => createAudioGuide(sounds.volume, frameClock), [sounds.volume, frameClock]);
  useEffect(() => () => guide?.close(), [guide]);

  // Once, when the pacer starts (Start pressed in the setup, or at once for a scheduled break):
  // main's end for this break then follows the chosen pattern and length, from now.
  const begun = useRef(false);
  useEffect(() => {
    if (stage.name !== 'running' || begun.current) return;
    begun.current = true;
    void call(bridge, 'break:begin', breathingBegin(stage.patternId, stage.sessionMs)).catch(() => undefined);
  }, [stage, bridge]);

  // A pause stops the pacer but not main's clock for the break: re-base it once each way.
  const pauseChanged = (patternId: PatternId) => (paused: boolean, remainingMs: number) => {
    const begin = paused ? pausedBegin(remainingMs, patternId) : resumedBegin(remainingMs, patternId);
    void call(bridge, 'break:begin', begin).catch(() => undefined);
  };

  // Cancel in the setup: nothing was breathed; this window ends the break and goes away.
  const cancel = () => {
    const skipped: BreakCompletion = { outcome: 'skipped', breathedSeconds: 0 };
    void call(bridge, 'break:complete', skipped)
      .catch(() => undefined)
      .then(() => call(bridge, 'window:close'))
      .catch(() => undefined);
  };

  const finish = (patternId: PatternId) => (completion: BreakCompletion) => {
    setStage({ name: 'done', completion, patternId });
    void call(bridge, 'break:complete', completion).catch(() => undefined);
  };

  // One more minute of the same pattern: a new break started by hand, so main counts it and
  // reloads this window for it (the setup opens on this pattern and 1 minute; Enter begins).
  const oneMore = (patternId: PatternId) => {
    void call(bridge, 'break:start', { kind: 'breathing', patternId, durationSeconds: 60 }).catch(
      () => undefined,
    );
  };

  if (stage.name === 'setup') {
    return (
      <PatternSetup
        initialPatternId={session.patternId}
        initialSessionMs={session.durationMs}
        onStart={(patternId, sessionMs) => setStage({ name: 'running', patternId, sessionMs })}
        onCancel={cancel}
      />
    );
  }
  if (stage.name === 'running') {
    return (
      <PacerView
        pattern={findPattern(stage.patternId)}
        sessionMs={stage.sessionMs}
        strict={session.strict}
        reducedMotion={reducedMotion}
        guide={guide}
        soundInitiallyOn={sounds.enabled}
        showRing={showRing}
        guideLow={session.source === 'scheduled'}
        onFinish={finish(stage.patternId)}
        onPauseChange={pauseChanged(stage.patternId)}
      />
    );
  }
  return (
    <DoneScreen
      kind="breathing"
      ended={stage.completion.outcome === 'skipped'}
      breathedSeconds={stage.completion.breathedSeconds}
      breaths={Math.floor((stage.completion.breathedSeconds * 1000) / cycleMs(findPattern(stage.patternId)))}
      onOneMore={() => oneMore(stage.patternId)}
    />
  );
}
