import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { zipBuffer } from './zip-writer.ts';

/**
 * A stand-in for an Electron release, for the paths around the real binary that can run here
 * (there is no Electron download on this machine): an `electron` that only records how it was
 * launched, laid out and named like the real artifacts, and served like a mirror.
 */

/** The name @electron/get asks for: electron-v<version>-<platform>-<arch>.zip. */
export function artifactName(version: string, platform = process.platform, arch = process.arch): string {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

/** `@electron/fuses` finds the fuse wire right after this sentinel in the binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Wire format V1: version byte 1, a length byte, then one byte per fuse ('0' off, '1' on). */
export const FUSE_WIRE_V1_LENGTH = 8;

/**
 * What the stand-in runs: like Electron, it takes its first argument as the app folder, reads
 * that folder's package.json "main", and records (one JSON line appended to
 * $STAND_IN_ELECTRON_RECORD) its arguments, working directory, the app folder, "main" and
 * whether that file exists. Then it exits 0.
 */
const RECORD_LAUNCH = `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const args = process.argv.slice(2);
const appFolder = path.resolve(args[0] === undefined ? '.' : args[0]);
let main = null;
let mainExists = false;
try {
  main = JSON.parse(fs.readFileSync(path.join(appFolder, 'package.json'), 'utf8')).main;
  mainExists = typeof main === 'string' && fs.statSync(path.join(appFolder, main)).isFile();
} catch {}
fs.appendFileSync(
  process.env.STAND_IN_ELECTRON_RECORD,
  JSON.stringify({ args, cwd: process.cwd(), appFolder, main, mainExists }) + '\\n',
);
`;

/**
 * The stand-in `electron` executable: a shell script that hands over to record-launch.cjs beside
 * it. It carries the fuse sentinel and a V1 wire set the way Electron ships it, so packaging can
 * flip it and @electron/fuses can read it back.
 */
export function standInElectronBinary(): Buffer {
  const script = [
    '#!/bin/sh',
    '# Stand-in Electron: records how it was launched.',
    'exec node "$(dirname "$0")/record-launch.cjs" "$@"',
    `# ${FUSE_SENTINEL}`,
  ].join('\n');
  const wire = Buffer.from([1, FUSE_WIRE_V1_LENGTH, ...Buffer.from(SHIPPED_FUSES)]);
  return Buffer.concat([Buffer.from(script, 'utf8'), wire, Buffer.from('\n')]);
}

/**
 * Electron's shipped fuse states ('1' on, '0' off), in FuseV1Options order: RunAsNode, EnableCookieEncryption,
 * EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
 * EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot,
 * GrantFileProtocolExtraPrivileges.
 */
export const SHIPPED_FUSES = '10110001';

export interface StandInRelease {
  /** The folder to serve: v<version>/<zip> and v<version>/SHASUMS256.txt. */
  readonly root: string;
  readonly zipName: string;
}

/** Writes the release zip (`electron` and `version`) and its SHASUMS256.txt under `root`. */
export function writeStandInRelease(root: string, version: string): StandInRelease {
  const zipName = artifactName(version);
  const folder = join(root, `v${version}`);
  mkdirSync(folder, { recursive: true });
  const zip = zipBuffer([
    { name: 'electron', data: standInElectronBinary(), mode: 0o755 },
    { name: 'record-launch.cjs', data: Buffer.from(RECORD_LAUNCH), mode: 0o644 },
    { name: 'version', data: Buffer.from(version), mode: 0o644 },
    { name: 'LICENSE', data: Buffer.from('Stand-in for tests.\n'), mode: 0o644 },
  ]);
  writeFileSync(join(folder, zipName), zip);
  const sum = createHash('sha256').update(zip).digest('hex');
  writeFileSync(join(folder, 'SHASUMS256.txt'), `${sum} *${zipName}\n`);
  return { root, zipName };
}

/** An unpacked stand-in distribution, as electron-builder's `electronDist` directory takes it. */
export function writeStandInDistribution(directory: string, version: string): string {
  mkdirSync(join(directory, 'resources'), { recursive: true });
  const binary = join(directory, 'electron');
  writeFileSync(binary, standInElectronBinary());
  chmodSync(binary, 0o755);
  writeFileSync(join(directory, 'record-launch.cjs'), RECORD_LAUNCH);
  writeFileSync(join(directory, 'version'), version);
  writeFileSync(join(directory, 'LICENSE'), 'Stand-in for tests.\n');
  return directory;
}

export interface Mirror {
  /** ELECTRON_MIRROR: ends with a slash, as @electron/get appends `v<version>/<file>`. */
  readonly url: string;
  /** Every path asked for, in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** Serves `root` read-only on 127.0.0.1 and logs every request. */
export async function serveMirror(files: ReadonlyMap<string, Buffer>): Promise<Mirror> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const body = files.get(path);
    if (request.method !== 'GET' || body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
