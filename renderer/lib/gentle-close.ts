import type { BridgeApi } from '../../shared/ipc-contract.ts';
import { validateWindowClosing } from '../../shared/window-fade.ts';

/** The `--fade` token in milliseconds: 360 normally, 0 with reduced motion (tokens.css). */
export function fadeMs(root: HTMLElement): number {
  const value = getComputedStyle(root).getPropertyValue('--fade').trim();
  const match = /^(\d*\.?\d+)(ms|s)$/.exec(value);
  if (!match) return 0;
  const amount = Number(match[1]);
  return match[2] === 's' ? amount * 1000 : amount;
}

/**
 * Main is closing the window (`window:closing`): the page fades out as it does for its own close,
 * never longer than main waits (`fadeMs`), and takes no more input (inert). With reduced motion
 * `--fade` is 0, so it goes at once. A payload that is not main's is ignored.
 */
export function leaveForMain(root: HTMLElement, payload: unknown): boolean {
  const checked = validateWindowClosing(payload);
  if (!checked.ok) return false;
  const ms = Math.min(fadeMs(root), checked.value.fadeMs);
  if (ms < fadeMs(root)) root.style.setProperty('--fade', `${ms}ms`);
  root.setAttribute('inert', '');
  root.dataset.leaving = 'true';
  return true;
}

/**
 * The window's own "close" fades the page out first (tokens.css: `[data-leaving]`), then asks
 * main to close it; with reduced motion the fade is 0 and it closes at once. If main refuses,
 * the page comes back, unless main is closing the window itself by then (`window:closing`,
 * `leaveForMain`). Every other call passes straight through.
 */
export function withGentleClose(
  api: BridgeApi,
  root: HTMLElement,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): BridgeApi {
  let closedByMain = false;
  api.on('window:closing', (payload) => {
    if (leaveForMain(root, payload)) closedByMain = true;
  });
  const invoke: BridgeApi['invoke'] = (channel, ...args) => {
    const ms = channel === 'window:close' ? fadeMs(root) : 0;
    if (ms <= 0) return api.invoke(channel, ...args);
    root.dataset.leaving = 'true';
    return wait(ms)
      .then(() => api.invoke(channel, ...args))
      .then(
        (result) => {
          if (!result.ok && !closedByMain) delete root.dataset.leaving;
          return result;
        },
        (error: unknown) => {
          if (!closedByMain) delete root.dataset.leaving;
          throw error;
        },
      );
  };
  return { invoke, on: (channel, listener) => api.on(channel, listener) };
}
