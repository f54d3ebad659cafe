import { describe, expect, it } from 'vitest';
import { createMainAnswers } from '../../../../renderer/break/stores/main-answers.ts';
import { createStretchSessionStore } from '../../../../renderer/break/stores/stretch-session-store.ts';
import type { BreakSession, IpcResult, PauseAnswer } from '../../../../shared/ipc-contract.ts';
import { createManualFrameClock } from '../../../support/break-frame-clock.ts';
import { stretchSession } from '../../../support/break-sessions.ts';
import { createFakeBridge, type FakeHandlers } from '../../../support/fake-bridge.ts';

// Steps: standing-hip-circles 5 s, counted, counted; hip-flexor-release-desk 10, 20, 20, 20, 20 s.
type Action =
  | 'start'
  | 'next'
  | 'previous'
  | 'skip'
  | 'pause'
  | 'end'
  | 'finish'
  | 'dispose'
  | { readonly advance: number };

interface Row {
  readonly name: string;
  readonly session?: Partial<BreakSession>;
  readonly handlers?: FakeHandlers;
  readonly actions: readonly Action[];
  readonly expected: {
    readonly position?: { exerciseIndex: number; stepIndex: number };
    readonly paused?: boolean;
    readonly stepLeftMs?: number | null;
    readonly completion?: { outcome: 'taken' | 'skipped'; breathedSeconds: 0 } | null;
    readonly nextBlocked?: boolean;
    readonly waitsForBreakTime?: boolean;
    readonly intents?: readonly string[];
    readonly refusal?: string | null;
    readonly pendingFrames?: number;
  };
}

const refused: IpcResult<never> = { ok: false, error: { code: 'not-allowed', message: 'Strict mode.' } };
const answers = (endsInMs: unknown): FakeHandlers => ({
  'break:paused': () => ({ endsInMs }) as PauseAnswer,
});

const rows: readonly Row[] = [
  {
    name: 'start tells main once and starts the first step timer',
    actions: ['start', 'start'],
    expected: { position: { exerciseIndex: 0, stepIndex: 0 }, stepLeftMs: 5000, intents: ['break:started'] },
  },
  {
    name: 'a timed step counts down by whole seconds',
    actions: ['start', { advance: 4100 }],
    expected: { position: { exerciseIndex: 0, stepIndex: 0 }, stepLeftMs: 1000 },
  },
  {
    name: 'a timed step that ran out lands on the counted step after it',
    actions: ['start', { advance: 5000 }],
    expected: { position: { exerciseIndex: 0, stepIndex: 1 }, stepLeftMs: null, pendingFrames: 0 },
  },
  {
    name: 'pause freezes the step timer and tells main',
    actions: ['start', { advance: 2000 }, 'pause', { advance: 10_000 }],
    expected: {
      position: { exerciseIndex: 0, stepIndex: 0 },
      paused: true,
      stepLeftMs: 3000,
      intents: ['break:started', 'break:paused'],
    },
  },
  {
    name: 'resume runs the step timer on from where it stood',
    actions: ['start', { advance: 2000 }, 'pause', { advance: 10_000 }, 'pause', { advance: 3000 }],
    expected: {
      position: { exerciseIndex: 0, stepIndex: 1 },
      paused: false,
      intents: ['break:started', 'break:paused', 'break:resumed'],
    },
  },
  {
    name: 'next steps on, crossing into the next exercise',
    actions: ['start', 'next', 'next', 'next'],
    expected: { position: { exerciseIndex: 1, stepIndex: 0 }, stepLeftMs: 10_000 },
  },
  {
    name: 'previous goes back to the start of the previous exercise',
    actions: ['start', 'skip', 'next', 'previous'],
    expected: { position: { exerciseIndex: 0, stepIndex: 0 }, stepLeftMs: 5000 },
  },
  {
    name: 'moving on while paused runs the break again and tells main',
    actions: ['start', 'pause', 'next'],
    expected: {
      position: { exerciseIndex: 0, stepIndex: 1 },
      paused: false,
      intents: ['break:started', 'break:paused', 'break:resumed'],
    },
  },
  {
    name: 'skip goes to the first step of the next exercise',
    actions: ['start', 'skip'],
    expected: { position: { exerciseIndex: 1, stepIndex: 0 } },
  },
  {
    name: 'next after the very last step finishes the break as taken',
    actions: ['start', 'skip', 'next', 'next', 'next', 'next', 'next'],
    expected: {
      completion: { outcome: 'taken', breathedSeconds: 0 },
      intents: ['break:started', 'break:complete'],
      pendingFrames: 0,
    },
  },
  {
    name: 'end finishes the break early as skipped, once',
    actions: ['start', 'end', 'end', 'next'],
    expected: {
      completion: { outcome: 'skipped', breathedSeconds: 0 },
      intents: ['break:started', 'break:complete'],
    },
  },
  {
    name: 'finish on a routine without steps is taken',
    session: { exerciseIds: [] },
    actions: ['start', 'finish'],
    expected: { completion: { outcome: 'taken', breathedSeconds: 0 }, stepLeftMs: null },
  },
  {
    name: 'strict: skip, end and next do nothing while a timed step runs',
    session: { strict: true, durationMs: 60_000 },
    actions: ['start', 'skip', 'end', 'next'],
    expected: { position: { exerciseIndex: 0, stepIndex: 0 }, completion: null, nextBlocked: true },
  },
  {
    name: 'strict: the last step waits for the break time before Finish is offered',
    session: { strict: true, durationMs: 60_000, exerciseIds: ['standing-hip-circles'] },
    actions: ['start', { advance: 5000 }, 'next', { advance: 54_000 }, 'next'],
    expected: {
      position: { exerciseIndex: 0, stepIndex: 2 },
      completion: null,
      nextBlocked: true,
      waitsForBreakTime: true,
    },
  },
  {
    name: 'strict: once the break time has passed, Finish is taken',
    session: { strict: true, durationMs: 60_000, exerciseIds: ['standing-hip-circles'] },
    actions: ['start', { advance: 5000 }, 'next', { advance: 55_000 }, 'next'],
    expected: { completion: { outcome: 'taken', breathedSeconds: 0 }, waitsForBreakTime: false },
  },
  {
    name: 'strict: a routine shorter than the break holds on its last step, then finishes by itself',
    session: { strict: true, durationMs: 90_000, exerciseIds: ['seated-figure-four'] },
    actions: ['start', { advance: 89_000 }],
    expected: { position: { exerciseIndex: 0, stepIndex: 2 }, stepLeftMs: 0, completion: null },
  },
  {
    name: 'strict: the held last step finishes as taken when the break time has passed',
    session: { strict: true, durationMs: 90_000, exerciseIds: ['seated-figure-four'] },
    actions: ['start', { advance: 90_000 }],
    expected: {
      completion: { outcome: 'taken', breathedSeconds: 0 },
      intents: ['break:started', 'break:complete'],
    },
  },
  {
    name: "pause allowance: a pause outlasting main's answer ends the break calmly as skipped",
    handlers: answers(60_000),
    actions: ['start', 'pause', { advance: 60_000 }],
    expected: {
      completion: { outcome: 'skipped', breathedSeconds: 0 },
      intents: ['break:started', 'break:paused', 'break:complete'],
    },
  },
  {
    name: "pause allowance: just short of main's answer the break is still paused",
    handlers: answers(60_000),
    actions: ['start', 'pause', { advance: 59_000 }],
    expected: { completion: null, paused: true },
  },
  {
    name: 'pause allowance: a resume before it runs out keeps the break',
    handlers: answers(60_000),
    actions: ['start', 'pause', { advance: 30_000 }, 'pause', { advance: 120_000 }],
    expected: { completion: null, paused: false, position: { exerciseIndex: 0, stepIndex: 1 } },
  },
  {
    name: 'pause allowance: an answer without a usable time sets no end',
    handlers: answers('soon'),
    actions: ['start', 'pause', { advance: 3_600_000 }],
    expected: { completion: null, paused: true, refusal: null },
  },
  {
    name: 'a refused pause is shown calmly; the window stays paused and sets no end',
    handlers: { 'break:paused': () => refused },
    actions: ['start', 'pause', { advance: 3_600_000 }],
    expected: { completion: null, paused: true, refusal: 'pacer.refused' },
  },
  {
    name: 'a refused finish is shown calmly beside the done screen',
    handlers: { 'break:complete': () => refused },
    actions: ['start', 'end'],
    expected: { completion: { outcome: 'skipped', breathedSeconds: 0 }, refusal: 'pacer.refused-finish' },
  },
  {
    name: 'a refused start is shown calmly; the steps run on',
    handlers: { 'break:started': () => refused },
    actions: ['start', { advance: 5000 }],
    expected: { position: { exerciseIndex: 0, stepIndex: 1 }, refusal: 'pacer.refused' },
  },
  {
    name: 'dispose stops the frames',
    actions: ['start', 'dispose'],
    expected: { pendingFrames: 0 },
  },
];

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('stretch session store', () => {
  it.each(rows)('$name', async ({ session, handlers, actions, expected }) => {
    const bridge = createFakeBridge({
      handlers: {
        'break:started': () => null,
        'break:paused': () => ({ endsInMs: 900_000 }),
        'break:resumed': () => null,
        'break:complete': () => null,
        ...handlers,
      },
    });
    const clock = createManualFrameClock();
    const main = createMainAnswers(bridge);
    const store = createStretchSessionStore({ session: stretchSession(session), clock, main });
    for (const action of actions) {
      if (typeof action === 'object') {
        // Whole seconds, so every row reads the timer as the window would.
        for (let left = action.advance; left > 0; left -= 1000) clock.advance(Math.min(1000, left), 100);
      } else if (action === 'pause') store.togglePause();
      else store[action]();
      await flush();
    }
    const seen = {
      position: store.position.value,
      paused: store.paused.value,
      stepLeftMs: store.stepLeftMs.value,
      completion: store.completion.value,
      nextBlocked: store.nextBlocked.value,
      waitsForBreakTime: store.waitsForBreakTime.value,
      intents: bridge.calls.map((call) => call.channel),
      refusal: main.refusal.value,
      pendingFrames: clock.pendingFrames(),
    };
    expect(seen).toMatchObject(expected);
  });
});
