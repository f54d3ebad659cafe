import fs from 'node:fs';
import { registerHooks } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSettingsFileSystem } from '../../main/settings/node-settings-file-system.ts';
import { createSettingsService } from '../../main/settings/settings-service.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/types.ts';
import { pickInt, seededRandom } from '../support/seeded-random.ts';
import { bySoakBudget, soakSeed } from './budget.ts';

// As in tests/main/settings/settings-service.spec.ts: electron-store imports `electron`, which
// throws outside Electron, so its import alone gets an empty module and the real store runs.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron' && context.parentURL?.includes('/node_modules/electron-store/')) {
      return { url: 'data:text/javascript,export default {}', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
const { createElectronSettingsStore } = await import('../../main/settings/electron-store-adapter.ts');

const RUNS = bySoakBudget({ full: 500, small: 100 });
const SEED = soakSeed(4242);
const NOW_MS = Date.UTC(2026, 10, 25, 19, 54, 21, 123);
const FILE_NAME = 'settings.json';
const BACKUP_NAME = 'settings.corrupt-2026-11-25T19-54-21-123Z.json';

type Mutation = (bytes: Buffer, rand: () => number) => Buffer;

/** Byte-level damage as disks, crashes and careless editors cause it. */
const mutations: Record<string, Mutation> = {
  truncate: (bytes, rand) => bytes.subarray(0, pickInt(rand, 0, bytes.length)),
  'flip a bit': (bytes, rand) => {
    const copy = Buffer.from(bytes);
    const at = pickInt(rand, 0, copy.length);
    copy[at] = (copy[at] ?? 0) ^ (1 << pickInt(rand, 0, 8));
    return copy;
  },
  'replace a byte': (bytes, rand) => {
    const copy = Buffer.from(bytes);
    copy[pickInt(rand, 0, copy.length)] = pickInt(rand, 0, 256);
    return copy;
  },
  'zero a block': (bytes, rand) => {
    const copy = Buffer.from(bytes);
    const start = pickInt(rand, 0, copy.length);
    copy.fill(0, start, Math.min(copy.length, start + pickInt(rand, 1, 512)));
    return copy;
  },
  'delete a range': (bytes, rand) => {
    const start = pickInt(rand, 0, bytes.length);
    const end = Math.min(bytes.length, start + pickInt(rand, 1, 40));
    return Buffer.concat([bytes.subarray(0, start), bytes.subarray(end)]);
  },
  'insert garbage': (bytes, rand) => {
    const at = pickInt(rand, 0, bytes.length + 1);
    const garbage = Buffer.from(Array.from({ length: pickInt(rand, 1, 16) }, () => pickInt(rand, 0, 256)));
    return Buffer.concat([bytes.subarray(0, at), garbage, bytes.subarray(at)]);
  },
  'repeat a chunk': (bytes, rand) => {
    const start = pickInt(rand, 0, bytes.length);
    const chunk = bytes.subarray(start, Math.min(bytes.length, start + pickInt(rand, 1, 64)));
    const at = pickInt(rand, 0, bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at)]);
  },
};

/** The test's own verdict, from the platform's JSON parser: could any reader parse these bytes? */
function parsesAsJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

let root: string;
let original: Buffer;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'br-soak-settings-'));
  // The valid file is one the real store wrote, holding choices that differ from the defaults.
  const directory = path.join(root, 'original');
  const service = createSettingsService({
    store: createElectronSettingsStore(directory),
    fs: nodeSettingsFileSystem,
    now: () => NOW_MS,
  });
  const result = service.update({ language: 'nl', theme: 'dark', breathing: { intervalMinutes: 40 } });
  expect(result).toMatchObject({ ok: true, saved: true });
  original = fs.readFileSync(path.join(directory, FILE_NAME));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe(`settings over the real electron-store survive ${RUNS} random corruptions (seed ${SEED})`, () => {
  it('start on defaults, keep the damaged bytes beside the new file and raise the notice once', () => {
    const rand = seededRandom(SEED);
    const names = Object.keys(mutations);
    const tally = { notJson: 0, stillJson: 0, stillJsonReset: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      let bytes = original;
      const applied: string[] = [];
      for (let step = pickInt(rand, 1, 4); step > 0; step -= 1) {
        const name = names[pickInt(rand, 0, names.length)] ?? 'truncate';
        applied.push(name);
        bytes = (mutations[name] as Mutation)(bytes, rand);
      }
      if (bytes.equals(original)) continue;
      const context = `run ${run}: ${applied.join(', ')}`;
      const directory = path.join(root, `run-${run}`);
      fs.mkdirSync(directory);
      fs.writeFileSync(path.join(directory, FILE_NAME), bytes);

      const service = createSettingsService({
        store: createElectronSettingsStore(directory),
        fs: nodeSettingsFileSystem,
        now: () => NOW_MS,
      });
      const outcome = service.loadOutcome();
      const backupPath = path.join(directory, BACKUP_NAME);

      if (!parsesAsJson(bytes)) {
        tally.notJson += 1;
        expect(outcome, context).toMatchObject({ kind: 'reset', reason: 'not-json', backupPath });
      } else {
        tally.stillJson += 1;
        // Damage that still parses may be a valid file by chance; when it is refused, the same promises hold.
        expect(['loaded', 'migrated', 'reset'], context).toContain(outcome.kind);
        if (outcome.kind === 'migrated') {
          // A version field damaged into an older one: migrated, with the damaged bytes kept.
          expect(outcome.backupPath, context).toBeDefined();
          expect(fs.readFileSync(outcome.backupPath ?? '').equals(bytes), context).toBe(true);
        }
        if (outcome.kind !== 'reset') {
          expect(service.consumeResetNotice(), context).toBe(false);
          expect(fs.existsSync(backupPath), context).toBe(false);
          fs.rmSync(directory, { recursive: true });
          continue;
        }
        tally.stillJsonReset += 1;
        expect(outcome, context).toMatchObject({ kind: 'reset', backupPath });
      }
      expect(service.get(), context).toEqual(DEFAULT_SETTINGS);
      expect(
        fs.readFileSync(backupPath).equals(bytes),
        `${context}: backup differs from the damaged file`,
      ).toBe(true);
      expect(JSON.parse(fs.readFileSync(path.join(directory, FILE_NAME), 'utf8')), context).toEqual(
        DEFAULT_SETTINGS,
      );
      expect(service.consumeResetNotice(), context).toBe(true);
      expect(service.consumeResetNotice(), context).toBe(false);
      // A restart after the notice was seen: the defaults load cleanly and no second notice shows.
      const restarted = createSettingsService({
        store: createElectronSettingsStore(directory),
        fs: nodeSettingsFileSystem,
        now: () => NOW_MS + 1,
      });
      expect(restarted.loadOutcome(), context).toEqual({ kind: 'loaded' });
      expect(restarted.consumeResetNotice(), context).toBe(false);
      expect(
        fs.readdirSync(directory).filter((name) => name.includes('corrupt')),
        context,
      ).toEqual([BACKUP_NAME]);
      fs.rmSync(directory, { recursive: true });
    }
    console.info(
      `settings corruption soak: ${tally.notJson} not JSON, ${tally.stillJson} still JSON (${tally.stillJsonReset} refused)`,
    );
    // Most damage must break the JSON, or the run proves little about the reset path.
    expect(tally.notJson).toBeGreaterThan(RUNS * 0.6);
  });
});
