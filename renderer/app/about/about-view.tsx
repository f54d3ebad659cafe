import { useLocale } from '../../lib/i18n.ts';
import { useAppInfo } from '../../lib/use-settings.ts';
import { SafetyNote } from '../safety-note.tsx';

/** Version, the privacy promise and the medical caveat. */
export function AboutView() {
  const { t } = useLocale();
  const info = useAppInfo();
  return (
    <div class="view view--about">
      <header class="view__header">
        <h1 class="view__title" tabIndex={-1}>
          {t('prefs.about.title')}
        </h1>
        <p class="view__lead">{t('app.tagline')}</p>
      </header>
      <section class="card" aria-label={t('app.name')}>
        <p>
          <strong>{t('app.name')}</strong> · {info ? t('prefs.about.version', { version: info.version }) : ''}
        </p>
        <p>{t('prefs.about.privacy')}</p>
        <p>{t('prefs.about.source')}</p>
      </section>
      <SafetyNote titleKey="checkin.caveat.title" showAskFirst />
    </div>
  );
}
