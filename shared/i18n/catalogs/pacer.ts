import { defineNamespace } from '../message.ts';

/** Strings of the pacer view (renderer). */
export const pacer = defineNamespace(
  {
    'pacer.title': 'Breathing Room',
  },
  {
    'pacer.title': 'Breathing Room',
  },
);
