import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..', '..');

/**
 * A fresh copy of the project as a new user has it after `git clone && npm ci`: every file git
 * knows (tracked, or new and not ignored), and a node_modules whose packages link to this
 * checkout's, except the ones a start writes into or resolves from (`copied`), which are real
 * copies so nothing the test does lands in this checkout.
 */
export function copyProject(destination: string, copied: readonly string[]): string {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    cpSync(join(projectRoot, file), join(destination, file), { force: true, dereference: false });
  }
  const modules = join(projectRoot, 'node_modules');
  const target = join(destination, 'node_modules');
  mkdirSync(target, { recursive: true });
  const scopes = new Set(copied.filter((name) => name.startsWith('@')).map((name) => name.split('/')[0]));
  for (const entry of readdirSync(modules)) {
    if (entry === '.bin') {
      // Relative links (../electron-vite/bin/…) that now point into the copy.
      cpSync(join(modules, entry), join(target, entry), { recursive: true, verbatimSymlinks: true });
    } else if (copied.includes(entry)) {
      cpSync(join(modules, entry), join(target, entry), { recursive: true, verbatimSymlinks: true });
    } else if (scopes.has(entry)) {
      mkdirSync(join(target, entry));
      for (const inner of readdirSync(join(modules, entry))) {
        const name = `${entry}/${inner}`;
        if (copied.includes(name)) cpSync(join(modules, name), join(target, name), { recursive: true });
        else symlinkSync(join(modules, name), join(target, name));
      }
    } else {
      symlinkSync(join(modules, entry), join(target, entry));
    }
  }
  return destination;
}

export interface RunResult {
  readonly code: number | null;
  readonly output: string;
}

/** Runs `command args` in `cwd` with exactly `env`, collecting stdout and stderr together. */
export function runCommand(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Runs `npm <args>` in `cwd` with exactly `env`. */
export function runNpm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return runCommand('npm', args, cwd, env);
}

/**
 * The environment of a fresh shell: this process's, minus what npm, vitest and Electron tooling
 * set while running the tests (npm_*, VITEST*, NODE_ENV, ELECTRON_* download switches), plus
 * `extra`.
 */
export function freshEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|electron_|vitest)/i.test(key) || key === 'NODE_ENV' || key === 'TEST') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}
