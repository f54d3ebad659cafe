import { BUILT_IN_PATTERN_IDS, type CustomPatternId, PATTERN_ID_MAX_LENGTH } from './pattern-ids.ts';

/**
 * The id a new custom pattern gets: its name as a slug ("Avond 4-8" → `avond-4-8`, accents
 * dropped) that one can type after `--breathe`, made unique against the built-in ids and the
 * ids already taken by a number suffix (`avond-4-8-2`). A name without letters or digits gives
 * `pattern`. The id never changes afterwards, so a renamed pattern keeps its command line.
 */
export function customPatternIdFor(name: string, takenIds: Iterable<string>): CustomPatternId {
  const taken = new Set<string>([...BUILT_IN_PATTERN_IDS, ...takenIds]);
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'pattern';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const stem = slug.slice(0, PATTERN_ID_MAX_LENGTH - suffix.length).replace(/-+$/, '');
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate)) return candidate as CustomPatternId;
  }
}
