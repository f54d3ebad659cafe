import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { rendererOutDir } from './static-server.ts';

const projectRoot = join(import.meta.dirname, '..', '..', '..');

/** `npm test` builds first (pretest); a lone `vitest run --project e2e` builds here when needed. */
export async function ensureRendererBuilt(): Promise<void> {
  const pages = ['index.html', 'break.html', 'panel.html'];
  if (pages.every((page) => existsSync(join(rendererOutDir, page)))) return;
  const bin = join(projectRoot, 'node_modules', '.bin', 'electron-vite');
  await promisify(execFile)(bin, ['build', '--logLevel', 'warn'], { cwd: projectRoot });
}
