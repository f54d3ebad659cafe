import { rolldown } from 'rolldown';

/** Bundles one entry file into a single browser IIFE, for an init or script tag in a test page. */
export async function bundleForPage(entry: string, what: string): Promise<string> {
  const bundle = await rolldown({ input: entry, platform: 'browser', logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  const chunk = output[0];
  if (chunk?.type !== 'chunk') throw new Error(`rolldown produced no script for ${what}`);
  return chunk.code;
}
