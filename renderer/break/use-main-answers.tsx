import { useState } from 'preact/hooks';
import type { MessageKey } from '../../shared/i18n/index.ts';
import type { BridgeApi, InvokeChannel, InvokeMap, IpcResult } from '../../shared/ipc-contract.ts';
import { useBridge } from '../lib/bridge.ts';
import { useT } from '../lib/i18n.ts';

type Args<K extends InvokeChannel> = InvokeMap[K]['req'] extends undefined
  ? []
  : [payload: InvokeMap[K]['req']];

/**
 * The break window tells main what the user does and main answers. A refusal (strict mode, no
 * break any more, a bridge that failed) is never swallowed: it is kept here and shown calmly by
 * <MainRefusal>, and the caller gets the answer to act on (stay in the setup, keep the window).
 */
export function useMainAnswers(): {
  readonly tell: <K extends InvokeChannel>(
    channel: K,
    refusalText: MessageKey,
    ...args: Args<K>
  ) => Promise<IpcResult<InvokeMap[K]['res']>>;
  readonly refusal: MessageKey | null;
} {
  const bridge: BridgeApi = useBridge();
  const [refusal, setRefusal] = useState<MessageKey | null>(null);
  const tell = async <K extends InvokeChannel>(channel: K, refusalText: MessageKey, ...args: Args<K>) => {
    let result: IpcResult<InvokeMap[K]['res']>;
    try {
      result = await bridge.invoke(channel, ...args);
    } catch (error) {
      result = { ok: false, error: { code: 'failed', message: String(error) } };
    }
    if (!result.ok) setRefusal(refusalText);
    return result;
  };
  return { tell, refusal };
}

/** A refusal from main, said once and quietly: the break itself carries on as main keeps it. */
export function MainRefusal({
  text,
  testId = 'refusal',
}: {
  readonly text: MessageKey | null;
  readonly testId?: string;
}) {
  const t = useT();
  return (
    <p class="break-refusal" role="status" data-testid={testId}>
      {text === null ? '' : t(text)}
    </p>
  );
}
