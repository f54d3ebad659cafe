import { describe, expect, it } from 'vitest';
import { createBreathingSessionStore } from '../../../../renderer/break/stores/breathing-session-store.ts';
import { createMainAnswers } from '../../../../renderer/break/stores/main-answers.ts';
import type { BreakChoice, BreakSession, IpcResult } from '../../../../shared/ipc-contract.ts';
import { breathingSession } from '../../../support/break-sessions.ts';
import { createFakeBridge, type FakeHandlers } from '../../../support/fake-bridge.ts';

type Store = ReturnType<typeof createBreathingSessionStore>;

interface Row {
  readonly name: string;
  readonly session?: Parameters<typeof breathingSession>[0];
  readonly handlers?: FakeHandlers;
  readonly actions: readonly ((store: Store) => unknown)[];
  readonly expected: {
    readonly stage?: 'setup' | 'running' | 'done';
    readonly cycles?: number;
    readonly patternId?: string;
    readonly outcome?: 'taken' | 'skipped';
    readonly intents?: readonly string[];
    readonly payloads?: readonly unknown[];
    readonly refusal?: string | null;
  };
}

const refused: IpcResult<never> = { ok: false, error: { code: 'not-allowed', message: 'No break.' } };
const start = (store: Store) => store.start();
const taken = (store: Store) => store.finish({ outcome: 'taken', breathedSeconds: 20 });

const rows: readonly Row[] = [
  {
    name: 'a scheduled break runs its plan at once; main hears the start once',
    actions: [start, start],
    expected: { stage: 'running', cycles: 2, intents: ['break:started'] },
  },
  {
    name: 'a break started by hand opens on the setup and tells main nothing yet',
    session: { source: 'manual' },
    actions: [start],
    expected: { stage: 'setup', intents: [] },
  },
  {
    name: 'a floor session opens on its setup even when scheduled',
    session: { floor: true },
    actions: [start],
    expected: { stage: 'setup', intents: [] },
  },
  {
    name: "the setup's choice runs main's plan for it (4-7-8 stays at four rounds)",
    session: { source: 'manual' },
    actions: [(store) => store.choose('four-seven-eight', 600_000), start],
    expected: {
      stage: 'running',
      patternId: 'four-seven-eight',
      cycles: 4,
      intents: ['break:choose', 'break:started'],
      payloads: [{ patternId: 'four-seven-eight', requestedMs: 600_000 }, undefined],
    },
  },
  {
    name: 'a refused choice keeps the setup and is shown calmly',
    session: { source: 'manual' },
    handlers: { 'break:choose': () => refused },
    actions: [(store) => store.choose('box', 60_000), start],
    expected: { stage: 'setup', intents: ['break:choose'], refusal: 'pacer.refused' },
  },
  {
    name: 'cancel in the setup ends the break without a breath and closes the window',
    session: { source: 'manual' },
    actions: [(store) => store.cancel()],
    expected: {
      stage: 'setup',
      intents: ['break:complete', 'window:close'],
      payloads: [{ outcome: 'skipped', breathedSeconds: 0 }, undefined],
    },
  },
  {
    name: 'a refused cancel keeps the window and is shown calmly',
    session: { source: 'manual' },
    handlers: { 'break:complete': () => refused },
    actions: [(store) => store.cancel()],
    expected: { intents: ['break:complete'], refusal: 'pacer.refused' },
  },
  {
    name: 'finish shows the done screen and tells main what was breathed, once',
    actions: [start, taken, taken],
    expected: {
      stage: 'done',
      outcome: 'taken',
      intents: ['break:started', 'break:complete'],
      payloads: [undefined, { outcome: 'taken', breathedSeconds: 20 }],
    },
  },
  {
    name: 'a refused finish still shows the done screen, with the refusal beside it',
    handlers: { 'break:complete': () => refused },
    actions: [start, (store) => store.finish({ outcome: 'skipped', breathedSeconds: 4 })],
    expected: { stage: 'done', outcome: 'skipped', refusal: 'pacer.refused-finish' },
  },
  {
    name: 'finish in the setup changes nothing',
    session: { source: 'manual' },
    actions: [taken],
    expected: { stage: 'setup', intents: [] },
  },
  {
    name: 'one more minute starts a new hand-started break of the same pattern',
    session: { patternId: 'box' },
    actions: [start, taken, (store) => store.oneMore()],
    expected: {
      intents: ['break:started', 'break:complete', 'break:start'],
      payloads: [
        undefined,
        { outcome: 'taken', breathedSeconds: 20 },
        { kind: 'breathing', patternId: 'box', durationSeconds: 60 },
      ],
    },
  },
  {
    name: 'a refused one more minute is shown calmly on the done screen',
    handlers: { 'break:start': () => refused },
    actions: [start, taken, (store) => store.oneMore()],
    expected: { stage: 'done', refusal: 'pacer.refused' },
  },
];

describe('breathing session store', () => {
  it.each(rows)('$name', async ({ session, handlers, actions, expected }) => {
    const base: BreakSession = breathingSession(session);
    const bridge = createFakeBridge({
      handlers: {
        'break:started': () => null,
        'break:complete': () => null,
        'break:start': () => null,
        'window:close': () => null,
        'break:choose': (choice: BreakChoice) => {
          const planned = breathingSession({
            ...session,
            patternId: choice.patternId,
            durationMs: choice.requestedMs,
          });
          return { ...base, patternId: choice.patternId, plan: planned.plan, durationMs: planned.durationMs };
        },
        ...handlers,
      },
    });
    const main = createMainAnswers(bridge);
    const store = createBreathingSessionStore({ session: base, main });
    for (const action of actions) await action(store);
    const stage = store.stage.value;
    const seen = {
      stage: stage.name,
      cycles: stage.name === 'setup' ? undefined : stage.plan.cycles,
      patternId: stage.name === 'setup' ? undefined : stage.plan.pattern.id,
      outcome: stage.name === 'done' ? stage.completion.outcome : undefined,
      intents: bridge.calls.map((call) => call.channel),
      payloads: bridge.calls.map((call) => call.payload),
      refusal: main.refusal.value,
    };
    expect(seen).toMatchObject(expected);
  });
});
