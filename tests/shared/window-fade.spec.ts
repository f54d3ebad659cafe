import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushChannels } from '../../shared/ipc-contract.ts';
import * as ipcValidate from '../../shared/ipc-validate.ts';
import {
  effectiveReducedMotion,
  MAX_CLOSING_FADE_MS,
  validateWindowClosing,
  WINDOW_FADE_MS,
} from '../../shared/window-fade.ts';

describe('the window fade main waits for', () => {
  it("is the pages' own --fade (tokens.css), so main never destroys a window mid-fade or waits past it", async () => {
    const css = await readFile(
      join(import.meta.dirname, '..', '..', 'renderer', 'styles', 'tokens.css'),
      'utf8',
    );
    const fade = /:root\s*\{[^}]*--fade:\s*(\d+)ms/.exec(css)?.[1];
    expect(Number(fade)).toBe(WINDOW_FADE_MS);
  });

  it('is reduced by the setting, and by the system only when the setting is system', () => {
    expect(effectiveReducedMotion('reduce', false)).toBe(true);
    expect(effectiveReducedMotion('full', true)).toBe(false);
    expect(effectiveReducedMotion('system', true)).toBe(true);
    expect(effectiveReducedMotion('system', false)).toBe(false);
    expect(effectiveReducedMotion(undefined, true)).toBe(true);
  });
});

describe('the window:closing push', () => {
  it('is a push channel of the contract, and its validator is among the IPC validators', () => {
    expect(pushChannels).toContain('window:closing');
    expect(ipcValidate.validateWindowClosing).toBe(validateWindowClosing);
  });

  it('accepts exactly { fadeMs } with a whole number of milliseconds in range', () => {
    expect(validateWindowClosing({ fadeMs: WINDOW_FADE_MS })).toEqual({
      ok: true,
      value: { fadeMs: WINDOW_FADE_MS },
    });
    expect(validateWindowClosing({ fadeMs: 0 }).ok).toBe(true);
    expect(validateWindowClosing({ fadeMs: MAX_CLOSING_FADE_MS }).ok).toBe(true);
    for (const payload of [
      undefined,
      null,
      360,
      [360],
      {},
      { fadeMs: -1 },
      { fadeMs: 1.5 },
      { fadeMs: MAX_CLOSING_FADE_MS + 1 },
      { fadeMs: '360' },
      { fadeMs: Number.NaN },
      { fadeMs: 360, extra: true },
      Object.assign(Object.create({ inherited: 1 }), { fadeMs: 360 }),
    ]) {
      expect(validateWindowClosing(payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
  });
});
