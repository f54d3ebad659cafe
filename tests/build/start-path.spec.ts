import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, freshEnv, projectRoot, runNpm } from './support/project-copy.ts';
import { type Mirror, serveMirror, writeStandInRelease } from './support/stand-in-electron.ts';

/**
 * The README's first command on a fresh copy of the project, run for real up to the launch.
 * Electron 45's npm package no longer downloads its binary on install, and electron-vite 6 does
 * not trigger the lazy download either: it reads node_modules/electron/path.txt and throws
 * "Electron uninstall" when it is missing. `prestart` runs the package's own `install-electron`
 * (install.js → @electron/get), which downloads from ELECTRON_MIRROR into the
 * `electron_config_cache`, checks the zip against SHASUMS256.txt, extracts it into
 * node_modules/electron/dist and writes path.txt; electron-vite preview then builds and spawns
 * dist/<path.txt> with '.' in the project folder. The release here is a stand-in served on
 * 127.0.0.1, so the whole path runs offline. The real release's checksums are bundled in
 * electron/checksums.json; `electron_use_remote_checksums` makes install.js check against the
 * stand-in's SHASUMS256.txt instead, exactly as with a mirror of custom builds.
 */

const electronVersion = (
  JSON.parse(readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

interface Launch {
  readonly args: readonly string[];
  readonly cwd: string;
  readonly appFolder: string;
  readonly main: string | null;
  readonly mainExists: boolean;
}

let base: string;
let project: string;
let mirror: Mirror;
let env: NodeJS.ProcessEnv;
const record = () => join(base, 'launches.jsonl');
const launches = (): Launch[] =>
  existsSync(record())
    ? readFileSync(record(), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Launch)
    : [];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'br-start-path-'));
  const release = writeStandInRelease(join(base, 'release'), electronVersion);
  const folder = `/v${electronVersion}/`;
  mirror = await serveMirror(
    new Map(
      [release.zipName, 'SHASUMS256.txt'].map((name) => [
        `${folder}${name}`,
        readFileSync(join(release.root, `v${electronVersion}`, name)),
      ]),
    ),
  );
  // electron and electron-vite are real copies: install.js writes dist/ and path.txt into its
  // package, and electron-vite resolves 'electron' from where it really lives.
  project = copyProject(join(base, 'project'), ['electron', 'electron-vite']);
  env = freshEnv({
    ELECTRON_MIRROR: mirror.url,
    electron_config_cache: join(base, 'electron-cache'),
    electron_use_remote_checksums: '1',
    ELECTRON_GET_NO_PROGRESS: '1',
    STAND_IN_ELECTRON_RECORD: record(),
  });
});

afterAll(async () => {
  await mirror?.close();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('npm start on a fresh copy of the project, against a stand-in Electron release', () => {
  it('the fresh copy has no Electron binary, as after npm ci', () => {
    expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/electron/dist'))).toBe(false);
  });

  it('downloads the binary once, then launches it with the app folder whose package.json "main" was built', {
    timeout: 300_000,
  }, async () => {
    const result = await runNpm(['start'], project, env);
    expect(result.code, result.output).toBe(0);
    // The zip, then the checksums it is verified against (@electron/get validates after download).
    expect(mirror.requests).toEqual([
      `/v${electronVersion}/electron-v${electronVersion}-${process.platform}-${process.arch}.zip`,
      `/v${electronVersion}/SHASUMS256.txt`,
    ]);
    expect(readFileSync(join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron');
    expect(readdirSync(join(base, 'electron-cache')).length).toBeGreaterThan(0);
    expect(launches()).toEqual([
      { args: ['.'], cwd: project, appFolder: project, main: 'out/main/index.js', mainExists: true },
    ]);
  });

  it('a second start downloads nothing and launches again', { timeout: 300_000 }, async () => {
    const before = mirror.requests.length;
    const result = await runNpm(['start'], project, env);
    expect(result.code, result.output).toBe(0);
    expect(mirror.requests.length).toBe(before);
    expect(launches()).toHaveLength(2);
    expect(launches()[1]).toEqual(launches()[0]);
  });

  it('npm run dev finds the same binary (predev) and launches it with the dev build', {
    timeout: 300_000,
  }, async () => {
    const before = mirror.requests.length;
    const result = await runNpm(['run', 'dev'], project, env);
    expect(result.code, result.output).toBe(0);
    expect(mirror.requests.length).toBe(before);
    expect(launches()).toHaveLength(3);
    expect(launches()[2]).toMatchObject({ args: ['.'], appFolder: project, mainExists: true });
  });

  it('keeps npm ci offline: nothing downloads at install time (no install or postinstall script)', () => {
    const scripts = (
      JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(Object.keys(scripts).filter((name) => /^(pre|post)?install$/.test(name))).toEqual([]);
    expect(scripts.prestart).toBe('install-electron');
    expect(scripts.predev).toBe('install-electron');
  });
});
