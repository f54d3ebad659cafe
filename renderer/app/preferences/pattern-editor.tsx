import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  CUSTOM_PATTERN_LIMITS,
  CUSTOM_PATTERN_PHASES,
  type CustomPattern,
} from '../../../shared/domain/custom-patterns.ts';
import type { CustomPatternId } from '../../../shared/domain/pattern-ids.ts';
import { customBreathsPerMinute, fromCustomPattern } from '../../../shared/exercises/custom-pattern.ts';
import type { Settings } from '../../../shared/settings/types.ts';
import { useLocale } from '../../lib/i18n.ts';
import {
  type DraftField,
  type DraftProblem,
  idForDraft,
  type PatternDraft,
  previewablePhases,
  saveDraft,
} from './custom-pattern-draft.ts';
import { draftProblemText } from './custom-pattern-errors.ts';
import { PatternPreview } from './pattern-preview.tsx';

export interface PatternEditorProps {
  readonly settings: Settings;
  readonly initial: PatternDraft;
  /** The pattern being edited; null for a new one. */
  readonly editingId: CustomPatternId | null;
  readonly reducedMotion: boolean;
  /** The validator accepted the draft: the whole new list, to send to main. */
  readonly onSave: (customPatterns: readonly CustomPattern[], name: string) => void;
  readonly onCancel: () => void;
}

const fieldIdOf = (field: DraftField) => `custom-pattern-${field}`;

/**
 * One pattern: its name and four phases (half-second steps, the schema's bounds), with the live
 * preview, the breaths a minute, the cautions it will carry and the command that starts it.
 * Save runs the settings validator first: a refused draft stays on screen with the reason beside
 * each field, focus on the first, and nothing is sent. Esc cancels.
 */
export function PatternEditor({
  settings,
  initial,
  editingId,
  reducedMotion,
  onSave,
  onCancel,
}: PatternEditorProps) {
  const { t, locale } = useLocale();
  const [draft, setDraft] = useState<PatternDraft>(initial);
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  // The preview keeps the last phases that make a pattern, so a half-typed number does not stop it.
  const phases = previewablePhases(draft);
  const phasesKey = phases === null ? null : JSON.stringify(phases);
  const lastGood = useRef<PatternDraft>(initial);
  if (phases !== null) lastGood.current = draft;
  const previewed = useMemo(() => {
    const id = idForDraft(settings, lastGood.current, editingId);
    const name = lastGood.current.name.trim();
    return { id, ...lastGood.current, name };
  }, [phasesKey, settings, editingId]);
  const pattern = useMemo(() => fromCustomPattern(previewed), [previewed]);
  const cliId = idForDraft(settings, draft, editingId);
  const rate = customBreathsPerMinute(previewed).toLocaleString(locale, { maximumFractionDigits: 1 });

  const problemOf = (field: DraftField) => problems.find((problem) => problem.field === field);
  const errorId = (field: DraftField) => `${fieldIdOf(field)}-error`;
  const set = (field: keyof PatternDraft, value: string | number) => {
    setDraft((current) => ({ ...current, [field]: value }));
  };

  const save = () => {
    const verdict = saveDraft(settings, draft, editingId);
    if (verdict.ok) {
      setProblems([]);
      onSave(verdict.customPatterns, draft.name.trim());
      return;
    }
    setProblems(verdict.problems);
    const first = verdict.problems[0];
    if (first !== undefined && first.field !== 'list') {
      queueMicrotask(() =>
        formRef.current?.querySelector<HTMLElement>(`#${fieldIdOf(first.field)}`)?.focus(),
      );
    }
  };

  const errorLine = (field: DraftField) => {
    const problem = problemOf(field);
    return problem ? (
      <p id={errorId(field)} class="field__error">
        {draftProblemText(t, problem)}
      </p>
    ) : null;
  };

  const title =
    editingId === null ? t('prefs.custom.new-title') : t('prefs.custom.edit-title', { name: initial.name });
  return (
    <form
      ref={formRef}
      class="pattern-editor"
      aria-labelledby="custom-pattern-editor-title"
      data-testid="pattern-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id="custom-pattern-editor-title" class="pattern-editor__title">
        {title}
      </h3>
      <div class="field">
        <label for={fieldIdOf('name')} class="field__label">
          {t('prefs.custom.name')}
        </label>
        <input
          ref={nameRef}
          id={fieldIdOf('name')}
          class="field__input"
          type="text"
          maxLength={CUSTOM_PATTERN_LIMITS.nameMaxLength + 10}
          value={draft.name}
          aria-invalid={problemOf('name') ? true : undefined}
          aria-describedby={problemOf('name') ? errorId('name') : undefined}
          onInput={(event) => set('name', event.currentTarget.value)}
        />
        {errorLine('name')}
      </div>
      <div class="pattern-editor__body">
        <div class="pattern-editor__phases">
          {CUSTOM_PATTERN_PHASES.map((phase) => {
            const { min, max } = CUSTOM_PATTERN_LIMITS.phases[phase];
            const hintId = `${fieldIdOf(phase)}-hint`;
            return (
              <div class="field" key={phase}>
                <label for={fieldIdOf(phase)} class="field__label">
                  {t(`prefs.custom.${phase}`)}
                </label>
                <input
                  id={fieldIdOf(phase)}
                  class="field__input field__input--number"
                  type="number"
                  inputMode="decimal"
                  min={min}
                  max={max}
                  step={CUSTOM_PATTERN_LIMITS.stepSeconds}
                  // Uncontrolled: writing the value back would fight a half-typed "4." (which reads as empty).
                  defaultValue={String(initial[phase])}
                  aria-invalid={problemOf(phase) ? true : undefined}
                  aria-describedby={[hintId, problemOf(phase) ? errorId(phase) : '']
                    .filter(Boolean)
                    .join(' ')}
                  onInput={(event) => set(phase, event.currentTarget.valueAsNumber)}
                />
                <p id={hintId} class="field__hint">
                  {t('prefs.custom.seconds-hint', { min, max })}
                </p>
                {errorLine(phase)}
              </div>
            );
          })}
        </div>
        <div class="pattern-editor__look">
          <PatternPreview pattern={pattern} reducedMotion={reducedMotion} />
          <p class="pattern-editor__rate" data-testid="pattern-rate">
            {t('prefs.custom.per-minute', { rate })}
          </p>
        </div>
      </div>
      <div class="pattern-editor__cautions">
        <p class="field__label">{t('prefs.custom.cautions')}</p>
        <ul data-testid="pattern-cautions">
          {pattern.cautions.map((caution) => (
            <li key={caution.en}>{caution[locale]}</li>
          ))}
        </ul>
      </div>
      <p class="pattern-editor__cli">
        {t('prefs.custom.cli')} <code data-testid="pattern-cli">breathing-room --breathe {cliId}</code>
      </p>
      {errorLine('list')}
      <p class="field__error" role="alert">
        {problems.length > 0 ? t('prefs.custom.not-saved') : ''}
      </p>
      <div class="pattern-editor__actions">
        <button type="submit" class="button button--primary">
          {t('prefs.custom.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
