import { defineNamespace } from '../message.ts';

/** Strings of native dialogs and command-line output (main process). */
export const dialogs = defineNamespace(
  {
    'dialogs.title': 'Breathing Room',
    'dialogs.export-csv.title': 'Export statistics',
    'dialogs.export-csv.button': 'Export',
    'dialogs.export-csv.filter': 'CSV file',
    'dialogs.export-csv.default-name': 'breathing-room-statistics.csv',
    'dialogs.cli.error': 'Breathing Room could not understand that command: {message}',
  },
  {
    'dialogs.title': 'Breathing Room',
    'dialogs.export-csv.title': 'Statistieken exporteren',
    'dialogs.export-csv.button': 'Exporteren',
    'dialogs.export-csv.filter': 'CSV-bestand',
    'dialogs.export-csv.default-name': 'breathing-room-statistieken.csv',
    'dialogs.cli.error': 'Breathing Room begreep deze opdracht niet: {message}',
  },
);
