import { defineNamespace } from '../message.ts';

/** Strings of the prefs view (renderer). */
export const prefs = defineNamespace(
  {
    'prefs.title': 'Breathing Room',
  },
  {
    'prefs.title': 'Breathing Room',
  },
);
