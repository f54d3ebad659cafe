import { useCallback, useState } from 'preact/hooks';
import type { SettingsFieldError } from '../../../shared/ipc-contract.ts';
import type { Settings } from '../../../shared/settings/types.ts';
import { validateSettingsPatch } from '../../../shared/settings/validate.ts';
import { useBridge } from '../../lib/bridge.ts';
import type { FieldProblem } from './field-error-text.ts';
import { patchFor, type SettingPath, valueAt } from './settings-paths.ts';

export interface SettingsForm {
  /** What the field shows: the refused draft while it has an error, else the saved value. */
  shown(path: SettingPath): unknown;
  problem(path: SettingPath): FieldProblem | undefined;
  /** Keeps a value on screen without saving it (typing, a half-pressed shortcut). */
  hold(path: SettingPath, draft: unknown): void;
  /** Shows a problem found by the field itself (e.g. a shortcut without a modifier). */
  refuse(path: SettingPath, draft: unknown, code: string): void;
  /** Validates and, when valid, sends the one-field patch to main. */
  commit(path: SettingPath, value: unknown): void;
  /** Forgets the draft and problem of one field (Esc in the shortcut recorder). */
  forget(path: SettingPath): void;
  /** Forgets drafts and problems (after a reset). */
  clear(): void;
  /** Bumped after each save main accepted, for the polite "Saved" note. */
  readonly savedCount: number;
  readonly failed: boolean;
}

// The field that was edited owns the message, even when the rule names another field
// (start after end is reported on the end), so the error appears where the user is.
function problemFor(
  path: SettingPath,
  errors: readonly Pick<SettingsFieldError, 'path' | 'code'>[],
): FieldProblem {
  const own = errors.find((error) => error.path === path || error.path.startsWith(`${path}[`));
  const first = own ?? errors[0];
  return { path: own ? path : (first?.path ?? path), code: first?.code ?? 'generic' };
}

/** The preferences form's state: saved values come from main, drafts only while refused. */
export function useSettingsForm(settings: Settings): SettingsForm {
  const bridge = useBridge();
  const [drafts, setDrafts] = useState<ReadonlyMap<SettingPath, unknown>>(new Map());
  const [problems, setProblems] = useState<ReadonlyMap<SettingPath, FieldProblem>>(new Map());
  const [savedCount, setSavedCount] = useState(0);
  const [failed, setFailed] = useState(false);

  const setEntry = <V>(map: ReadonlyMap<SettingPath, V>, path: SettingPath, value: V | undefined) => {
    const next = new Map(map);
    if (value === undefined) next.delete(path);
    else next.set(path, value);
    return next;
  };

  const hold = useCallback((path: SettingPath, draft: unknown) => {
    setDrafts((map) => setEntry(map, path, draft));
  }, []);

  const refuse = useCallback((path: SettingPath, draft: unknown, code: string) => {
    setDrafts((map) => setEntry(map, path, draft));
    setProblems((map) => setEntry(map, path, { path, code }));
  }, []);

  const commit = useCallback(
    (path: SettingPath, value: unknown) => {
      const patch = patchFor(path, value);
      const local = validateSettingsPatch(settings, patch);
      if (!local.ok) {
        setDrafts((map) => setEntry(map, path, value));
        setProblems((map) => setEntry(map, path, problemFor(path, local.errors)));
        return;
      }
      setFailed(false);
      bridge.invoke('settings:update', patch).then(
        (result) => {
          if (result.ok) {
            setDrafts((map) => setEntry(map, path, undefined));
            setProblems((map) => setEntry(map, path, undefined));
            setSavedCount((count) => count + 1);
            return;
          }
          const fields = result.error.fields ?? [];
          if (fields.length === 0) {
            setFailed(true);
            return;
          }
          setDrafts((map) => setEntry(map, path, value));
          setProblems((map) => setEntry(map, path, problemFor(path, fields)));
        },
        () => setFailed(true),
      );
    },
    [bridge, settings],
  );

  return {
    shown: (path) => (drafts.has(path) ? drafts.get(path) : valueAt(settings, path)),
    problem: (path) => problems.get(path),
    hold,
    refuse,
    commit,
    forget: (path) => {
      setDrafts((map) => setEntry(map, path, undefined));
      setProblems((map) => setEntry(map, path, undefined));
    },
    clear: () => {
      setDrafts(new Map());
      setProblems(new Map());
    },
    savedCount,
    failed,
  };
}
