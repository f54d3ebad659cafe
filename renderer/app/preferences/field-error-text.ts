import type { MessageKey, Translate } from '../../../shared/i18n/index.ts';
import { schemaAt } from './settings-paths.ts';

/** A refused value: the validator's (or main's) code, and where it applies. */
export interface FieldProblem {
  readonly path: string;
  readonly code: string;
}

const CODE_KEYS: Readonly<Record<string, MessageKey>> = {
  type: 'errors.type',
  enum: 'errors.enum',
  required: 'errors.required',
  'unknown-key': 'errors.unknown-key',
  'forbidden-key': 'errors.forbidden-key',
  length: 'errors.length',
  pattern: 'errors.pattern',
  unique: 'errors.unique',
  accelerator: 'errors.accelerator',
  order: 'errors.order',
  empty: 'errors.empty',
  'needs-modifier': 'errors.shortcut-needs-modifier',
};

/**
 * The localized sentence for a refused value. Number limits come from the schema itself, so the
 * message names the real range even when main's error carries only a code.
 */
export function fieldErrorText(t: Translate, problem: FieldProblem): string {
  const rule = schemaAt(problem.path);
  const numeric = rule?.type === 'integer' || rule?.type === 'number';
  if (numeric && (problem.code === 'range' || problem.code === 'type')) {
    const { minimum: min, maximum: max } = rule;
    if (min !== undefined && max !== undefined) return t('errors.range', { min, max });
    if (min !== undefined) return t('errors.range-min', { min });
    if (max !== undefined) return t('errors.range-max', { max });
    return t('errors.number');
  }
  const key = CODE_KEYS[problem.code];
  return key ? t(key) : t('errors.generic');
}
