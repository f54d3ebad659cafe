import { defineNamespace } from '../message.ts';

/**
 * Strings of the busy hold (breaks wait while the user presents, calls or watches): the reasons
 * as the tray, the panel, the preferences and `--status` name them, and the one quiet notice.
 */
export const busy = defineNamespace(
  {
    'busy.reason.presentation': 'presentation or video',
    'busy.reason.fullscreen': 'full-screen app',
    'busy.reason.call': 'camera or microphone in use',
    'busy.reason.do-not-disturb': 'Do Not Disturb',
    'busy.reason.excluded-app': 'an app on your list',
    'busy.holding': 'Holding breaks: {reasons}',
    'busy.quiet-notice.title': 'A break is waiting',
    'busy.quiet-notice.body': 'You have been busy for an hour. Your break waits until you are done.',
  },
  {
    'busy.reason.presentation': 'presentatie of video',
    'busy.reason.fullscreen': 'app op volledig scherm',
    'busy.reason.call': 'camera of microfoon in gebruik',
    'busy.reason.do-not-disturb': 'Niet storen',
    'busy.reason.excluded-app': 'een app van je lijst',
    'busy.holding': 'Pauzes wachten: {reasons}',
    'busy.quiet-notice.title': 'Er wacht een pauze',
    'busy.quiet-notice.body': 'Je bent al een uur bezig. Je pauze wacht tot je klaar bent.',
  },
);
