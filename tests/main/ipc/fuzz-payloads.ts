import type { InvokeChannel, InvokeMap } from '../../../shared/ipc-contract.ts';

/**
 * Payload generators shared by the IPC fuzz suites: main's gateway (ipc-fuzz.spec.ts) and the
 * preload boundary (preload-fuzz.spec.ts) corrupt the same valid examples the same way, so both
 * doors are tested against one notion of "wrong".
 */

/** One valid payload per channel: the fuzzer corrupts these so shapes stay close to real ones. */
export const validExamples: { readonly [K in InvokeChannel]: InvokeMap[K]['req'] } = {
  'settings:get': undefined,
  'settings:update': { language: 'nl' },
  'settings:reset': undefined,
  'scheduler:get': undefined,
  'break:session': undefined,
  'break:start': { kind: 'breathing', patternId: 'box' },
  'break:choose': { patternId: 'box', requestedMs: 300_000 },
  'break:started': undefined,
  'break:paused': undefined,
  'break:resumed': undefined,
  'break:complete': { outcome: 'taken', breathedSeconds: 60 },
  'break:feeling': { feeling: 'calmer' },
  'break:postpone': undefined,
  'break:skip': undefined,
  'schedule:pause': { minutes: 30 },
  'schedule:resume': undefined,
  'stats:days': { days: 14 },
  'stats:export-csv': undefined,
  'checkin:save': {
    answers: {
      'deep-breath-hard': 0,
      'belly-back-pressure': 1,
      'tired-despite-rest': 2,
      'breath-high': 0,
      'short-of-breath': 1,
    },
  },
  'window:open': { route: 'statistics' },
  'window:close': undefined,
  'app:info': undefined,
  'autostart:get': undefined,
};

export const HUGE = 'x'.repeat(300_000);
const pollutionKeys = ['__proto__', 'constructor', 'prototype'];

export function deep(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/** A payload that is wrong for the channel by construction (never `undefined`, never valid). */
export function badPayload(channel: InvokeChannel, random: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const example = validExamples[channel];
  const wrongValue = () =>
    pick<unknown>([
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      1e308,
      1e6 + random(),
      '',
      HUGE,
      'breathing\u0000',
      true,
      null,
      [],
      [1, 2, 3],
      {},
      deep(60, 'x'),
      new Date(0),
      new Map([['a', 1]]),
      JSON.parse('{"__proto__": {"polluted": true}}'),
    ]);
  const strategy = Math.floor(random() * 7);
  if (example === undefined || strategy === 0) {
    // An empty object is a valid (empty) settings patch, so it is only wrong for the other channels.
    const empty = channel === 'settings:update' ? [] : [{}];
    return pick<unknown>([
      0,
      1,
      -1,
      Number.NaN,
      '',
      HUGE,
      'settings:get',
      true,
      false,
      null,
      [],
      [example],
      ...empty,
      deep(80, 1),
    ]);
  }
  const base = JSON.parse(JSON.stringify(example)) as Record<string, unknown>;
  if (strategy === 1) {
    // Prototype-pollution key beside otherwise valid fields, as JSON.parse would deliver it.
    const key = pick(pollutionKeys);
    return JSON.parse(`{"${key}": {"polluted": true}, ${JSON.stringify(base).slice(1)}`);
  }
  if (strategy === 2) return { ...base, [`extra${Math.floor(random() * 1e6)}`]: wrongValue() };
  if (strategy === 3) {
    const key = pick(Object.keys(base));
    return { ...base, [key]: wrongValue() };
  }
  if (strategy === 4) return deep(10 + Math.floor(random() * 200), base);
  if (strategy === 5) return { ...base, nested: deep(20, { __proto__: null, constructor: HUGE }) };
  // Drop a required field (settings:update has none: nest it into something invalid instead).
  const keys = Object.keys(base);
  if (channel === 'settings:update') return { [keys[0] ?? 'language']: HUGE };
  // patternId is optional on break:start; dropping it would leave a valid request.
  const required = channel === 'break:start' ? ['kind'] : keys;
  const { [pick(required)]: _dropped, ...rest } = base;
  return rest;
}
