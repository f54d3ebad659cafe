import { defineNamespace } from '../message.ts';

/** Strings of the stats view (renderer). */
export const stats = defineNamespace(
  {
    'stats.title': 'Breathing Room',
  },
  {
    'stats.title': 'Breathing Room',
  },
);
