#!/usr/bin/env node
// Runs @doyensec/electronegativity over main/ and renderer/ and fails on any finding that is not
// justified in .ci/electronegativity-allow.json. electronegativity itself exits 0 whatever it
// finds, so this script is what makes its findings count.
//
// Two workarounds keep the tool usable here, both without touching node_modules:
// - its hoisted @typescript-eslint parser would load the project's TypeScript 7 (no JS API);
//   requests for "typescript" from the tool are sent to the TypeScript 4.2 it ships itself;
// - it downloads translations and Electron release data with `got`; the app has no network
//   access and neither does CI, so those requests fail at once instead of crashing later.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAllowList, findingMatches } from './electronegativity-allow.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const bundledTypeScript = join(toolDir, 'node_modules', 'typescript', 'lib', 'typescript.js');
const offlineGot = join(toolDir, '__offline-got__.cjs');

const fromTool = (parent) =>
  Boolean(parent?.filename) && /@doyensec[\\/]electronegativity|@typescript-eslint/.test(parent.filename);
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  if (request === 'typescript' && fromTool(parent)) return bundledTypeScript;
  if (request === 'got' && fromTool(parent)) return offlineGot;
  return originalResolve.call(this, request, parent, ...rest);
};
const offline = () => Promise.reject(new Error('offline: electronegativity runs without network'));
const got = Object.assign(offline, { get: offline, default: offline });
const stub = new Module(offlineGot);
stub.filename = offlineGot;
stub.loaded = true;
stub.exports = got;
Module._cache[offlineGot] = stub;

const run = require('@doyensec/electronegativity');

// Needs the network (Electron release feed); the Electron version is pinned by package.json.
const excludeFromScan = ['AvailableSecurityFixesGlobalCheck'];

const allowList = checkAllowList(
  JSON.parse(readFileSync(join(root, '.ci', 'electronegativity-allow.json'), 'utf8')),
);

// Main and renderer are scanned as one app, so the global checks (CSP, navigation limits,
// permission handler) see the HTML and the main process together, as they run. The copy carries
// a package.json naming the Electron version in use, which the version-dependent checks need.
const electronVersion = require('electron/package.json').version;
const scanRoot = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const folders = ['main', 'renderer'];
for (const folder of folders) cpSync(join(root, folder), join(scanRoot, folder), { recursive: true });
writeFileSync(
  join(scanRoot, 'package.json'),
  JSON.stringify({ name: 'breathing-room', devDependencies: { electron: electronVersion } }),
);

const findings = [];
try {
  const result = await run({
    input: scanRoot,
    isRelative: true,
    electronVersion,
    excludeFromScan,
    parserPlugins: ['optionalChaining', 'typescript', 'jsx'],
  });
  const issues = Array.isArray(result) ? result : (result?.issues ?? []);
  for (const issue of issues) findings.push({ ...issue, file: String(issue.file).replaceAll('\\', '/') });
  for (const error of result?.errors ?? [])
    console.log(`note: could not parse ${error.file ?? JSON.stringify(error)}`);
} finally {
  rmSync(scanRoot, { recursive: true, force: true });
}

const used = new Set();
let unjustified = 0;
for (const finding of findings) {
  const entry = allowList.find((candidate) => findingMatches(candidate, finding));
  const where = `${finding.file}:${finding.location?.line ?? '?'}`;
  if (entry) {
    used.add(entry);
    console.log(`justified   ${finding.id} ${where}\n            ${entry.reason}`);
  } else {
    unjustified += 1;
    console.log(
      `UNJUSTIFIED ${finding.id} ${where} (${finding.severity?.name}, ${finding.confidence?.name})`,
    );
    console.log(
      `            ${finding.description}: ${String(finding.sample ?? '')
        .trim()
        .slice(0, 160)}`,
    );
  }
}
for (const entry of allowList) {
  if (!used.has(entry))
    console.log(`stale allow-list entry (nothing matches it any more): ${entry.id} ${entry.file}`);
}
console.log(
  `electronegativity: ${findings.length} findings, ${findings.length - unjustified} justified, ${unjustified} unjustified`,
);
process.exit(unjustified === 0 ? 0 : 1);
