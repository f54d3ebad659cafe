import { type ReadonlySignal, signal } from '@preact/signals';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { BridgeApi, InvokeChannel, InvokeMap, IpcResult } from '../../../shared/ipc-contract.ts';

type Args<K extends InvokeChannel> = InvokeMap[K]['req'] extends undefined
  ? []
  : [payload: InvokeMap[K]['req']];

export type Tell = <K extends InvokeChannel>(
  channel: K,
  refusalText: MessageKey,
  ...args: Args<K>
) => Promise<IpcResult<InvokeMap[K]['res']>>;

/**
 * The break window tells main what the user does and main answers. A refusal (strict mode, no
 * break any more, a bridge that failed) is never swallowed: it is kept in `refusal` and shown
 * calmly by <MainRefusal>, and the caller gets the answer to act on (stay in the setup, keep the
 * window).
 */
export interface MainAnswers {
  readonly tell: Tell;
  readonly refusal: ReadonlySignal<MessageKey | null>;
}

export function createMainAnswers(bridge: BridgeApi): MainAnswers {
  const refusal = signal<MessageKey | null>(null);
  const tell: Tell = async (channel, refusalText, ...args) => {
    let result: IpcResult<InvokeMap[typeof channel]['res']>;
    try {
      result = await bridge.invoke(channel, ...args);
    } catch (error) {
      result = { ok: false, error: { code: 'failed', message: String(error) } };
    }
    if (!result.ok) refusal.value = refusalText;
    return result;
  };
  return { tell, refusal };
}
