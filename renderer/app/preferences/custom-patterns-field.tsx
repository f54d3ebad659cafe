import { useEffect, useRef, useState } from 'preact/hooks';
import { CUSTOM_PATTERN_LIMITS, type CustomPattern } from '../../../shared/domain/custom-patterns.ts';
import type { CustomPatternId } from '../../../shared/domain/pattern-ids.ts';
import { fromCustomPattern } from '../../../shared/exercises/custom-pattern.ts';
import type { Settings } from '../../../shared/settings/types.ts';
import { effectiveReducedMotion } from '../../lib/appearance.ts';
import { useLocale } from '../../lib/i18n.ts';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { useAppInfo } from '../../lib/use-settings.ts';
import { canAddPattern, deletePatch, draftOf, NEW_PATTERN_DRAFT } from './custom-pattern-draft.ts';
import { PatternEditor } from './pattern-editor.tsx';
import type { SettingsForm } from './use-settings-form.ts';

type Editing = { readonly id: CustomPatternId | null } | null;

export interface CustomPatternsFieldProps {
  readonly form: SettingsForm;
  readonly settings: Settings;
}

/**
 * Preferences › Breathing › Your own patterns: the list (each with the command that starts it,
 * Edit and Delete behind one confirmation), Add (up to 12), the editor, and the calm notice when
 * the pattern chosen for breaks is gone and belly breathing took its place, whether it was deleted
 * here or missing from the settings file at start.
 */
export function CustomPatternsField({ form, settings }: CustomPatternsFieldProps) {
  const { t, locale } = useLocale();
  const info = useAppInfo();
  const prefersReduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const reducedMotion = effectiveReducedMotion(settings.motion, prefersReduced);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<CustomPatternId | null>(null);
  const [fellBack, setFellBack] = useState(false);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const [said, setSaid] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const patterns = settings.breathing.customPatterns;
  const full = !canAddPattern(settings);

  useEffect(() => {
    if (confirming !== null) keepRef.current?.focus();
  }, [confirming]);

  const backToList = (focusId?: CustomPatternId) => {
    setEditing(null);
    queueMicrotask(() => {
      const target = focusId === undefined ? null : document.getElementById(`custom-pattern-edit-${focusId}`);
      (target ?? addRef.current)?.focus();
    });
  };

  const save = (customPatterns: readonly CustomPattern[], name: string) => {
    form.commit('breathing.customPatterns', customPatterns);
    setSaid(t('prefs.custom.saved', { name }));
    backToList(editing?.id ?? undefined);
  };

  const remove = (pattern: CustomPattern) => {
    const patch = deletePatch(settings, pattern.id);
    form.commit('breathing', patch.breathing);
    if (patch.defaultFellBack) {
      setFellBack(true);
      setNoticeDismissed(false);
    }
    setConfirming(null);
    setSaid(t('prefs.custom.deleted', { name: pattern.name }));
    queueMicrotask(() => addRef.current?.focus());
  };

  const noticeShown = (fellBack || info?.defaultPatternFellBack === true) && !noticeDismissed;
  const editedPattern = editing?.id ? patterns.find((pattern) => pattern.id === editing.id) : undefined;

  return (
    <section class="custom-patterns" aria-labelledby="custom-patterns-title" data-testid="custom-patterns">
      <h3 id="custom-patterns-title" class="custom-patterns__title">
        {t('prefs.custom.title')}
      </h3>
      <div role="status">
        {noticeShown ? (
          <div class="custom-patterns__notice" data-testid="pattern-fallback-notice">
            <p class="note">{t('prefs.custom.default-fell-back')}</p>
            <button type="button" class="button" onClick={() => setNoticeDismissed(true)}>
              {t('prefs.custom.dismiss')}
            </button>
          </div>
        ) : null}
      </div>
      <p class="field__hint">{t('prefs.custom.intro', { max: CUSTOM_PATTERN_LIMITS.maxCount })}</p>
      {patterns.length > 0 ? (
        <ul class="custom-patterns__list">
          {patterns.map((pattern) => (
            <li key={pattern.id} class="custom-patterns__item" data-testid={`custom-pattern-${pattern.id}`}>
              <div class="custom-patterns__text">
                <span class="custom-patterns__name">{pattern.name}</span>
                <span class="custom-patterns__summary">{fromCustomPattern(pattern).summary[locale]}</span>
                <code class="custom-patterns__cli">breathing-room --breathe {pattern.id}</code>
              </div>
              {confirming === pattern.id ? (
                <fieldset class="custom-patterns__confirm">
                  <legend>{t('prefs.custom.delete-question', { name: pattern.name })}</legend>
                  <button type="button" class="button button--danger" onClick={() => remove(pattern)}>
                    {t('prefs.custom.delete')}
                  </button>
                  <button
                    ref={keepRef}
                    type="button"
                    class="button"
                    onClick={() => {
                      setConfirming(null);
                      queueMicrotask(() =>
                        document.getElementById(`custom-pattern-delete-${pattern.id}`)?.focus(),
                      );
                    }}
                  >
                    {t('prefs.custom.keep')}
                  </button>
                </fieldset>
              ) : (
                <div class="custom-patterns__actions">
                  <button
                    id={`custom-pattern-edit-${pattern.id}`}
                    type="button"
                    class="button"
                    aria-label={t('prefs.custom.edit-named', { name: pattern.name })}
                    disabled={editing !== null}
                    onClick={() => setEditing({ id: pattern.id })}
                  >
                    {t('prefs.custom.edit')}
                  </button>
                  <button
                    id={`custom-pattern-delete-${pattern.id}`}
                    type="button"
                    class="button"
                    aria-label={t('prefs.custom.delete-named', { name: pattern.name })}
                    disabled={editing !== null}
                    onClick={() => setConfirming(pattern.id)}
                  >
                    {t('prefs.custom.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {editing !== null ? (
        <PatternEditor
          key={editing.id ?? 'new'}
          settings={settings}
          initial={editedPattern ? draftOf(editedPattern) : NEW_PATTERN_DRAFT}
          editingId={editedPattern ? editedPattern.id : null}
          reducedMotion={reducedMotion}
          onSave={save}
          onCancel={() => backToList(editing.id ?? undefined)}
        />
      ) : (
        <div class="custom-patterns__add">
          <button
            ref={addRef}
            type="button"
            class="button"
            disabled={full}
            aria-describedby={full ? 'custom-patterns-full' : undefined}
            onClick={() => {
              setSaid('');
              setEditing({ id: null });
            }}
          >
            {t('prefs.custom.add')}
          </button>
          {full ? (
            <p id="custom-patterns-full" class="field__hint">
              {t('prefs.custom.full', { max: CUSTOM_PATTERN_LIMITS.maxCount })}
            </p>
          ) : null}
        </div>
      )}
      <p class="custom-patterns__said" role="status">
        {said}
      </p>
    </section>
  );
}
