import { defineNamespace } from '../message.ts';

/** Strings of the checkin view (renderer). */
export const checkin = defineNamespace(
  {
    'checkin.title': 'Breathing Room',
  },
  {
    'checkin.title': 'Breathing Room',
  },
);
