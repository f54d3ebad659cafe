import { useEffect, useRef, useState } from 'preact/hooks';
import { useBridge } from '../../lib/bridge.ts';
import { useT } from '../../lib/i18n.ts';

/** Reset to defaults behind one confirmation; focus lands on Cancel, the safe choice. */
export function ResetSection({ onReset }: { readonly onReset: () => void }) {
  const bridge = useBridge();
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const close = () => {
    setAsking(false);
    queueMicrotask(() => openRef.current?.focus());
  };

  return (
    <div class="reset">
      {asking ? (
        <fieldset class="reset__confirm">
          <legend class="reset__question">{t('prefs.reset.question')}</legend>
          <div class="reset__actions">
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                bridge.invoke('settings:reset').then((result) => {
                  if (!result.ok) return;
                  onReset();
                  setDone(true);
                  close();
                });
              }}
            >
              {t('prefs.reset.confirm')}
            </button>
            <button ref={cancelRef} type="button" class="button" onClick={close}>
              {t('action.cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          ref={openRef}
          type="button"
          class="button"
          onClick={() => {
            setDone(false);
            setAsking(true);
          }}
        >
          {t('prefs.reset')}
        </button>
      )}
      <p class="reset__done" role="status">
        {done ? t('prefs.reset.done') : ''}
      </p>
    </div>
  );
}
