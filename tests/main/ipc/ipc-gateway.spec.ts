import { describe, expect, it } from 'vitest';
import { createIpcGateway, fail, ok } from '../../../main/ipc/ipc-gateway.ts';
import { isTrustedSender } from '../../../main/ipc/sender-check.ts';
import { createMemoryLogger } from '../../../main/logger.ts';
import { FakeWebContents, ipcMain, resetFakeElectron } from '../fakes/fake-electron.ts';

function gateway(trusted: (event: Electron.IpcMainInvokeEvent) => boolean) {
  resetFakeElectron();
  const log = createMemoryLogger();
  return { gw: createIpcGateway({ ipcMain, isTrustedSender: trusted, log }), log };
}

describe('ipc gateway', () => {
  it('runs the handler only for a trusted sender and a valid payload', async () => {
    const own = new FakeWebContents();
    const { gw } = gateway((event) => event.sender === (own as unknown as Electron.WebContents));
    let calls = 0;
    gw.handle('stats:days', ({ days }) => {
      calls += 1;
      return ok([{ days }] as never);
    });
    expect(await ipcMain.invoke('stats:days', own.invokeEvent(), { days: 3 })).toEqual({
      ok: true,
      value: [{ days: 3 }],
    });
    expect(
      await ipcMain.invoke('stats:days', new FakeWebContents().invokeEvent(), { days: 3 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await ipcMain.invoke('stats:days', own.invokeEvent(), { days: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(calls).toBe(1);
  });

  it('turns a throwing handler into a "failed" value without leaking its message', async () => {
    const own = new FakeWebContents();
    const { gw, log } = gateway(() => true);
    gw.handle('app:info', () => {
      throw new Error('secret path /home/ann');
    });
    const result = await ipcMain.invoke('app:info', own.invokeEvent());
    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: expect.not.stringContaining('secret') },
    });
    expect(log.lines.some((line) => line.includes('app:info failed'))).toBe(true);
  });

  // Electron: a frame that navigated or was destroyed before the call is handled has a disposed
  // WebFrameMain, whose `url` getter throws ("Render frame was disposed before WebFrameMain could
  // be accessed"; WebFrameMain::CheckRenderFrame, see electron/electron#52309). The real sender
  // check reads it.
  it('answers a call from a disposed frame with "failed", never a rejected invoke', async () => {
    const own = new FakeWebContents();
    const { gw, log } = gateway((event) =>
      isTrustedSender(event, () => [own as unknown as Electron.WebContents]),
    );
    let calls = 0;
    gw.handle('app:info', () => {
      calls += 1;
      return ok({} as never);
    });
    const disposedFrame = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const event = { sender: own, senderFrame: disposedFrame } as unknown as Electron.IpcMainInvokeEvent;
    await expect(ipcMain.invoke('app:info', event)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'Something went wrong. Please try again.' },
    });
    expect(calls).toBe(0);
    expect(log.lines).toEqual(['error ipc: app:info failed']);
  });

  it('answers with "failed" when a sender check itself throws', async () => {
    const { gw } = gateway(() => {
      throw new TypeError('Object has been destroyed');
    });
    gw.handle('settings:get', () => ok({} as never));
    await expect(ipcMain.invoke('settings:get', new FakeWebContents().invokeEvent())).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
  });

  it('registers idempotently and removes every handler on dispose', () => {
    const { gw } = gateway(() => true);
    gw.handle('settings:get', () => ok({} as never));
    gw.handle('settings:get', () => fail('failed', 'x'));
    expect(gw.channels()).toEqual(['settings:get']);
    gw.dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('sender check', () => {
  const own = new FakeWebContents();
  const ours = () => [own as unknown as Electron.WebContents];
  const event = (sender: FakeWebContents, url: string, parent: unknown = null) =>
    ({ sender, senderFrame: { url, parent } }) as unknown as Electron.IpcMainInvokeEvent;

  it('accepts the main frame of our window showing our bundle', () => {
    expect(isTrustedSender(event(own, 'app://bundle/index.html#/preferences'), ours)).toBe(true);
  });

  it.each([
    ['another web contents', event(new FakeWebContents(), 'app://bundle/index.html')],
    ['a remote page', event(own, 'https://example.com/')],
    ['a look-alike host', event(own, 'app://bundle.evil/index.html')],
    ['a file URL', event(own, 'file:///app/out/renderer/index.html')],
    ['a sub-frame', event(own, 'app://bundle/index.html', {})],
    ['no frame', { sender: own, senderFrame: null } as unknown as Electron.IpcMainInvokeEvent],
  ])('refuses %s', (_name, e) => {
    expect(isTrustedSender(e, ours)).toBe(false);
  });
});
