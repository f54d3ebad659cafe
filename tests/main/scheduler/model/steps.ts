import fc from 'fast-check';
import type { BusyReason } from '../../../../shared/domain/busy.ts';

/**
 * What the model-based property tests throw at the scheduler: everything issue #10 lists, as plain
 * data so fast-check can generate, shrink and print it. `describeStep` turns a step into the line
 * a shrunk counterexample shows.
 */

/** What the user does while time passes: types throughout, touches nothing, or glances once at the start. */
export type Activity = 'typing' | 'away' | 'glance';

/**
 * How main answers the scheduler's `busy-check`: at once (a synchronous reader, the hardest case
 * for re-entrancy), late (at the model's next look, often long after the 3 s the offer waits) or
 * never (a silent monitor).
 */
export type BusyAnswers = 'at once' | 'late' | 'never';

export type Step =
  | { readonly t: 'time'; readonly ms: number; readonly activity: Activity }
  | { readonly t: 'edge'; readonly offsetMs: number; readonly activity: Activity }
  | { readonly t: 'input' }
  | { readonly t: 'lock' }
  | { readonly t: 'unlock' }
  | { readonly t: 'suspend' }
  | { readonly t: 'resume' }
  | { readonly t: 'unreported-sleep'; readonly ms: number }
  | { readonly t: 'stall'; readonly ms: number; readonly typing: boolean }
  | { readonly t: 'wall-jump'; readonly ms: number; readonly notify: boolean }
  | { readonly t: 'postpone' }
  | { readonly t: 'skip' }
  | { readonly t: 'pause'; readonly request: number | 'tomorrow' | 'indefinitely' }
  | { readonly t: 'resume-pause' }
  | { readonly t: 'config'; readonly variant: number }
  | { readonly t: 'start-now'; readonly kind: 'breathing' | 'stretch' }
  | { readonly t: 'begin'; readonly durationMs: number }
  | { readonly t: 'complete'; readonly outcome: 'taken' | 'skipped' }
  | { readonly t: 'activity' }
  | { readonly t: 'distrust-idle' }
  | {
      readonly t: 'busy-start';
      readonly reason: BusyReason;
      /** Only a sample sees it (no platform signal when it starts or ends). */
      readonly sampled: boolean;
      readonly answers: BusyAnswers;
    }
  | { readonly t: 'busy-end' };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const activity = fc.constantFrom<Activity>('typing', 'away', 'glance');
/** Mostly seconds to minutes, now and then hours: breaks come due often, nights happen. */
const span = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 15 * MINUTE }) },
  { weight: 3, arbitrary: fc.integer({ min: 15 * MINUTE, max: 90 * MINUTE }) },
  { weight: 1, arbitrary: fc.integer({ min: 90 * MINUTE, max: 14 * HOUR }) },
);

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 30, arbitrary: fc.record({ t: fc.constant('time' as const), ms: span, activity }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('edge' as const),
      offsetMs: fc.integer({ min: -2 * MINUTE, max: 2 * MINUTE }),
      activity,
    }),
  },
  { weight: 5, arbitrary: fc.constant({ t: 'input' as const }) },
  { weight: 4, arbitrary: fc.constant({ t: 'lock' as const }) },
  { weight: 4, arbitrary: fc.constant({ t: 'unlock' as const }) },
  { weight: 3, arbitrary: fc.constant({ t: 'suspend' as const }) },
  { weight: 3, arbitrary: fc.constant({ t: 'resume' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('unreported-sleep' as const),
      ms: fc.integer({ min: MINUTE, max: 10 * HOUR }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('stall' as const),
      ms: fc.integer({ min: 30 * SECOND, max: 5 * MINUTE }),
      typing: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('wall-jump' as const),
      ms: fc.constantFrom(HOUR, -HOUR, -10 * MINUTE, 45 * SECOND, 3 * 24 * HOUR, -24 * HOUR),
      notify: fc.boolean(),
    }),
  },
  { weight: 4, arbitrary: fc.constant({ t: 'postpone' as const }) },
  { weight: 3, arbitrary: fc.constant({ t: 'skip' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('pause' as const),
      request: fc.oneof(
        fc.integer({ min: 1, max: 180 }),
        fc.constantFrom('tomorrow' as const, 'indefinitely' as const),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ t: 'resume-pause' as const }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('config' as const), variant: fc.nat({ max: 7 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('start-now' as const),
      kind: fc.constantFrom('breathing' as const, 'stretch' as const),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('begin' as const),
      durationMs: fc.integer({ min: 10, max: 600 }).map((s) => s * SECOND),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('complete' as const),
      outcome: fc.constantFrom('taken' as const, 'skipped' as const),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ t: 'activity' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'distrust-idle' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('busy-start' as const),
      reason: fc.constantFrom<BusyReason>(
        'presentation',
        'fullscreen',
        'call',
        'do-not-disturb',
        'excluded-app',
      ),
      sampled: fc.boolean(),
      answers: fc.constantFrom<BusyAnswers>('at once', 'at once', 'late', 'never'),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ t: 'busy-end' as const }) },
);

export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 24 * HOUR],
    ['h', HOUR],
    ['m', MINUTE],
    ['s', SECOND],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(`${rest}ms`);
  return sign + parts.join(' ');
}

const ACTIVITY_WORDS: Record<Activity, string> = {
  typing: 'while the user types',
  away: 'with nobody at the keyboard',
  glance: 'after one key press',
};

export function describeStep(step: Step): string {
  switch (step.t) {
    case 'time':
      return `${formatDuration(step.ms)} pass ${ACTIVITY_WORDS[step.activity]}`;
    case 'edge':
      return `time runs to ${formatDuration(step.offsetMs)} around the next working-hours edge ${ACTIVITY_WORDS[step.activity]}`;
    case 'input':
      return 'a key press';
    case 'lock':
      return 'the screen locks';
    case 'unlock':
      return 'the screen unlocks';
    case 'suspend':
      return 'the machine goes to sleep';
    case 'resume':
      return 'the machine wakes up';
    case 'unreported-sleep':
      return `the machine sleeps ${formatDuration(step.ms)} without telling anyone`;
    case 'stall':
      return `the event loop stalls ${formatDuration(step.ms)}${step.typing ? ' while the user types' : ''}`;
    case 'wall-jump':
      return `the wall clock jumps ${formatDuration(step.ms)}${step.notify ? ' (main notices)' : ' (nobody says)'}`;
    case 'postpone':
      return 'postpone';
    case 'skip':
      return 'skip';
    case 'pause':
      return `pause ${typeof step.request === 'number' ? `for ${step.request} min` : step.request === 'tomorrow' ? 'until tomorrow' : 'indefinitely'}`;
    case 'resume-pause':
      return 'resume from the pause';
    case 'config':
      return `settings change to variant ${step.variant}`;
    case 'start-now':
      return `${step.kind === 'breathing' ? 'Breathe' : 'Stretch'} now`;
    case 'begin':
      return `the break window begins a ${formatDuration(step.durationMs)} break`;
    case 'complete':
      return `the break window says ${step.outcome === 'taken' ? 'Done' : 'Skip (Esc)'}`;
    case 'activity':
      return 'a tray click (notifyActivity)';
    case 'distrust-idle':
      return 'the idle time stops being trustworthy (Wayland zeros)';
    case 'busy-start':
      return `busy starts: ${step.reason} (${step.sampled ? 'seen only by sampling' : 'signalled'}; main answers busy checks ${step.answers})`;
    case 'busy-end':
      return 'the busy reasons end';
  }
}
