import { planBreakSession } from '../../../shared/break-plan.ts';
import { requirePattern } from '../../../shared/exercises/resolve-pattern.ts';
import type {
  BreakChoice,
  BreakSession,
  InvokeChannel,
  PauseAnswer,
  PushChannel,
  PushMap,
} from '../../../shared/ipc-contract.ts';
import {
  createFakeBridge,
  type FakeBridge,
  type FakeCall,
  type FakeHandlers,
} from '../../support/fake-bridge.ts';
import type { PageFakeHandle, PageFakeOptions } from './page-fake-types.ts';

// Runs inside the page (bundled to an IIFE and added as an init script, before any app code):
// builds the typed fake bridge from plain JSON options and exposes it as window.api.

interface FakeGlobal {
  __fakeOptions?: PageFakeOptions;
  api?: FakeBridge;
  __fake?: PageFakeHandle;
}

const global = globalThis as unknown as FakeGlobal;
const options: PageFakeOptions = global.__fakeOptions ?? {};
const responses: Partial<Record<InvokeChannel, unknown>> = { ...options.responses };

// Channels a break window fires and forgets: answered with null unless a test says otherwise.
const answeredWithNull: ReadonlySet<string> = new Set<InvokeChannel>([
  'break:started',
  'break:resumed',
  'break:complete',
  'break:feeling',
  'break:postpone',
  'break:skip',
  'break:start',
  'window:close',
  'window:open',
  'schedule:pause',
  'schedule:resume',
  'checkin:save',
]);

// The setup's choice is answered the way main answers it: the session, planned for the choice,
// the pattern resolved against the page's settings (so a custom one works as in main).
function planChoice({ patternId, requestedMs }: BreakChoice): BreakSession {
  const session = responses['break:session'] as BreakSession;
  const plan = planBreakSession({ requestedMs }, requirePattern(bridge.settings(), patternId));
  return { ...session, patternId, durationMs: plan.totalMs, plan };
}

// A pause is answered as main answers it: how long main keeps the paused break (here the whole
// break plus main's ten-minute pause allowance, the most it can be).
function pauseAnswer(): PauseAnswer {
  const session = responses['break:session'] as BreakSession | null | undefined;
  return { endsInMs: (session?.durationMs ?? 0) + 10 * 60_000 };
}

// Looked up on every call, so `setResponse` changes an answer while the page runs.
const handlers = new Proxy({} as FakeHandlers, {
  get(_target, key) {
    if (typeof key !== 'string') return undefined;
    if (Object.hasOwn(responses, key)) return () => responses[key as InvokeChannel];
    if (key === 'break:choose') return planChoice;
    if (key === 'break:paused') return pauseAnswer;
    return answeredWithNull.has(key) ? () => null : undefined;
  },
});

const bridge = createFakeBridge({
  ...(options.settings ? { settings: options.settings } : {}),
  ...(options.appInfo ? { appInfo: options.appInfo } : {}),
  handlers,
});

global.api = bridge;
global.__fake = {
  calls: (): FakeCall[] => bridge.calls.map((call) => ({ channel: call.channel, payload: call.payload })),
  callsTo: (channel: InvokeChannel) => bridge.callsTo(channel),
  emit: <K extends PushChannel>(channel: K, payload: PushMap[K]) => bridge.emit(channel, payload),
  setResponse: (channel: InvokeChannel, value: unknown) => {
    responses[channel] = value;
  },
  settings: () => bridge.settings(),
};
