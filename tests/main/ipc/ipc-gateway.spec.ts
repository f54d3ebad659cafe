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
