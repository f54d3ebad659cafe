import type { MessageKey } from '../../shared/i18n/index.ts';
import { useT } from '../lib/i18n.ts';

export interface SafetyNoteProps {
  readonly titleKey: MessageKey;
  readonly showAskFirst?: boolean;
  readonly extra?: string | null;
}

/** The medical caveat and when to see a doctor, shown wherever the app talks about the body. */
export function SafetyNote({ titleKey, showAskFirst = false, extra = null }: SafetyNoteProps) {
  const t = useT();
  return (
    <aside class="safety card" aria-labelledby="safety-title">
      <h2 id="safety-title" class="card__title">
        {t(titleKey)}
      </h2>
      <p class="safety__line">{t('safety.not-medical')}</p>
      {showAskFirst ? <p class="safety__line">{t('safety.ask-first')}</p> : null}
      <p class="safety__line safety__line--urgent">{t('safety.see-doctor')}</p>
      {extra ? <p class="safety__line">{extra}</p> : null}
      <p class="safety__line">{t('safety.stop-if-unwell')}</p>
    </aside>
  );
}
