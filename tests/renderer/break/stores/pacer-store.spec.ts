import { describe, expect, it } from 'vitest';
import type { AudioGuide } from '../../../../renderer/audio/audio-guide.ts';
import { createMainAnswers } from '../../../../renderer/break/stores/main-answers.ts';
import { createPacerStore } from '../../../../renderer/break/stores/pacer-store.ts';
import { findPattern } from '../../../../shared/exercises/patterns.ts';
import type { BreakCompletion, IpcResult, PauseAnswer } from '../../../../shared/ipc-contract.ts';
import { createManualFrameClock } from '../../../support/break-frame-clock.ts';
import { createFakeBridge, type FakeHandlers } from '../../../support/fake-bridge.ts';

// Belly breathing: inhale 4 s, exhale 6 s; two cycles (20 s) after the 3 s pre-roll.
const belly = findPattern('belly');
const SESSION_MS = 20_000;

type Action = 'start' | 'pause' | 'sound' | 'end' | 'dispose' | { readonly advance: number };

interface Row {
  readonly name: string;
  readonly strict?: boolean;
  readonly soundOn?: boolean;
  readonly handlers?: FakeHandlers;
  readonly actions: readonly Action[];
  readonly expected: {
    readonly stage?: 'preroll' | 'breathing' | 'done';
    readonly phase?: string;
    readonly cycle?: number;
    readonly paused?: boolean;
    readonly announced?: string;
    readonly finished?: readonly BreakCompletion[];
    readonly started?: number;
    readonly intents?: readonly string[];
    readonly refusal?: string | null;
    readonly guide?: readonly string[];
    readonly pendingFrames?: number;
  };
}

const refused: IpcResult<never> = { ok: false, error: { code: 'not-allowed', message: 'Strict mode.' } };
const pauseAnswer = (endsInMs: unknown): FakeHandlers => ({
  'break:paused': () => ({ endsInMs }) as PauseAnswer,
});

const rows: readonly Row[] = [
  {
    name: 'start runs the frames and the pre-roll, says so once',
    actions: ['start', 'start'],
    expected: { stage: 'preroll', announced: 'preroll', started: 1, intents: [], pendingFrames: 1 },
  },
  {
    name: 'after the pre-roll the pacer follows the pattern, announcing each phase',
    actions: ['start', { advance: 3000 }],
    expected: { stage: 'breathing', phase: 'inhale', cycle: 0, announced: 'phase:inhale' },
  },
  {
    name: 'the second cycle begins after one whole cycle',
    actions: ['start', { advance: 13_000 }],
    expected: { stage: 'breathing', phase: 'inhale', cycle: 1 },
  },
  {
    name: 'pause freezes the pacer, tells main and stops the guide',
    soundOn: true,
    actions: ['start', { advance: 5000 }, 'pause', { advance: 60_000 }],
    expected: {
      phase: 'inhale',
      cycle: 0,
      paused: true,
      announced: 'paused',
      intents: ['break:paused'],
      guide: ['start', 'stop'],
    },
  },
  {
    name: 'resume runs on from where it stood, tells main and starts the guide again',
    soundOn: true,
    actions: ['start', { advance: 5000 }, 'pause', { advance: 60_000 }, 'pause', { advance: 2000 }],
    expected: {
      phase: 'exhale',
      paused: false,
      announced: 'phase:exhale',
      intents: ['break:paused', 'break:resumed'],
      guide: ['start', 'stop', 'start'],
    },
  },
  {
    name: 'reaching the end finishes as taken with every breathed second; the end cue rings on',
    soundOn: true,
    actions: ['start', { advance: 25_000 }],
    expected: {
      stage: 'done',
      finished: [{ outcome: 'taken', breathedSeconds: 20 }],
      guide: ['start'],
      pendingFrames: 0,
    },
  },
  {
    name: 'a pause does not count as breathed',
    actions: ['start', { advance: 8000 }, 'pause', { advance: 30_000 }, 'pause', { advance: 16_000 }],
    expected: { finished: [{ outcome: 'taken', breathedSeconds: 20 }] },
  },
  {
    name: 'end finishes early as skipped with what was breathed, once, and stops the guide',
    soundOn: true,
    actions: ['start', { advance: 8000 }, 'end', 'end', { advance: 30_000 }],
    expected: {
      finished: [{ outcome: 'skipped', breathedSeconds: 5 }],
      guide: ['start', 'stop'],
      pendingFrames: 0,
    },
  },
  {
    name: 'strict: end does nothing',
    strict: true,
    actions: ['start', { advance: 8000 }, 'end'],
    expected: { finished: [], stage: 'breathing' },
  },
  {
    name: 'sound off stops the guide, sound on schedules it again',
    soundOn: true,
    actions: ['start', { advance: 4000 }, 'sound', 'sound'],
    expected: { guide: ['start', 'stop', 'start'] },
  },
  {
    name: 'Sound on while paused waits for the resume',
    actions: ['start', 'pause', 'sound', 'pause'],
    expected: { guide: ['start'], paused: false },
  },
  {
    name: "pause allowance: a pause outlasting main's answer ends the break as skipped",
    handlers: pauseAnswer(60_000),
    actions: ['start', { advance: 8000 }, 'pause', { advance: 60_000 }],
    expected: {
      finished: [{ outcome: 'skipped', breathedSeconds: 5 }],
      intents: ['break:paused'],
      pendingFrames: 0,
    },
  },
  {
    name: "pause allowance: just short of main's answer the pacer waits",
    handlers: pauseAnswer(60_000),
    actions: ['start', { advance: 8000 }, 'pause', { advance: 59_000 }],
    expected: { finished: [], paused: true },
  },
  {
    name: 'pause allowance: a resume in time keeps the break, a later pause gets a new allowance',
    handlers: pauseAnswer(60_000),
    actions: ['start', 'pause', { advance: 50_000 }, 'pause', 'pause', { advance: 50_000 }],
    expected: { finished: [], paused: true, intents: ['break:paused', 'break:resumed', 'break:paused'] },
  },
  {
    name: 'pause allowance: an answer without a usable time sets no end',
    handlers: pauseAnswer(-5),
    actions: ['start', 'pause', { advance: 3_600_000 }],
    expected: { finished: [], paused: true, refusal: null },
  },
  {
    name: 'a refused pause is shown calmly; the pacer stays paused and sets no end',
    handlers: { 'break:paused': () => refused },
    actions: ['start', 'pause', { advance: 3_600_000 }],
    expected: { finished: [], paused: true, refusal: 'pacer.refused' },
  },
  {
    name: 'a refused resume is shown calmly; the pacer runs on',
    handlers: { 'break:resumed': () => refused },
    actions: ['start', 'pause', 'pause', { advance: 3000 }],
    expected: { paused: false, stage: 'breathing', refusal: 'pacer.refused' },
  },
  {
    name: 'dispose stops the frames and a guide still playing',
    soundOn: true,
    actions: ['start', { advance: 4000 }, 'dispose'],
    expected: { pendingFrames: 0, guide: ['start', 'stop'], finished: [] },
  },
];

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function recordingGuide(calls: string[]): AudioGuide {
  return {
    start: () => calls.push('start'),
    stop: () => calls.push('stop'),
    close: () => calls.push('close'),
  };
}

describe('pacer store', () => {
  it.each(rows)('$name', async ({ strict = false, soundOn = false, handlers, actions, expected }) => {
    const bridge = createFakeBridge({
      handlers: { 'break:paused': () => ({ endsInMs: 900_000 }), 'break:resumed': () => null, ...handlers },
    });
    const clock = createManualFrameClock();
    const main = createMainAnswers(bridge);
    const guideCalls: string[] = [];
    const finished: BreakCompletion[] = [];
    let started = 0;
    const pacer = createPacerStore({
      pattern: belly,
      sessionMs: SESSION_MS,
      strict,
      clock,
      main,
      guide: recordingGuide(guideCalls),
      soundInitiallyOn: soundOn,
      onStarted: () => {
        started += 1;
      },
      onFinish: (completion) => finished.push(completion),
    });
    for (const action of actions) {
      if (typeof action === 'object') {
        for (let left = action.advance; left > 0; left -= 1000) clock.advance(Math.min(1000, left), 50);
      } else if (action === 'pause') pacer.togglePause();
      else if (action === 'sound') pacer.toggleSound();
      else pacer[action]();
      await flush();
    }
    const said = pacer.announcement.value;
    const seen = {
      stage: pacer.display.value.stage,
      phase: pacer.display.value.phase,
      cycle: pacer.display.value.cycle,
      paused: pacer.paused.value,
      announced: said.kind === 'phase' ? `phase:${said.display.phase}` : said.kind,
      finished,
      started,
      intents: bridge.calls.map((call) => call.channel),
      refusal: main.refusal.value,
      guide: guideCalls,
      pendingFrames: clock.pendingFrames(),
    };
    expect(seen).toMatchObject(expected);
  });
});
