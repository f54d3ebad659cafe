import { defineNamespace } from '../message.ts';

/** Strings of the notice view (renderer). */
export const notice = defineNamespace(
  {
    'notice.title': 'Breathing Room',
  },
  {
    'notice.title': 'Breathing Room',
  },
);
