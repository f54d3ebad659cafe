import { defineNamespace } from '../message.ts';

/** Strings of the notifications (main process). */
export const notifications = defineNamespace(
  {
    'notifications.title': 'Breathing Room',
  },
  {
    'notifications.title': 'Breathing Room',
  },
);
