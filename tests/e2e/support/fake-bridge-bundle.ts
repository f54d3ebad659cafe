import { join } from 'node:path';
import { bundleForPage } from './page-bundle.ts';

let cached: Promise<string> | null = null;

/**
 * The typed fake bridge (tests/support/fake-bridge.ts) bundled for the browser as one IIFE, built
 * once per run from the same source the component tests use, so the e2e fake cannot drift.
 */
export function fakeBridgeScript(): Promise<string> {
  cached ??= bundleForPage(join(import.meta.dirname, 'fake-bridge-entry.ts'), 'the fake bridge');
  return cached;
}
