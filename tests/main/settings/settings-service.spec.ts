import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { registerHooks } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeSettingsFileSystem } from '../../../main/settings/node-settings-file-system.ts';
import {
  createSettingsService,
  defaultPatternFellBack,
  type SettingsServiceOptions,
} from '../../../main/settings/settings-service.ts';
import type { SettingsFileSystem, SettingsStorePort } from '../../../main/settings/settings-store-port.ts';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION } from '../../../shared/settings/types.ts';
import { createConfSettingsStore } from './conf-settings-store.ts';

// electron-store imports `electron`, which throws outside the Electron runtime. Node's module
// hooks swap in an empty module for electron-store's import only (the hook lives as long as the
// worker, so nothing else may see it); the real electron-store code then runs with an absolute cwd.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron' && context.parentURL?.includes('/node_modules/electron-store/')) {
      return { url: 'data:text/javascript,export default {}', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
const { createElectronSettingsStore } = await import('../../../main/settings/electron-store-adapter.ts');

const NOW_MS = Date.UTC(2026, 10, 25, 19, 54, 21, 123);
const CORRUPT_NAME = 'settings.corrupt-2026-11-25T19-54-21-123Z.json';

let directory: string;

beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'br-settings-'));
});

afterEach(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

const adapters = {
  conf: (dir: string) => createConfSettingsStore(dir),
  'electron-store': (dir: string) => createElectronSettingsStore(dir),
} satisfies Record<string, (dir: string) => SettingsStorePort>;

function settingsFile(): string {
  return path.join(directory, 'settings.json');
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function sha(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function filesInDirectory(): string[] {
  return fs.readdirSync(directory).sort();
}

describe.each(Object.entries(adapters))('settings service over %s', (_name, makeStore) => {
  function open(overrides: Partial<SettingsServiceOptions> = {}) {
    return createSettingsService({
      store: makeStore(directory),
      fs: nodeSettingsFileSystem,
      now: () => NOW_MS,
      ...overrides,
    });
  }

  function writeFile(text: string | Buffer): string {
    fs.writeFileSync(settingsFile(), text);
    return sha(settingsFile());
  }

  function expectResetFrom(originalHash: string, service: ReturnType<typeof open>, reason: string) {
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(service.loadOutcome()).toMatchObject({
      kind: 'reset',
      reason,
      backupPath: path.join(directory, CORRUPT_NAME),
    });
    // The original bytes are kept beside the new file, and the new file holds the defaults.
    expect(sha(path.join(directory, CORRUPT_NAME))).toBe(originalHash);
    expect(readJson(settingsFile())).toEqual(DEFAULT_SETTINGS);
    expect(service.consumeResetNotice()).toBe(true);
    expect(service.consumeResetNotice()).toBe(false);
  }

  it('starts from defaults and writes them when there is no file', () => {
    const service = open();
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(service.loadOutcome()).toEqual({ kind: 'new' });
    expect(readJson(settingsFile())).toEqual(DEFAULT_SETTINGS);
    expect(service.consumeResetNotice()).toBe(false);
  });

  it('stores a valid update and reads it back in a new session', () => {
    const first = open();
    const result = first.update({ language: 'nl', breathing: { intervalMinutes: 40 } });
    expect(result).toMatchObject({ ok: true, saved: true });
    const second = open();
    expect(second.loadOutcome()).toEqual({ kind: 'loaded' });
    expect(second.get().language).toBe('nl');
    expect(second.get().breathing.intervalMinutes).toBe(40);
    expect(second.get().breathing.patternId).toBe(DEFAULT_SETTINGS.breathing.patternId);
  });

  it('refuses a bad update with the field named, writes nothing and tells no listener', () => {
    const service = open();
    service.update({ theme: 'dark' });
    const before = sha(settingsFile());
    const listener = vi.fn();
    service.onChange(listener);
    const result = service.update({ theme: 'light', breathing: { intervalMinutes: 2 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(['breathing.intervalMinutes']);
    expect(result.message).toBe('breathing.intervalMinutes must be a whole number from 5 to 180');
    expect(sha(settingsFile())).toBe(before);
    expect(service.get().theme).toBe('dark');
    expect(listener).not.toHaveBeenCalled();
  });

  it('tells listeners the new and previous settings until they unsubscribe', () => {
    const service = open();
    const listener = vi.fn();
    const unsubscribe = service.onChange(listener);
    service.update({ strictMode: true });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0].strictMode).toBe(true);
    expect(listener.mock.calls[0]?.[1].strictMode).toBe(false);
    unsubscribe();
    service.update({ strictMode: false });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps going when a listener throws', () => {
    const log = vi.fn();
    const service = open({ log });
    const after = vi.fn();
    service.onChange(() => {
      throw new Error('listener bug');
    });
    service.onChange(after);
    expect(service.update({ strictMode: true })).toMatchObject({ ok: true, saved: true });
    expect(after).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('A settings listener failed', expect.any(Error));
  });

  it('reset() writes the defaults back', () => {
    const service = open();
    service.update({ sounds: { enabled: true, volume: 80 } });
    expect(service.reset()).toMatchObject({ ok: true, saved: true, settings: DEFAULT_SETTINGS });
    expect(readJson(settingsFile())).toEqual(DEFAULT_SETTINGS);
  });

  it('moves a truncated JSON file aside, uses defaults and raises the notice once', () => {
    const hash = writeFile(JSON.stringify(DEFAULT_SETTINGS).slice(0, 80));
    expectResetFrom(hash, open(), 'not-json');
  });

  it('moves a file with wrong types aside', () => {
    const hash = writeFile(
      JSON.stringify({
        ...DEFAULT_SETTINGS,
        breathing: { ...DEFAULT_SETTINGS.breathing, intervalMinutes: '25' },
      }),
    );
    const service = open();
    expect(service.loadOutcome()).toMatchObject({
      detail: expect.stringContaining('breathing.intervalMinutes'),
    });
    expectResetFrom(hash, service, 'invalid');
  });

  it('moves a file with unknown keys aside', () => {
    const hash = writeFile(JSON.stringify({ ...DEFAULT_SETTINGS, colour: 'blue' }));
    expectResetFrom(hash, open(), 'invalid');
  });

  it('moves a file with out-of-range numbers aside', () => {
    const hash = writeFile(JSON.stringify({ ...DEFAULT_SETTINGS, sounds: { enabled: true, volume: 250 } }));
    expectResetFrom(hash, open(), 'invalid');
  });

  it('moves a file from a newer schema version aside', () => {
    const hash = writeFile(JSON.stringify({ ...DEFAULT_SETTINGS, schemaVersion: 99 }));
    expectResetFrom(hash, open(), 'newer-version');
  });

  it('refuses a 10 MB file without parsing it and keeps it intact', () => {
    const hash = writeFile(Buffer.alloc(10 * 1024 * 1024, 0x20));
    const readText = vi.fn(nodeSettingsFileSystem.readText);
    const service = open({ fs: { ...nodeSettingsFileSystem, readText } });
    expect(readText).not.toHaveBeenCalledWith(settingsFile());
    expectResetFrom(hash, service, 'too-large');
  });

  it('accepts a file with a byte order mark and fills missing fields from defaults', () => {
    writeFile(`\uFEFF${JSON.stringify({ schemaVersion: SETTINGS_SCHEMA_VERSION, language: 'en' })}`);
    const service = open();
    expect(service.loadOutcome()).toEqual({ kind: 'loaded' });
    expect(service.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('keeps the notice across a restart until it is consumed', () => {
    writeFile('{ nope');
    open();
    const afterRestart = open();
    expect(afterRestart.loadOutcome()).toEqual({ kind: 'loaded' });
    expect(afterRestart.consumeResetNotice()).toBe(true);
    expect(open().consumeResetNotice()).toBe(false);
  });

  it('migrates a version 0 file and keeps the old file beside it', () => {
    const hash = writeFile(JSON.stringify({ breakIntervalMinutes: 35, language: 'auto', soundVolume: 0.5 }));
    const service = open();
    const backupPath = path.join(directory, 'settings.v0-2026-11-25T19-54-21-123Z.json');
    expect(service.loadOutcome()).toEqual({ kind: 'migrated', from: 0, backupPath });
    expect(sha(backupPath)).toBe(hash);
    const expected = {
      ...DEFAULT_SETTINGS,
      breathing: { ...DEFAULT_SETTINGS.breathing, intervalMinutes: 35 },
      sounds: { ...DEFAULT_SETTINGS.sounds, volume: 50 },
    };
    expect(service.get()).toEqual(expected);
    expect(readJson(settingsFile())).toEqual(expected);
    expect(service.consumeResetNotice()).toBe(false);
  });

  it('keeps every other setting when only a custom pattern is wrong, and keeps the file as a backup', () => {
    const good = {
      id: 'evening',
      name: 'Evening',
      inhaleSeconds: 4,
      holdInSeconds: 0,
      exhaleSeconds: 6,
      holdOutSeconds: 0,
    };
    const bad = { ...good, id: 'dawn', name: 'Dawn', exhaleSeconds: 6.3 };
    const hash = writeFile(
      JSON.stringify({
        ...DEFAULT_SETTINGS,
        language: 'nl',
        breathing: {
          ...DEFAULT_SETTINGS.breathing,
          intervalMinutes: 40,
          patternId: 'dawn',
          customPatterns: [good, bad],
        },
      }),
    );
    const service = open();
    const backupPath = path.join(directory, 'settings.repaired-2026-11-25T19-54-21-123Z.json');
    expect(service.loadOutcome()).toEqual({
      kind: 'salvaged',
      salvage: { droppedPatterns: 1, defaultFellBack: true },
      backupPath,
    });
    expect(defaultPatternFellBack(service.loadOutcome())).toBe(true);
    expect(sha(backupPath)).toBe(hash);
    const expected = {
      ...DEFAULT_SETTINGS,
      language: 'nl',
      breathing: { ...DEFAULT_SETTINGS.breathing, intervalMinutes: 40, customPatterns: [good] },
    };
    expect(service.get()).toEqual(expected);
    expect(readJson(settingsFile())).toEqual(expected);
    // Not a reset: no "your settings could not be read" notice.
    expect(service.consumeResetNotice()).toBe(false);
    expect(open().loadOutcome()).toEqual({ kind: 'loaded' });
  });

  it('adds a counter when a backup with the same timestamp exists', () => {
    fs.writeFileSync(path.join(directory, CORRUPT_NAME), 'older backup');
    writeFile('[');
    const service = open();
    expect(service.loadOutcome()).toMatchObject({
      backupPath: path.join(directory, 'settings.corrupt-2026-11-25T19-54-21-123Z-2.json'),
    });
    expect(fs.readFileSync(path.join(directory, CORRUPT_NAME), 'utf8')).toBe('older backup');
  });

  it('keeps working in memory when the folder cannot be created', () => {
    // A path through a regular file fails for every user, root included (the CI runs as root).
    const blocker = path.join(directory, 'blocker');
    fs.writeFileSync(blocker, '');
    const service = createSettingsService({
      store: makeStore(path.join(blocker, 'sub')),
      fs: nodeSettingsFileSystem,
      now: () => NOW_MS,
    });
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(service.storageError()).toMatch(/ENOTDIR|not a directory/i);
    const result = service.update({ theme: 'dark' });
    expect(result).toMatchObject({
      ok: true,
      saved: false,
      saveError: expect.stringContaining('Could not save settings'),
    });
    expect(service.get().theme).toBe('dark');
  });
});

describe('settings service in a read-only folder', () => {
  // Root ignores permission bits, so "read-only" is simulated at the two seams the service
  // writes through: every file operation that would change the folder fails with EROFS.
  function erofs(): Error {
    return Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
  }

  const readOnlyFs: SettingsFileSystem = {
    ...nodeSettingsFileSystem,
    rename: () => {
      throw erofs();
    },
    writeText: () => {
      throw erofs();
    },
    remove: () => {
      throw erofs();
    },
  };

  function readOnlyStore(): SettingsStorePort {
    const real = createConfSettingsStore(directory);
    return {
      filePath: real.filePath,
      open: () => {
        throw erofs();
      },
      write: () => {
        throw erofs();
      },
    };
  }

  it('leaves a corrupt original in place, runs on defaults and reports writes clearly', () => {
    fs.writeFileSync(settingsFile(), '{"language": "nl",');
    const hash = sha(settingsFile());
    const service = createSettingsService({ store: readOnlyStore(), fs: readOnlyFs, now: () => NOW_MS });
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(service.loadOutcome()).toEqual({
      kind: 'reset',
      reason: 'not-json',
      detail: 'The file is not valid JSON.',
    });
    expect(service.consumeResetNotice()).toBe(true);
    const result = service.update({ language: 'en' });
    expect(result).toMatchObject({ ok: true, saved: false, saveError: expect.stringContaining('EROFS') });
    expect(service.get().language).toBe('en');
    expect(filesInDirectory()).toEqual(['settings.json']);
    expect(sha(settingsFile())).toBe(hash);
  });

  it('loads a valid file and keeps updates in memory', () => {
    fs.writeFileSync(settingsFile(), JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'dark' }));
    const service = createSettingsService({ store: readOnlyStore(), fs: readOnlyFs, now: () => NOW_MS });
    expect(service.get().theme).toBe('dark');
    expect(service.storageError()).toContain('EROFS');
    expect(service.update({ theme: 'light' })).toMatchObject({ ok: true, saved: false });
    expect(service.get().theme).toBe('light');
    expect((readJson(settingsFile()) as { theme: string }).theme).toBe('dark');
  });

  it('does not move an unreadable file and never overwrites it', () => {
    fs.writeFileSync(settingsFile(), JSON.stringify(DEFAULT_SETTINGS));
    const hash = sha(settingsFile());
    const writes: unknown[] = [];
    const service = createSettingsService({
      store: { filePath: settingsFile(), open: () => {}, write: (value) => writes.push(value) },
      fs: {
        ...nodeSettingsFileSystem,
        readText: () => {
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        },
      },
      now: () => NOW_MS,
    });
    expect(service.loadOutcome()).toMatchObject({ kind: 'reset', reason: 'unreadable' });
    expect(service.loadOutcome()).not.toHaveProperty('backupPath');
    expect(sha(settingsFile())).toBe(hash);
    expect(writes).toEqual([]);
  });
});

describe('settings service when the file changes between its check and the store opening it', () => {
  it('treats it as a bad file and moves it aside', () => {
    fs.writeFileSync(settingsFile(), JSON.stringify(DEFAULT_SETTINGS));
    let opens = 0;
    const service = createSettingsService({
      store: {
        filePath: settingsFile(),
        open: () => {
          opens += 1;
          if (opens === 1) throw new SyntaxError('Unexpected end of JSON input');
        },
        write: () => {},
      },
      fs: nodeSettingsFileSystem,
      now: () => NOW_MS,
    });
    expect(service.loadOutcome()).toMatchObject({
      kind: 'reset',
      reason: 'invalid',
      backupPath: path.join(directory, CORRUPT_NAME),
    });
    expect(opens).toBe(2);
  });
});
