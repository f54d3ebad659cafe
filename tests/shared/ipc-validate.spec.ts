import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../shared/ipc-contract.ts';
import {
  checkPlainData,
  invokeValidators,
  PAYLOAD_LIMITS,
  validateBreakChoice,
  validateBreakCompletion,
  validateBreakStart,
  validateCheckin,
  validateInvokePayload,
  validatePauseRequest,
  validateSettingsPatch,
  validateStatsQuery,
  validateWindowOpen,
} from '../../shared/ipc-validate.ts';

const allFive = {
  'deep-breath-hard': 0,
  'belly-back-pressure': 1,
  'tired-despite-rest': 2,
  'breath-high': 0,
  'short-of-breath': 1,
};

describe('ipc payload validators', () => {
  it('exist for every invoke channel of the contract', () => {
    expect(Object.keys(invokeValidators).sort()).toEqual([...invokeChannels].sort());
  });

  it('accept nothing but undefined on channels without a payload', () => {
    expect(validateInvokePayload('settings:get', undefined).ok).toBe(true);
    for (const payload of [null, 0, '', {}, [], false]) {
      const result = validateInvokePayload('break:postpone', payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    }
  });

  it('accept a valid break start and refuse unknown kinds, patterns, lengths and extra keys', () => {
    expect(validateBreakStart({ kind: 'breathing' }).ok).toBe(true);
    expect(validateBreakStart({ kind: 'stretch', durationSeconds: 300 }).ok).toBe(true);
    expect(validateBreakStart({ kind: 'breathing', patternId: 'box' }).ok).toBe(true);
    expect(validateBreakStart({ kind: 'nap' }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', patternId: 'Fast!' }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', patternId: 'x'.repeat(33) }).ok).toBe(false);
    // Spelled like a custom pattern's id: whether it exists is checked against the settings (unknownPatternError).
    expect(validateBreakStart({ kind: 'breathing', patternId: 'evening' }).ok).toBe(true);
    expect(validateBreakStart({ kind: 'breathing', durationSeconds: 9 }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', durationSeconds: 3601 }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', durationSeconds: 30.5 }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', extra: 1 }).ok).toBe(false);
  });

  it('accept a setup choice: a known pattern and a whole asked-for time of 10 s to an hour', () => {
    expect(validateBreakChoice({ patternId: 'box', requestedMs: 300_000 })).toEqual({
      ok: true,
      value: { patternId: 'box', requestedMs: 300_000 },
    });
    expect(validateBreakChoice({ patternId: 'belly', requestedMs: 10_000 }).ok).toBe(true);
    expect(validateBreakChoice({ patternId: 'belly', requestedMs: 3_600_000 }).ok).toBe(true);
    expect(validateInvokePayload('break:choose', { patternId: 'belly', requestedMs: 60_000 }).ok).toBe(true);
    for (const payload of [
      { patternId: 'box', requestedMs: 9_999 },
      { patternId: 'box', requestedMs: 3_600_001 },
      { patternId: 'box', requestedMs: 60_000.5 },
      { patternId: 'box', requestedMs: Number.NaN },
      { patternId: 'box', requestedMs: '60000' },
      { patternId: 'box', requestedMs: -60_000 },
      { patternId: 'box' },
      { requestedMs: 60_000 },
      { requestedMs: 60_000, patternId: 'not a pattern' },
      { requestedMs: 60_000, patternId: null },
      { requestedMs: 60_000, patternId: 'box', kind: 'breathing' },
      { durationMs: 60_000, patternId: 'box' },
      [],
      null,
      undefined,
    ]) {
      const result = validateBreakChoice(payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    }
  });

  it('take no payload with the intents started, paused and resumed', () => {
    for (const channel of ['break:started', 'break:paused', 'break:resumed'] as const) {
      expect(validateInvokePayload(channel, undefined).ok).toBe(true);
      expect(validateInvokePayload(channel, { durationMs: 60_000 }).ok).toBe(false);
    }
  });

  it('check completions: outcome and a finite, bounded number of breathed seconds', () => {
    expect(validateBreakCompletion({ outcome: 'taken', breathedSeconds: 58.4 }).ok).toBe(true);
    expect(validateBreakCompletion({ outcome: 'skipped', breathedSeconds: 0 }).ok).toBe(true);
    expect(validateBreakCompletion({ outcome: 'natural', breathedSeconds: 0 }).ok).toBe(false);
    expect(validateBreakCompletion({ outcome: 'taken', breathedSeconds: -1 }).ok).toBe(false);
    expect(validateBreakCompletion({ outcome: 'taken', breathedSeconds: Number.NaN }).ok).toBe(false);
    expect(validateBreakCompletion({ outcome: 'taken', breathedSeconds: 3601 }).ok).toBe(false);
    expect(validateBreakCompletion({ outcome: 'taken' }).ok).toBe(false);
  });

  it('take pauses as minutes or a named end, never both or neither', () => {
    expect(validatePauseRequest({ minutes: 30 }).ok).toBe(true);
    expect(validatePauseRequest({ until: 'tomorrow' }).ok).toBe(true);
    expect(validatePauseRequest({ until: 'indefinitely' }).ok).toBe(true);
    expect(validatePauseRequest({ minutes: 0 }).ok).toBe(false);
    expect(validatePauseRequest({ minutes: 30, until: 'tomorrow' }).ok).toBe(false);
    expect(validatePauseRequest({ until: 'never' }).ok).toBe(false);
    expect(validatePauseRequest({}).ok).toBe(false);
  });

  it('take statistics ranges of 1 to 400 whole days', () => {
    expect(validateStatsQuery({ days: 14 }).ok).toBe(true);
    expect(validateStatsQuery({ days: 400 }).ok).toBe(true);
    expect(validateStatsQuery({ days: 401 }).ok).toBe(false);
    expect(validateStatsQuery({ days: '14' }).ok).toBe(false);
  });

  it('require all five check-in signals with a level of 0, 1 or 2', () => {
    expect(validateCheckin({ answers: allFive }).ok).toBe(true);
    expect(validateCheckin({ answers: { ...allFive, 'breath-high': 3 } }).ok).toBe(false);
    const { 'breath-high': _dropped, ...four } = allFive;
    expect(validateCheckin({ answers: four }).ok).toBe(false);
    expect(validateCheckin({ answers: { ...allFive, extra: 1 } }).ok).toBe(false);
  });

  it('open only known app routes', () => {
    expect(validateWindowOpen({ route: 'statistics' }).ok).toBe(true);
    expect(validateWindowOpen({ route: '../../etc' }).ok).toBe(false);
  });

  it('refuse prototype-pollution keys wherever they sit', () => {
    const polluted = JSON.parse('{"__proto__": {"polluted": true}, "kind": "breathing"}') as unknown;
    expect(validateBreakStart(polluted).ok).toBe(false);
    expect(validateSettingsPatch(JSON.parse('{"breathing": {"constructor": {"prototype": {}}}}')).ok).toBe(
      false,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bound settings patches in depth, key count and text length', () => {
    let deep: unknown = 1;
    for (let i = 0; i <= PAYLOAD_LIMITS.maxDepth + 1; i += 1) deep = { a: deep };
    expect(checkPlainData(deep)).toMatch(/nested/);
    expect(checkPlainData({ a: 'x'.repeat(PAYLOAD_LIMITS.maxStringLength + 1) })).toMatch(/too long/);
    const many = Object.fromEntries(
      Array.from({ length: PAYLOAD_LIMITS.maxKeys + 1 }, (_, i) => [`k${i}`, i]),
    );
    expect(checkPlainData(many)).toMatch(/too many keys/);
    expect(validateSettingsPatch({ language: 'nl', breathing: { intervalMinutes: 20 } }).ok).toBe(true);
    expect(validateSettingsPatch(new Date()).ok).toBe(false);
    expect(validateSettingsPatch({ when: new Date() }).ok).toBe(false);
  });
});
