import { defineNamespace } from '../message.ts';

/** Strings of the stretch view (renderer). */
export const stretch = defineNamespace(
  {
    'stretch.title': 'Breathing Room',
  },
  {
    'stretch.title': 'Breathing Room',
  },
);
