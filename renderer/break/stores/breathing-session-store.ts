import { type ReadonlySignal, signal } from '@preact/signals';
import type { BreathingPlan } from '../../../shared/break-plan.ts';
import type { PatternRef } from '../../../shared/exercises/types.ts';
import type { BreakCompletion, BreakSession } from '../../../shared/ipc-contract.ts';
import type { MainAnswers } from './main-answers.ts';

export type BreathingStage =
  | { readonly name: 'setup' }
  | { readonly name: 'running'; readonly plan: BreathingPlan }
  | { readonly name: 'done'; readonly completion: BreakCompletion; readonly plan: BreathingPlan };

/**
 * One breathing break's stages: choose (when started by hand, or a floor session), breathe the
 * plan main made, then the done screen. The window only tells main what the user does; main
 * plans the break and keeps its end, and its refusals stay in `main.refusal` to be shown.
 */
export interface BreathingSessionStore {
  readonly stage: ReadonlySignal<BreathingStage>;
  /**
   * The pacer started: main is told once and counts the planned length from now, so the time the
   * window took to load does not eat into the break.
   */
  start(): void;
  /** The setup's choice: main plans it and answers with the session; a refusal keeps the setup. */
  choose(patternId: PatternRef, requestedMs: number): Promise<void>;
  /** Cancel in the setup: nothing was breathed; the break ends and the window goes away. */
  cancel(): Promise<void>;
  /** The pacer ended: the done screen shows at once, main is told. */
  finish(completion: BreakCompletion): void;
  /** One more minute of the same pattern: a new break started by hand (main reloads the window). */
  oneMore(): void;
}

export function createBreathingSessionStore({
  session,
  main,
}: {
  readonly session: BreakSession;
  readonly main: MainAnswers;
}): BreathingSessionStore {
  // Started by hand, or a floor session: the setup comes first.
  const stage = signal<BreathingStage>(
    session.plan === null || session.source === 'manual' || session.floor === true
      ? { name: 'setup' }
      : { name: 'running', plan: session.plan },
  );
  let startTold = false;

  const start = () => {
    if (stage.value.name !== 'running' || startTold) return;
    startTold = true;
    void main.tell('break:started', 'pacer.refused');
  };

  return {
    stage,
    start,
    async choose(patternId, requestedMs) {
      if (stage.value.name !== 'setup') return;
      const answer = await main.tell('break:choose', 'pacer.refused', { patternId, requestedMs });
      if (!answer.ok || answer.value.plan === null || stage.value.name !== 'setup') return;
      stage.value = { name: 'running', plan: answer.value.plan };
    },
    async cancel() {
      const skipped: BreakCompletion = { outcome: 'skipped', breathedSeconds: 0 };
      const answer = await main.tell('break:complete', 'pacer.refused', skipped);
      if (answer.ok) await main.tell('window:close', 'pacer.refused-close');
    },
    finish(completion) {
      const current = stage.value;
      if (current.name !== 'running') return;
      stage.value = { name: 'done', completion, plan: current.plan };
      void main.tell('break:complete', 'pacer.refused-finish', completion);
    },
    oneMore() {
      const current = stage.value;
      if (current.name !== 'done') return;
      const patternId = current.plan.pattern.id;
      void main.tell('break:start', 'pacer.refused', { kind: 'breathing', patternId, durationSeconds: 60 });
    },
  };
}
