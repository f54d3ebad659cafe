import {
  CUSTOM_PATTERN_LIMITS,
  CUSTOM_PATTERN_PHASES,
  type CustomPattern,
  type CustomPatternPhase,
  isPhaseStep,
} from '../../../shared/domain/custom-patterns.ts';
import type { CustomPatternId } from '../../../shared/domain/pattern-ids.ts';
import { customPatternIdFor } from '../../../shared/domain/pattern-slug.ts';
import { DEFAULT_PATTERN_ID } from '../../../shared/exercises/patterns.ts';
import type { SettingsFieldError } from '../../../shared/ipc-contract.ts';
import type { Settings } from '../../../shared/settings/types.ts';
import { validateSettingsPatch } from '../../../shared/settings/validate.ts';

/**
 * The pattern editor's decisions, without any view: what a draft becomes when saved, which field
 * a refusal belongs to, what deleting a pattern changes. Every check is the one settings
 * validator's (validateSettingsPatch): the editor shows its verdict and saves nothing it refused.
 */

/** What the editor holds while one types: the name as typed, the phases as numbers (NaN when empty). */
export type PatternDraft = { readonly name: string } & Readonly<Record<CustomPatternPhase, number>>;

export type DraftField = 'name' | CustomPatternPhase | 'list';

/** A new pattern starts as belly breathing's 4 in, 6 out: a calm rhythm to change from. */
export const NEW_PATTERN_DRAFT: PatternDraft = {
  name: '',
  inhaleSeconds: 4,
  holdInSeconds: 0,
  exhaleSeconds: 6,
  holdOutSeconds: 0,
};

export function draftOf(pattern: CustomPattern): PatternDraft {
  const { id: _id, ...draft } = pattern;
  return draft;
}

/** The phases of a draft when each is a number in its range and on the half-second step, else null. */
export function previewablePhases(draft: PatternDraft): Omit<PatternDraft, 'name'> | null {
  for (const phase of CUSTOM_PATTERN_PHASES) {
    const seconds = draft[phase];
    const { min, max } = CUSTOM_PATTERN_LIMITS.phases[phase];
    if (!Number.isFinite(seconds) || seconds < min || seconds > max || !isPhaseStep(seconds)) return null;
  }
  const { name: _name, ...phases } = draft;
  return phases;
}

/** The id the draft is saved under: kept when editing, made from the name when new. */
export function idForDraft(
  settings: Settings,
  draft: PatternDraft,
  editingId: CustomPatternId | null,
): CustomPatternId {
  if (editingId !== null) return editingId;
  return customPatternIdFor(
    draft.name.trim(),
    settings.breathing.customPatterns.map((pattern) => pattern.id),
  );
}

export interface DraftProblem {
  readonly field: DraftField;
  readonly code: string;
  /** For a name: it is a built-in pattern's name rather than one of the user's own. */
  readonly builtIn?: boolean;
}

export type DraftVerdict =
  | { readonly ok: true; readonly customPatterns: readonly CustomPattern[]; readonly id: CustomPatternId }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

const fieldPath = /^breathing\.customPatterns\[(\d+)\]\.(\w+)$/;

function problemOf(error: SettingsFieldError, index: number): DraftProblem | null {
  if (error.path === 'breathing.customPatterns') return { field: 'list', code: error.code };
  const match = fieldPath.exec(error.path);
  if (match === null || Number(match[1]) !== index) return null;
  const field = match[2] as DraftField | 'id';
  // An id is made from the name, so a clash of ids is the name's to resolve.
  if (field === 'id') return { field: 'name', code: error.code };
  return {
    field,
    code: error.code,
    ...(error.message.includes('built-in') ? { builtIn: true } : {}),
  };
}

/**
 * The settings' pattern list with this draft saved (added at the end, or in place of the pattern
 * being edited), checked by the settings validator. The name is trimmed first, as anyone expects.
 */
export function saveDraft(
  settings: Settings,
  draft: PatternDraft,
  editingId: CustomPatternId | null,
): DraftVerdict {
  const id = idForDraft(settings, draft, editingId);
  const saved: CustomPattern = { id, ...draft, name: draft.name.trim() };
  const list = settings.breathing.customPatterns;
  const index = editingId === null ? list.length : list.findIndex((pattern) => pattern.id === editingId);
  if (index < 0) return { ok: false, problems: [{ field: 'list', code: 'missing-pattern' }] };
  const customPatterns = list.map((pattern, at) => (at === index ? saved : pattern));
  if (index === list.length) customPatterns.push(saved);
  const checked = validateSettingsPatch(settings, { breathing: { customPatterns } });
  if (checked.ok) return { ok: true, customPatterns, id };
  const problems = checked.errors
    .map((error) => problemOf(error, index))
    .filter((problem): problem is DraftProblem => problem !== null)
    // An empty name and an overlong one share the validator's 'length'; the editor tells them apart.
    .map((problem) =>
      problem.field === 'name' && problem.code === 'length' && saved.name === ''
        ? { ...problem, code: 'empty' }
        : problem,
    );
  return { ok: false, problems: problems.length > 0 ? problems : [{ field: 'list', code: 'generic' }] };
}

/**
 * What deleting a pattern changes: the list without it and, when it was the pattern of scheduled
 * breaks, belly breathing in its place (so the settings never name a pattern that is gone).
 */
export function deletePatch(
  settings: Settings,
  id: CustomPatternId,
): { readonly breathing: Partial<Settings['breathing']>; readonly defaultFellBack: boolean } {
  const customPatterns = settings.breathing.customPatterns.filter((pattern) => pattern.id !== id);
  const defaultFellBack = settings.breathing.patternId === id;
  return {
    breathing: defaultFellBack ? { customPatterns, patternId: DEFAULT_PATTERN_ID } : { customPatterns },
    defaultFellBack,
  };
}

/** Room for one more pattern? */
export function canAddPattern(settings: Settings): boolean {
  return settings.breathing.customPatterns.length < CUSTOM_PATTERN_LIMITS.maxCount;
}
