import { defineNamespace } from '../message.ts';

/** Strings of the panel view (renderer). */
export const panel = defineNamespace(
  {
    'panel.title': 'Breathing Room',
  },
  {
    'panel.title': 'Breathing Room',
  },
);
