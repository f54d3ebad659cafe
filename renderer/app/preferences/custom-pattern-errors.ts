import { CUSTOM_PATTERN_LIMITS } from '../../../shared/domain/custom-patterns.ts';
import type { Translate } from '../../../shared/i18n/index.ts';
import type { DraftProblem } from './custom-pattern-draft.ts';

/** The sentence under a field of the pattern editor for the validator's verdict on it. */
export function draftProblemText(t: Translate, problem: DraftProblem): string {
  const { field, code } = problem;
  if (field === 'list') {
    return code === 'length'
      ? t('prefs.custom.error-full', { max: CUSTOM_PATTERN_LIMITS.maxCount })
      : t('errors.generic');
  }
  if (field === 'name') {
    if (code === 'unique') {
      return problem.builtIn === true
        ? t('prefs.custom.error-name-built-in')
        : t('prefs.custom.error-name-taken');
    }
    if (code === 'pattern') return t('prefs.custom.error-name-form');
    return code === 'length'
      ? t('prefs.custom.error-name-long', { max: CUSTOM_PATTERN_LIMITS.nameMaxLength })
      : t('prefs.custom.error-name-empty');
  }
  if (code === 'step') return t('prefs.custom.error-step');
  const { min, max } = CUSTOM_PATTERN_LIMITS.phases[field];
  return t('prefs.custom.error-range', { min, max });
}
