import { defineNamespace } from '../message.ts';

/** Strings of the learn view (renderer). */
export const learn = defineNamespace(
  {
    'learn.title': 'Breathing Room',
  },
  {
    'learn.title': 'Breathing Room',
  },
);
