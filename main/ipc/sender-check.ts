import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../app-protocol.ts';

/**
 * Accepts an IPC call only from the main frame of one of our windows while it shows our bundle.
 * A sub-frame, a navigated-away page or a window we did not create is refused even if it somehow
 * got the preload.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  ourWebContents: () => Iterable<Pick<WebContents, 'id'>>,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isAppUrl(frame.url)) return false;
  for (const contents of ourWebContents()) if (contents === event.sender) return true;
  return false;
}

export function isAppUrl(url: string): boolean {
  try {
    // Custom schemes have an opaque origin in WHATWG URL, so compare scheme and host instead.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
