import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appNamespaces } from '../../renderer/app/namespaces.ts';
import { breakNamespaces } from '../../renderer/break/namespaces.ts';
import type { WindowNamespaces } from '../../renderer/lib/i18n.ts';
import { panelNamespaces } from '../../renderer/panel/namespaces.ts';
import { namespaces } from '../../shared/i18n/index.ts';

// Each window bundles only the string namespaces it lists. This reads every key each window's
// source names (as a literal, or as a `prefix.${…}` template) and checks its namespace is loaded,
// so a view can never show a raw key because its window forgot a namespace.
const root = join(import.meta.dirname, '..', '..');

function sourceFiles(path: string): string[] {
  const full = join(root, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => sourceFiles(join(path, name)));
}

const owner = new Map<string, string>();
for (const [name, ns] of Object.entries(namespaces))
  for (const key of Object.keys(ns.en)) owner.set(key, name);

function namespaceNames(list: WindowNamespaces): Set<string> {
  const names = new Set<string>();
  for (const ns of list) {
    const found = Object.entries(namespaces).find(([, candidate]) => candidate === ns);
    if (found) names.add(found[0]);
  }
  return names;
}

/** The namespaces whose keys the files name. */
function namespacesUsed(paths: readonly string[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of paths.flatMap(sourceFiles).filter((f) => /\.tsx?$/.test(f))) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/['"]([a-z][a-z0-9-]*\.[a-z0-9.-]+)['"]/g)) {
      const ns = owner.get(match[1] ?? '');
      if (ns) used.set(match[1] ?? '', ns);
    }
    for (const match of code.matchAll(/`([a-z][a-z0-9-]*\.)\$\{/g)) {
      const prefix = match[1] ?? '';
      for (const [key, ns] of owner) if (key.startsWith(prefix)) used.set(`${prefix}…`, ns);
    }
  }
  return used;
}

const windows = [
  {
    name: 'break',
    list: breakNamespaces,
    paths: [
      'renderer/break.tsx',
      'renderer/break',
      'renderer/illustrations',
      'renderer/audio',
      'renderer/lib',
    ],
  },
  { name: 'panel', list: panelNamespaces, paths: ['renderer/panel.tsx', 'renderer/panel', 'renderer/lib'] },
  { name: 'app', list: appNamespaces, paths: ['renderer/main.tsx', 'renderer/app', 'renderer/lib'] },
] as const;

describe('window string namespaces', () => {
  it.each(windows)('the $name window loads every namespace its views use', ({ list, paths }) => {
    const loaded = namespaceNames(list);
    const used = namespacesUsed(paths);
    expect(used.size).toBeGreaterThan(0);
    const missing = [...used].filter(([, ns]) => !loaded.has(ns)).map(([key, ns]) => `${key} (${ns})`);
    expect(missing).toEqual([]);
  });

  it('the break window leaves the other windows’ strings out of its bundle', () => {
    const loaded = namespaceNames(breakNamespaces);
    for (const heavy of ['learn', 'prefs', 'stats', 'checkin', 'welcome'])
      expect(loaded.has(heavy)).toBe(false);
  });
});
