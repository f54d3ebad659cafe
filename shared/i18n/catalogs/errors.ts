import { defineNamespace } from '../message.ts';

/** Strings of the errors view (renderer). */
export const errors = defineNamespace(
  {
    'errors.title': 'Breathing Room',
  },
  {
    'errors.title': 'Breathing Room',
  },
);
