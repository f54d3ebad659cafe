import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../main/windows/web-contents-guards.ts';

describe('web contents guards', () => {
  it('deny new windows and prevent navigation, redirects and webviews', () => {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: null as null | ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse),
      setWindowOpenHandler(
        handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse,
      ) {
        this.openHandler = handler;
      },
    });
    hardenWebContents(contents as unknown as Electron.WebContents);
    expect(contents.openHandler?.({ url: 'https://example.com' } as Electron.HandlerDetails)).toEqual({
      action: 'deny',
    });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) }, 'https://example.com');
      expect(prevented, event).toBe(true);
    }
  });

  it('deny every permission request and check', () => {
    let request: ((...args: never[]) => void) | null = null;
    let check: ((...args: never[]) => boolean) | null = null;
    hardenSession({
      setPermissionRequestHandler: (handler) => {
        request = handler as never;
      },
      setPermissionCheckHandler: (handler) => {
        check = handler as never;
      },
    });
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      (request as unknown as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
        null,
        permission,
        (ok) => answers.push(ok),
      );
    }
    expect(answers).toEqual([false, false, false, false]);
    expect((check as unknown as (...args: unknown[]) => boolean)(null, 'media')).toBe(false);
  });
});
