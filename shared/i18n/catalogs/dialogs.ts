import { defineNamespace } from '../message.ts';

/** Strings of the dialogs (main process). */
export const dialogs = defineNamespace(
  {
    'dialogs.title': 'Breathing Room',
  },
  {
    'dialogs.title': 'Breathing Room',
  },
);
