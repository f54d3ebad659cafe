import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel, InvokeMap, IpcError, IpcResult } from '../../shared/ipc-contract.ts';
import { validateInvokePayload } from '../../shared/ipc-validate.ts';
import type { Logger } from '../logger.ts';

/**
 * The only place main listens to renderers. Every call is checked twice before a handler runs:
 * the sender must be one of our own windows showing our own bundle, and the payload must pass
 * the channel's validator. Handlers answer with an `IpcResult`; anything they throw becomes a
 * `failed` error value, so nothing is thrown across the boundary and the renderer never sees a
 * stack trace.
 */

export type InvokeRequest<K extends InvokeChannel> = InvokeMap[K]['req'];
export type InvokeResponse<K extends InvokeChannel> = InvokeMap[K]['res'];

export interface InvokeContext {
  readonly event: IpcMainInvokeEvent;
}

export type InvokeHandler<K extends InvokeChannel> = (
  payload: InvokeRequest<K>,
  context: InvokeContext,
) => IpcResult<InvokeResponse<K>> | Promise<IpcResult<InvokeResponse<K>>>;

export interface IpcGatewayDeps {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  readonly isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  readonly log: Logger;
}

export interface IpcGateway {
  handle<K extends InvokeChannel>(channel: K, handler: InvokeHandler<K>): void;
  /** Channels that currently have a handler. */
  channels(): readonly InvokeChannel[];
  dispose(): void;
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string, fields?: IpcError['fields']): IpcResult<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

export const FORBIDDEN_SENDER: IpcResult<never> = fail('forbidden', 'This window may not use this channel.');

export function createIpcGateway(deps: IpcGatewayDeps): IpcGateway {
  const registered = new Set<InvokeChannel>();

  function handle<K extends InvokeChannel>(channel: K, handler: InvokeHandler<K>): void {
    // Removing first makes setup idempotent: Electron throws on a second handler for a channel.
    deps.ipcMain.removeHandler(channel);
    registered.add(channel);
    deps.ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcResult<InvokeResponse<K>>> => {
      // Everything runs inside the try: the sender check reads getters of a frame that may be
      // disposed by now (its `url` then throws), and a validator must not be able to throw either.
      try {
        if (!deps.isTrustedSender(event)) {
          deps.log.warn(`ipc: refused ${channel} from an unknown sender`);
          return FORBIDDEN_SENDER;
        }
        if (args.length > 1) return fail('invalid-payload', 'this channel takes at most one payload');
        const checked = validateInvokePayload(channel, args[0]);
        if (!checked.ok) return { ok: false, error: checked.error };
        return await handler(checked.value, { event });
      } catch (error) {
        deps.log.error(`ipc: ${channel} failed`, error);
        return fail('failed', 'Something went wrong. Please try again.');
      }
    });
  }

  return {
    handle,
    channels: () => [...registered],
    dispose() {
      for (const channel of registered) deps.ipcMain.removeHandler(channel);
      registered.clear();
    },
  };
}
