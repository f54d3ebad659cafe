import { describe, expect, it } from 'vitest';
import { fadeMs, withGentleClose } from '../../../renderer/lib/gentle-close.ts';
import type { BridgeApi } from '../../../shared/ipc-contract.ts';
import { WINDOW_FADE_MS } from '../../../shared/window-fade.ts';

function fakeApi(answer: { ok: boolean }) {
  const calls: string[] = [];
  const api = {
    invoke: (channel: string) => {
      calls.push(channel);
      return Promise.resolve(
        answer.ok ? { ok: true, value: null } : { ok: false, error: { code: 'refused', message: 'no' } },
      );
    },
    on: () => () => undefined,
  } as unknown as BridgeApi;
  return { api, calls };
}

function rootWithFade(fade: string): HTMLElement {
  const root = document.createElement('div');
  root.style.setProperty('--fade', fade);
  document.body.append(root);
  return root;
}

describe('gentle close', () => {
  it('reads the --fade token in ms or s, and 0 when it is missing or odd', () => {
    expect(fadeMs(rootWithFade('360ms'))).toBe(360);
    expect(fadeMs(rootWithFade('0.2s'))).toBe(200);
    // The built CSS is minified: 360ms arrives as .36s.
    expect(fadeMs(rootWithFade('.36s'))).toBe(360);
    expect(fadeMs(rootWithFade('0ms'))).toBe(0);
    expect(fadeMs(rootWithFade('soon'))).toBe(0);
  });

  it('fades the page out before asking main to close the window', async () => {
    const { api, calls } = fakeApi({ ok: true });
    const root = rootWithFade('360ms');
    let release = () => {};
    const waited: number[] = [];
    const bridge = withGentleClose(api, root, (ms) => {
      waited.push(ms);
      return new Promise((resolve) => {
        release = resolve;
      });
    });
    const closing = bridge.invoke('window:close');
    expect(root.dataset.leaving).toBe('true');
    expect(waited).toEqual([360]);
    expect(calls).toEqual([]);
    release();
    await closing;
    expect(calls).toEqual(['window:close']);
  });

  it('comes back when main refuses, and closes at once with reduced motion (fade 0)', async () => {
    const refused = fakeApi({ ok: false });
    const root = rootWithFade('360ms');
    const result = await withGentleClose(refused.api, root, () => Promise.resolve()).invoke('window:close');
    expect(result.ok).toBe(false);
    expect(root.dataset.leaving).toBeUndefined();

    const still = fakeApi({ ok: true });
    const calm = rootWithFade('0ms');
    const waits: number[] = [];
    await withGentleClose(still.api, calm, (ms) => {
      waits.push(ms);
      return Promise.resolve();
    }).invoke('window:close');
    expect(waits).toEqual([]);
    expect(calm.dataset.leaving).toBeUndefined();
    expect(still.calls).toEqual(['window:close']);
  });

  it('passes every other channel straight through, without fading', async () => {
    const { api, calls } = fakeApi({ ok: true });
    const root = rootWithFade('360ms');
    await withGentleClose(api, root, () => Promise.reject(new Error('must not wait'))).invoke('break:skip');
    expect(calls).toEqual(['break:skip']);
    expect(root.dataset.leaving).toBeUndefined();
  });
});

/** An API whose pushes the test sends, as main would. */
function pushingApi(answer: { ok: boolean } = { ok: true }) {
  const listeners = new Map<string, ((payload: unknown) => void)[]>();
  const calls: string[] = [];
  const api = {
    invoke: (channel: string) => {
      calls.push(channel);
      return Promise.resolve(
        answer.ok ? { ok: true, value: null } : { ok: false, error: { code: 'forbidden', message: 'no' } },
      );
    },
    on: (channel: string, listener: (payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return () => undefined;
    },
  } as unknown as BridgeApi;
  const push = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  return { api, calls, push };
}

describe('main closing the window (window:closing)', () => {
  it('fades the page out as its own close does and makes it inert, asking main nothing', () => {
    const { api, calls, push } = pushingApi();
    const root = rootWithFade('360ms');
    withGentleClose(api, root, () => Promise.reject(new Error('must not wait')));
    expect(root.dataset.leaving).toBeUndefined();
    push('window:closing', { fadeMs: WINDOW_FADE_MS });
    expect(root.dataset.leaving).toBe('true');
    expect(root.hasAttribute('inert')).toBe(true);
    expect(fadeMs(root)).toBe(360);
    expect(calls).toEqual([]);
  });

  it('never fades longer than main waits', () => {
    const { api, push } = pushingApi();
    const root = rootWithFade('360ms');
    withGentleClose(api, root);
    push('window:closing', { fadeMs: 200 });
    expect(root.dataset.leaving).toBe('true');
    expect(fadeMs(root)).toBe(200);
  });

  it('with reduced motion (fade 0) the page goes at once, with no fade', () => {
    const { api, push } = pushingApi();
    const root = rootWithFade('0ms');
    withGentleClose(api, root);
    push('window:closing', { fadeMs: WINDOW_FADE_MS });
    expect(root.dataset.leaving).toBe('true');
    expect(fadeMs(root)).toBe(0);
  });

  it('ignores a payload that is not what main sends', () => {
    const { api, push } = pushingApi();
    const root = rootWithFade('360ms');
    withGentleClose(api, root);
    for (const payload of [undefined, { fadeMs: -5 }, { fadeMs: 360, more: 1 }, 'now']) {
      push('window:closing', payload);
    }
    expect(root.dataset.leaving).toBeUndefined();
    expect(root.hasAttribute('inert')).toBe(false);
  });

  it('a close of its own that main refuses because main is closing the window does not bring the page back', async () => {
    const { api, push } = pushingApi({ ok: false });
    const root = rootWithFade('360ms');
    let release = () => {};
    const bridge = withGentleClose(
      api,
      root,
      () =>
        new Promise((resolve) => {
          release = resolve;
        }),
    );
    const closing = bridge.invoke('window:close');
    push('window:closing', { fadeMs: WINDOW_FADE_MS });
    release();
    expect((await closing).ok).toBe(false);
    expect(root.dataset.leaving).toBe('true');
  });
});
