import { join } from 'node:path';
import { rolldown } from 'rolldown';

let cached: Promise<string> | null = null;

/**
 * The typed fake bridge (tests/support/fake-bridge.ts) bundled for the browser as one IIFE, built
 * once per run from the same source the component tests use, so the e2e fake cannot drift.
 */
export function fakeBridgeScript(): Promise<string> {
  cached ??= (async () => {
    const bundle = await rolldown({
      input: join(import.meta.dirname, 'fake-bridge-entry.ts'),
      platform: 'browser',
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'iife' });
    await bundle.close();
    const chunk = output[0];
    if (chunk?.type !== 'chunk') throw new Error('rolldown produced no script for the fake bridge');
    return chunk.code;
  })();
  return cached;
}
