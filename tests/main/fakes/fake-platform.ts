import { EventEmitter } from 'node:events';
import {
  allowedOn,
  describePlatform,
  electronPlatformTable,
  type PlatformRule,
  type PlatformUnderTest,
} from './electron-platform-table.ts';

/**
 * The platform the fake Electron plays, and the guard that holds it to the platform table: an
 * event emitted or a method called that the real Electron would not emit or honour on that
 * platform is refused (thrown) and remembered in `platformViolations`, so a refusal swallowed by
 * app code still fails the test that checks the list.
 */

let current: PlatformUnderTest = { os: 'linux', session: 'x11' };
let chosen = false;
const violations: string[] = [];

export function fakePlatform(): PlatformUnderTest {
  return current;
}

export function setFakePlatform(platform: PlatformUnderTest): void {
  current = platform;
  chosen = true;
}

/** Whether the test named the platform it plays (boot tests must: see FakeApp.becomeReady). */
export function platformChosen(): boolean {
  return chosen;
}

export function platformViolations(): readonly string[] {
  return violations;
}

export function clearPlatformViolations(): void {
  violations.length = 0;
}

function refuse(message: string): never {
  violations.push(message);
  throw new Error(message);
}

function check(kind: 'event' | 'member', owner: string, name: string, rule: PlatformRule | undefined): void {
  if (!rule) refuse(`${owner} has no ${kind} '${name}' in electron.d.ts`);
  if (!allowedOn(rule, current)) {
    refuse(
      `${owner} ${kind} '${name}' does not exist on ${describePlatform(current)} (${rule.evidence.join('; ')})`,
    );
  }
}

export function checkEvent(owner: string, event: string): void {
  check('event', owner, event, electronPlatformTable().event(owner, event));
}

export function checkMember(owner: string, name: string): void {
  check('member', owner, name, electronPlatformTable().member(owner, name));
}

/** Node's own bookkeeping events, not Electron's. */
const EMITTER_INTERNAL = new Set(['newListener', 'removeListener', 'error']);

/** An EventEmitter that only emits what the Electron class `owner` emits on the platform. */
export class PlatformEmitter extends EventEmitter {
  readonly #owner: string;
  constructor(owner: string) {
    super();
    this.#owner = owner;
  }
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (typeof event === 'string' && !EMITTER_INTERNAL.has(event)) checkEvent(this.#owner, event);
    return super.emit(event, ...args);
  }
}

/**
 * Wraps the named methods of `target` (an object, a prototype or a class for statics) so each
 * call first checks the table for `owner`.
 */
export function guardMethods(owner: string, target: object, names: readonly string[]): void {
  const record = target as Record<string, unknown>;
  for (const name of names) {
    const original = record[name];
    if (typeof original !== 'function') throw new Error(`guardMethods: ${owner}.${name} is not a method`);
    record[name] = function guarded(this: unknown, ...args: unknown[]) {
      checkMember(owner, name);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}
