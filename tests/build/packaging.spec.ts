import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { XWAYLAND_FLAG } from '../../main/autostart/desktop-entry.ts';
import { inlineScriptTexts } from '../../main/inline-hashes.ts';
import { trayIconDirectory, trayIconFile } from '../../main/tray/tray-icons.ts';
import type { TrayIconState } from '../../main/tray/tray-model.ts';
import { freshEnv, projectRoot, runCommand } from './support/project-copy.ts';
import { SHIPPED_FUSES, writeStandInDistribution } from './support/stand-in-electron.ts';

/**
 * Packaging, run for real and offline: `electron-builder --linux dir` with the project's own
 * electron-builder.yml, `electronDist` pointing at a stand-in Electron distribution whose binary
 * carries the fuse sentinel and wire, so electron-builder copies it, writes app.asar, copies the
 * extra resources and flips the fuses with @electron/fuses. The afterPack hook asks
 * electron-builder's Linux helper for the desktop entry and icons the deb and AppImage would
 * install. Then everything is read back from the output.
 */

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage(archive: string, options?: { isPack?: boolean }): string[];
  extractFile(archive: string, filename: string): Buffer;
};
const fuses = require('@electron/fuses') as {
  getCurrentFuseWire(path: string): Promise<Record<string, string | number>>;
  FuseV1Options: Record<string, number | string>;
};

interface LockPackage {
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly devOptional?: boolean;
}

interface LinuxDesktop {
  readonly executableName: string;
  readonly desktopFileName: string;
  readonly icons: readonly { file: string; size: number }[];
  readonly entry: string;
}

const config = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as {
  electronFuses: Record<string, boolean>;
  linux: { executableName: string };
};
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  name: string;
  productName: string;
  desktopName: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const electronVersion = (
  JSON.parse(readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

let base: string;
let appOutDir: string;
let archive: string;
let files: string[];
let packagingSeconds = 0;

async function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const result = await runCommand(command, args, projectRoot, env);
  if (result.code !== 0) throw new Error(`${command} exited ${result.code}:\n${result.output}`);
}

/** Package names (with scope) under a node_modules folder inside the asar listing. */
function packedPackages(listing: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const file of listing) {
    const match = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/|$)/.exec(file);
    if (match?.[1] && !match[1].endsWith('/')) names.add(match[1]);
  }
  for (const name of [...names]) if (name.startsWith('@') && !name.includes('/')) names.delete(name);
  return names;
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'br-packaging-'));
  if (!existsSync(join(projectRoot, 'out', 'main', 'index.js'))) {
    await run(
      process.execPath,
      [join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        ...process.env,
      },
    );
  }
  const dist = writeStandInDistribution(join(base, 'electron-dist'), electronVersion);
  const started = performance.now();
  await run(
    process.execPath,
    [
      join(projectRoot, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${dist}`,
      `-c.directories.output=${join(base, 'dist')}`,
      `-c.afterPack=${join(projectRoot, 'tests/build/support/linux-desktop-hook.cjs')}`,
    ],
    freshEnv({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' }),
  );
  packagingSeconds = (performance.now() - started) / 1000;
  appOutDir = join(base, 'dist', 'linux-unpacked');
  archive = join(appOutDir, 'resources', 'app.asar');
  files = asar.listPackage(archive, { isPack: false });
}, 300_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('electron-builder --linux dir with a stand-in Electron distribution', () => {
  it('app.asar holds only out/, package.json and node_modules: no sources, tests or source maps', () => {
    // Measured, not asserted (the machine is shared): the .ci/run budget is 90 s.
    process.stdout.write(`packaging took ${packagingSeconds.toFixed(1)} s\n`);
    const top = new Set(files.map((file) => file.split('/')[1]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json']);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const outFiles = files.filter((file) => file.startsWith('/out/'));
    expect(outFiles.filter((file) => /\.(ts|tsx)$/.test(file))).toEqual([]);
    for (const part of ['main', 'preload', 'renderer']) {
      expect(outFiles.some((file) => file.startsWith(`/out/${part}/`))).toBe(true);
    }
  });

  it('node_modules in the archive are exactly the installed runtime dependencies, no devDependencies', () => {
    const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, LockPackage>;
    };
    const runtime = new Set<string>();
    const requiredRuntime = new Set<string>();
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (!key.startsWith('node_modules/') || entry.dev || entry.devOptional) continue;
      // electron-builder flattens nested copies (node_modules/a/node_modules/b) into the archive.
      const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      runtime.add(name);
      const topLevel = !key.includes('/node_modules/', 'node_modules/'.length);
      if (topLevel && !entry.optional && existsSync(join(projectRoot, key))) requiredRuntime.add(name);
    }
    const unpacked = join(appOutDir, 'resources', 'app.asar.unpacked');
    const packed = packedPackages(files);
    if (existsSync(unpacked)) {
      const listing = execFileSync('find', ['.', '-type', 'f'], { cwd: unpacked, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((file) => file.slice(1));
      for (const name of packedPackages(listing)) packed.add(name);
    }
    expect([...packed].filter((name) => !runtime.has(name))).toEqual([]);
    expect([...requiredRuntime].filter((name) => !packed.has(name))).toEqual([]);
    for (const name of Object.keys(pkg.dependencies)) expect(packed.has(name)).toBe(true);
    // devDependencies only the tooling needs (ajv is one too, but conf needs it at runtime as well).
    const devOnly = Object.keys(pkg.devDependencies).filter(
      (name) => lock.packages[`node_modules/${name}`]?.dev,
    );
    expect(devOnly.length).toBeGreaterThan(10);
    expect(devOnly.filter((name) => packed.has(name))).toEqual([]);
    // The renderer bundle carries Preact; the archive must not carry it a second time.
    expect(packed.has('preact')).toBe(false);
  });

  it('the renderer in the archive is self-contained: its scripts import only each other, so the devDependencies it uses (preact, @preact/signals) are bundled in', () => {
    const renderer = files.filter((file) => file.startsWith('/out/renderer/'));
    const scripts = renderer
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file, text: asar.extractFile(archive, file.slice(1)).toString('utf8') }));
    // The break window's page carries its script inline (build/self-contained-page.ts).
    const inline = renderer
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        inlineScriptTexts(asar.extractFile(archive, file.slice(1)).toString('utf8')).map((text) => ({
          file: `${file} (inline)`,
          text,
        })),
      );
    expect(scripts.length).toBeGreaterThan(0);
    expect(inline.map((script) => script.file)).toEqual(['/out/renderer/break.html (inline)']);
    const bare: string[] = [];
    let signalsBundled = false;
    for (const { file, text } of [...scripts, ...inline]) {
      for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["']([^"']+)["']/g)) {
        const specifier = match[1] ?? '';
        if (!specifier.startsWith('./') && !specifier.startsWith('../')) bare.push(`${file}: ${specifier}`);
      }
      // @preact/signals-core's own error for a cycle between computed signals: its code is in the bundle.
      if (text.includes('Cycle detected')) signalsBundled = true;
    }
    expect(bare).toEqual([]);
    expect(signalsBundled).toBe(true);
  });

  it('the packed package.json names a main that exists inside the archive, and the desktop name', () => {
    const packedPkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as {
      main: string;
      desktopName: string;
      productName: string;
    };
    expect(files).toContain(`/${packedPkg.main}`);
    expect(asar.extractFile(archive, packedPkg.main).length).toBeGreaterThan(0);
    expect(packedPkg.productName).toBe(pkg.productName);
  });

  it('every fuse in electron-builder.yml reads back from the packed binary as configured', async () => {
    const executable = join(appOutDir, config.linux.executableName);
    accessSync(executable, constants.X_OK);
    const wire = await fuses.getCurrentFuseWire(executable);
    expect(wire.version).toBe('1');
    const expected: Record<number, number> = {};
    SHIPPED_FUSES.split('').forEach((state, index) => {
      expected[index] = state.charCodeAt(0);
    });
    for (const [name, enabled] of Object.entries(config.electronFuses)) {
      const option = fuses.FuseV1Options[`${name[0]?.toUpperCase()}${name.slice(1)}`];
      expect(typeof option, `fuse ${name} is a FuseV1Options member`).toBe('number');
      expected[option as number] = (enabled ? '1' : '0').charCodeAt(0);
    }
    const actual: Record<number, number> = {};
    for (let index = 0; index < SHIPPED_FUSES.length; index += 1) actual[index] = Number(wire[index]);
    expect(actual).toEqual(expected);
    // Something was flipped: RunAsNode ships on and is configured off.
    expect(String.fromCharCode(Number(wire[fuses.FuseV1Options.RunAsNode as number]))).toBe('0');
  });

  it('the tray icons are in <resources>/tray, where the packaged app reads them', () => {
    const directory = trayIconDirectory({
      isPackaged: true,
      resourcesPath: join(appOutDir, 'resources'),
      appPath: archive,
    });
    const states: TrayIconState[] = ['active', 'soon', 'paused'];
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const state of states) {
        const file = join(directory, trayIconFile(platform, state));
        expect(existsSync(file), file).toBe(true);
        if (platform !== 'win32') expect(existsSync(file.replace(/\.png$/, '@2x.png')), file).toBe(true);
      }
    }
  });

  it('the Linux desktop entry is named like the desktop name Electron reports, with our icon set', () => {
    const desktop = JSON.parse(
      readFileSync(join(base, 'dist', 'linux-desktop.json'), 'utf8'),
    ) as LinuxDesktop;
    // Electron tells the desktop (window grouping, notifications) "<desktopName>"; the entry the
    // deb and AppImage install must have that file name, and the autostart entry the same.
    expect(desktop.desktopFileName).toBe(pkg.desktopName);
    expect(desktop.entry).toMatch(/^Icon=breathing-room$/m);
    expect(desktop.entry).toMatch(/^StartupWMClass=breathing-room$/m);
    // The installed launcher runs through XWayland, like the start-at-login entry (the same flag).
    expect(desktop.entry.match(/^Exec=(.*)$/m)?.[1]).toBe(
      `"/opt/Breathing Room/breathing-room" ${XWAYLAND_FLAG} %U`,
    );
    const file = join(base, pkg.desktopName);
    writeFileSync(file, desktop.entry);
    expect(execFileSync('desktop-file-validate', [file], { encoding: 'utf8' })).toBe('');
    // Installed as /usr/share/icons/hicolor/<size>x<size>/apps/breathing-room.png, one per size.
    expect(desktop.executableName).toBe('breathing-room');
    expect(desktop.icons.map((icon) => icon.size).sort((a, b) => a - b)).toEqual([
      16, 32, 48, 64, 128, 256, 512,
    ]);
    for (const icon of desktop.icons)
      expect(icon.file).toBe(join(projectRoot, 'build', 'icons', `${icon.size}x${icon.size}.png`));
  });
});
