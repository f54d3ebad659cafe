import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCsvWithDialog } from '../../main/csv-export.ts';
import { createTranslator } from '../../shared/i18n/index.ts';

let base = '';
afterEach(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('CSV export', () => {
  it('writes the CSV where the user chose, with a localized dialog', async () => {
    base = mkdtempSync(join(tmpdir(), 'br-csv-'));
    const target = join(base, 'stats.csv');
    const seen: Electron.SaveDialogOptions[] = [];
    const path = await saveCsvWithDialog({
      dialog: {
        showSaveDialog: (async (...args: unknown[]) => {
          seen.push(args.at(-1) as Electron.SaveDialogOptions);
          return { canceled: false, filePath: target };
        }) as Electron.Dialog['showSaveDialog'],
      },
      owner: null,
      csv: 'date,taken\n2026-03-10,1\n',
      t: createTranslator('nl'),
      defaultDirectory: base,
    });
    expect(path).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('date,taken\n2026-03-10,1\n');
    expect(seen[0]?.title).toBe('Statistieken exporteren');
    expect(seen[0]?.filters).toEqual([{ name: 'CSV-bestand', extensions: ['csv'] }]);
  });

  it('writes nothing when the user cancels', async () => {
    const path = await saveCsvWithDialog({
      dialog: {
        showSaveDialog: (async () => ({ canceled: true, filePath: '' })) as Electron.Dialog['showSaveDialog'],
      },
      owner: null,
      csv: 'x',
      t: createTranslator('en'),
      defaultDirectory: '/nowhere',
    });
    expect(path).toBeNull();
  });
});
