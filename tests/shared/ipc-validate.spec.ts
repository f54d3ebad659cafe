import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../shared/ipc-contract.ts';
import {
  checkPlainData,
  invokeValidators,
  PAYLOAD_LIMITS,
  validateBreakBegin,
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
    expect(validateBreakStart({ kind: 'breathing', patternId: 'fast' }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', durationSeconds: 9 }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', durationSeconds: 3601 }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', durationSeconds: 30.5 }).ok).toBe(false);
    expect(validateBreakStart({ kind: 'breathing', extra: 1 }).ok).toBe(false);
  });

  it('accept a break begin with a whole length of 10 s to an hour and an optional known pattern', () => {
    expect(validateBreakBegin({ durationMs: 303_000, patternId: 'box' })).toEqual({
      ok: true,
      value: { durationMs: 303_000, patternId: 'box' },
    });
    expect(validateBreakBegin({ durationMs: 10_000 }).ok).toBe(true);
    expect(validateBreakBegin({ durationMs: 3_600_000 }).ok).toBe(true);
    expect(validateInvokePayload('break:begin', { durationMs: 63_000, patternId: 'belly' }).ok).toBe(true);
    for (const payload of [
      { durationMs: 9_999 },
      { durationMs: 3_600_001 },
      { durationMs: 60_000.5 },
      { durationMs: Number.NaN },
      { durationMs: '60000' },
      { durationMs: -60_000 },
      { patternId: 'box' },
      { durationMs: 60_000, patternId: 'fast' },
      { durationMs: 60_000, patternId: null },
      { durationMs: 60_000, kind: 'breathing' },
      { durationSeconds: 60 },
      JSON.parse('{"durationMs": 60000, "__proto__": {"x": 1}}'),
      [60_000],
      60_000,
      null,
      undefined,
    ]) {
      const result = validateBreakBegin(payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    }
  });

  it('check completions: outcome and a finite, bounded number of breathed seconds', () => {
    expect(validateBreakCompletion({ outcome: 'taken', breathedSeconds: 58.4 }).ok).toBe(true);
    expect(validateBreakCompletion({ outcome: 'skipped', breathedSeconds: 0 }).ok).toBe(true);
    expect(validateBreakCompletion({ outcome: 'natural', breathedSeconds: 0 }).ok).toBe(false);
    expect(validateBreakCompletion({ outcome: 'taken', breathedSeconds: -1 }).ok).toBe(false);
    expect(validateBreakCompletion({ outcome: 'taken', breathedSeconds: Number.NaN }).ok).toBe(false);
    expect(validateBreakCompletion({ outcome: 'taken', breathedSeconds: 7201 }).ok).toBe(false);
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
