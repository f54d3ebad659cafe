import { useMemo } from 'preact/hooks';
import type { MessageKey } from '../../shared/i18n/index.ts';
import { useBridge } from '../lib/bridge.ts';
import { useT } from '../lib/i18n.ts';
import { createMainAnswers, type MainAnswers, type Tell } from './stores/main-answers.ts';

/** The window's answers from main (stores/main-answers.ts), one per component that speaks to main. */
export function useMainStore(): MainAnswers {
  const bridge = useBridge();
  return useMemo(() => createMainAnswers(bridge), [bridge]);
}

/** `tell` and the refusal to show, read in render so the view follows it. */
export function useMainAnswers(): { readonly tell: Tell; readonly refusal: MessageKey | null } {
  const answers = useMainStore();
  return { tell: answers.tell, refusal: answers.refusal.value };
}

/** A refusal from main, said once and quietly: the break itself carries on as main keeps it. */
export function MainRefusal({
  text,
  testId = 'refusal',
  className,
}: {
  readonly text: MessageKey | null;
  readonly testId?: string;
  /** Extra classes for where the view places it (the notice puts it in its words). */
  readonly className?: string;
}) {
  const t = useT();
  return (
    <p class={className ? `break-refusal ${className}` : 'break-refusal'} role="status" data-testid={testId}>
      {text === null ? '' : t(text)}
    </p>
  );
}
