import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { Translate } from '../shared/i18n/index.ts';

/** Asks where to save the statistics CSV and writes it there; null when the user cancels. */
export async function saveCsvWithDialog(options: {
  readonly dialog: Pick<Dialog, 'showSaveDialog'>;
  readonly owner: BrowserWindow | null;
  readonly csv: string;
  readonly t: Translate;
  readonly defaultDirectory: string;
}): Promise<string | null> {
  const dialogOptions: Electron.SaveDialogOptions = {
    title: options.t('dialogs.export-csv.title'),
    buttonLabel: options.t('dialogs.export-csv.button'),
    defaultPath: join(options.defaultDirectory, options.t('dialogs.export-csv.default-name')),
    filters: [{ name: options.t('dialogs.export-csv.filter'), extensions: ['csv'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = options.owner
    ? await options.dialog.showSaveDialog(options.owner, dialogOptions)
    : await options.dialog.showSaveDialog(dialogOptions);
  if (result.canceled || !result.filePath) return null;
  await writeFile(result.filePath, options.csv, 'utf8');
  return result.filePath;
}
