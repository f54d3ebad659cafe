import { describe, expect, it } from 'vitest';
import {
  deletePatch,
  NEW_PATTERN_DRAFT,
  previewablePhases,
  saveDraft,
} from '../../../../renderer/app/preferences/custom-pattern-draft.ts';
import type { CustomPatternId } from '../../../../shared/domain/pattern-ids.ts';
import { EVENING, settingsWithPatterns } from '../../../support/custom-patterns.ts';

describe('the pattern editor’s decisions', () => {
  it('a new pattern gets an id from its name that avoids the built-in and taken ids', () => {
    const settings = settingsWithPatterns([EVENING]);
    // "Evening!!" is another name, but its slug "evening" is taken: it gets "evening-2".
    const other = saveDraft(settings, { ...NEW_PATTERN_DRAFT, name: 'Evening!!' }, null);
    expect(other.ok && other.id).toBe('evening-2');
    // The same name in other case is refused.
    const same = saveDraft(settings, { ...NEW_PATTERN_DRAFT, name: 'eVeNiNg' }, null);
    expect(same).toEqual({ ok: false, problems: [{ field: 'name', code: 'unique' }] });
    // "Box" is free as a name, but never as an id: that is the built-in box breathing's.
    const box = saveDraft(settings, { ...NEW_PATTERN_DRAFT, name: 'Box' }, null);
    expect(box.ok && box.id).toBe('box-2');
    const builtInName = saveDraft(settings, { ...NEW_PATTERN_DRAFT, name: 'box breathing' }, null);
    expect(builtInName).toEqual({ ok: false, problems: [{ field: 'name', code: 'unique', builtIn: true }] });
    const fresh = saveDraft(settings, { ...NEW_PATTERN_DRAFT, name: 'Box at night' }, null);
    expect(fresh.ok && fresh.id).toBe('box-at-night');
  });

  it('tells an empty name from an overlong one, and an id clash is the name’s', () => {
    const settings = settingsWithPatterns([]);
    expect(saveDraft(settings, { ...NEW_PATTERN_DRAFT, name: '  ' }, null)).toEqual({
      ok: false,
      problems: [{ field: 'name', code: 'empty' }],
    });
    expect(saveDraft(settings, { ...NEW_PATTERN_DRAFT, name: 'x'.repeat(41) }, null)).toMatchObject({
      ok: false,
      problems: [{ field: 'name', code: 'length' }],
    });
  });

  it('previews only phases the validator would accept', () => {
    expect(previewablePhases(NEW_PATTERN_DRAFT)).toEqual({
      inhaleSeconds: 4,
      holdInSeconds: 0,
      exhaleSeconds: 6,
      holdOutSeconds: 0,
    });
    for (const bad of [Number.NaN, 1.5, 10.5, 4.25]) {
      expect(previewablePhases({ ...NEW_PATTERN_DRAFT, inhaleSeconds: bad })).toBeNull();
    }
  });

  it('editing a pattern that was deleted meanwhile saves nothing', () => {
    expect(saveDraft(settingsWithPatterns([]), NEW_PATTERN_DRAFT, 'evening' as CustomPatternId)).toEqual({
      ok: false,
      problems: [{ field: 'list', code: 'missing-pattern' }],
    });
  });

  it('deleting the default also puts belly breathing back; deleting another leaves the default', () => {
    expect(deletePatch(settingsWithPatterns([EVENING], 'evening'), EVENING.id)).toEqual({
      breathing: { customPatterns: [], patternId: 'belly' },
      defaultFellBack: true,
    });
    expect(deletePatch(settingsWithPatterns([EVENING], 'box'), EVENING.id)).toEqual({
      breathing: { customPatterns: [] },
      defaultFellBack: false,
    });
  });
});
