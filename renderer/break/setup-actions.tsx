import { useLocale } from '../lib/i18n.ts';

/**
 * Cancel and Begin at the foot of a setup form (the breathe-now setup and the floor session), so
 * both read and behave alike: Begin submits the form, Cancel ends the break as skipped.
 */
export function SetupActions({
  onCancel,
  class: extra,
}: {
  readonly onCancel: () => void;
  readonly class?: string;
}) {
  const { t } = useLocale();
  return (
    <div class={extra ? `break-actions ${extra}` : 'break-actions'}>
      <button type="button" class="button button-quiet" onClick={onCancel} data-testid="cancel">
        {t('action.cancel')}
      </button>
      <button type="submit" class="button button-primary" data-testid="start">
        {t('pacer.start')}
      </button>
    </div>
  );
}
