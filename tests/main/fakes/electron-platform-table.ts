import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Which platforms each Electron event and method exists on, read from the installed
 * `electron.d.ts` (its `@platform` tags and the "Not supported on Wayland"/"does nothing on
 * Windows" style notes), so the fake Electron can refuse what the real one would not do on the
 * platform under test. Generated at load from the very Electron version the app builds against:
 * an Electron upgrade that moves a platform tag moves the fake with it.
 */

export type Os = 'darwin' | 'win32' | 'linux';
export type Session = 'x11' | 'wayland';

/** The platform a test runs the app on; Linux names its display session. */
export type PlatformUnderTest =
  | { readonly os: 'darwin' | 'win32' }
  | { readonly os: 'linux'; readonly session: Session };

export interface PlatformRule {
  /** The platforms it exists on; all three when the docs name none. */
  readonly platforms: readonly Os[];
  /** "Not supported on Wayland (Linux)." */
  readonly notOnWayland: boolean;
  /** The doc lines that decided it (kept for the failure message). */
  readonly evidence: readonly string[];
}

export interface PlatformTable {
  /** The rule for `owner.name` (a method or property); walks `extends` to the base class. */
  member(owner: string, name: string): PlatformRule | undefined;
  /** The rule for an event `owner` emits; walks `extends` to the base class. */
  event(owner: string, name: string): PlatformRule | undefined;
  /** The declared names of an owner's events (own and inherited). */
  events(owner: string): readonly string[];
}

const ALL: readonly Os[] = ['darwin', 'win32', 'linux'];
const OS_WORDS: Record<string, Os> = { macOS: 'darwin', Windows: 'win32', Linux: 'linux' };
const TAG_OS: Record<string, Os | undefined> = {
  darwin: 'darwin',
  mas: 'darwin',
  win32: 'win32',
  linux: 'linux',
};

/** Doc comments are kept as read and turned into rules only when asked (most never are). */
interface OwnerEntry {
  readonly base: string | null;
  readonly members: Map<string, readonly string[]>;
  readonly events: Map<string, readonly string[]>;
}

/** Decides a rule from one doc comment (the lines between `/**` and `*\/`). */
export function ruleFromDoc(doc: readonly string[]): PlatformRule {
  const text = doc.join(' ');
  const evidence: string[] = [];
  let platforms: Os[] = [...ALL];
  const tag = /@platform\s+([\w,]+)/.exec(text);
  if (tag?.[1]) {
    platforms = [
      ...new Set(
        tag[1]
          .split(',')
          .map((name) => TAG_OS[name.trim()])
          .filter((os): os is Os => os !== undefined),
      ),
    ];
    evidence.push(tag[0]);
  }
  // "only on macOS", "This is only implemented on Windows and macOS", "macOS only".
  const only =
    /\bonly (?:on|implemented on|supported on|available on|works on) (macOS|Windows|Linux)(?: and (macOS|Windows|Linux))?\b/.exec(
      text,
    ) ?? /\b(macOS|Windows|Linux) only\b/.exec(text);
  if (only && !tag) {
    const named = [only[1], only[2]].flatMap((word) => (word && OS_WORDS[word] ? [OS_WORDS[word]] : []));
    platforms = platforms.filter((os) => named.includes(os));
    evidence.push(only[0]);
  }
  for (const match of text.matchAll(
    /(?:does nothing|always returns false|is a no-op) on (macOS|Windows|Linux)/g,
  )) {
    const os = match[1] ? OS_WORDS[match[1]] : undefined;
    if (os) platforms = platforms.filter((name) => name !== os);
    evidence.push(match[0]);
  }
  const notOnWayland = /Not supported on Wayland/.test(text);
  if (notOnWayland) evidence.push('Not supported on Wayland (Linux)');
  return { platforms, notOnWayland, evidence };
}

/** Parses the text of `electron.d.ts` into owners (classes and interfaces) and their rules. */
export function parsePlatformTable(source: string): PlatformTable {
  const owners = new Map<string, OwnerEntry>();
  let owner: OwnerEntry | null = null;
  let doc: string[] | null = null;
  let pending: string[] = [];

  for (const line of source.split('\n')) {
    const head = /^ {2}(?:class|interface) (\w+)(?:<[^>]*>)?(?: extends ([\w.]+))?/.exec(line);
    if (head?.[1]) {
      owner = { base: head[2] ?? null, members: new Map(), events: new Map() };
      owners.set(head[1], owner);
      pending = [];
      continue;
    }
    if (!owner) continue;
    if (line === '    /**') {
      doc = [];
      continue;
    }
    if (doc) {
      if (line.trimStart().startsWith('*/')) {
        pending = doc;
        doc = null;
      } else {
        doc.push(line.replace(/^\s*\*\s?/, ''));
      }
      continue;
    }
    const event = /^ {4}on\(event: '([^']+)'/.exec(line);
    if (event?.[1]) {
      if (!owner.events.has(event[1])) owner.events.set(event[1], pending);
      pending = [];
      continue;
    }
    const member = /^ {4}(?:static )?(?:readonly )?(\w+)\??[(:<]/.exec(line);
    if (member?.[1]) {
      const name = member[1];
      if (!['off', 'once', 'addListener', 'removeListener'].includes(name) && !owner.members.has(name))
        owner.members.set(name, pending);
      pending = [];
    }
  }

  const rules = new Map<readonly string[], PlatformRule>();
  function lookup(
    name: string,
    pick: (entry: OwnerEntry) => readonly string[] | undefined,
  ): PlatformRule | undefined {
    const seen = new Set<string>();
    for (let at: string | null = name; at && !seen.has(at); ) {
      seen.add(at);
      const entry = owners.get(at);
      if (!entry) return undefined;
      const doc = pick(entry);
      if (doc) {
        const known = rules.get(doc);
        if (known) return known;
        const rule = ruleFromDoc(doc);
        rules.set(doc, rule);
        return rule;
      }
      at = entry.base;
    }
    return undefined;
  }

  return {
    member: (ownerName, name) => lookup(ownerName, (entry) => entry.members.get(name)),
    event: (ownerName, name) => lookup(ownerName, (entry) => entry.events.get(name)),
    events(ownerName) {
      const names: string[] = [];
      for (let at: string | null = ownerName; at; at = owners.get(at)?.base ?? null) {
        names.push(...(owners.get(at)?.events.keys() ?? []));
      }
      return [...new Set(names)];
    },
  };
}

/** Whether a rule lets the thing happen on the platform under test. */
export function allowedOn(rule: PlatformRule, platform: PlatformUnderTest): boolean {
  if (!rule.platforms.includes(platform.os)) return false;
  return !(platform.os === 'linux' && platform.session === 'wayland' && rule.notOnWayland);
}

export function describePlatform(platform: PlatformUnderTest): string {
  return platform.os === 'linux' ? `linux (${platform.session})` : platform.os;
}

let table: PlatformTable | null = null;

/** The table for the Electron in node_modules, parsed once per test file. */
export function electronPlatformTable(): PlatformTable {
  if (!table) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('electron/electron.d.ts');
    table = parsePlatformTable(readFileSync(path, 'utf8'));
  }
  return table;
}
