import { defineNamespace } from '../message.ts';

/** Strings of the tray (main process). */
export const tray = defineNamespace(
  {
    'tray.title': 'Breathing Room',
  },
  {
    'tray.title': 'Breathing Room',
  },
);
