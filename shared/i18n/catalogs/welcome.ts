import { defineNamespace } from '../message.ts';

/** Strings of the welcome view (renderer). */
export const welcome = defineNamespace(
  {
    'welcome.title': 'Breathing Room',
  },
  {
    'welcome.title': 'Breathing Room',
  },
);
